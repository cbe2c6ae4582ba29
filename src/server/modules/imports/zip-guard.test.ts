import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildZip, xlsxPart } from '../../../../tests/support/zip';
import { badEntryName, guardXlsx, inspectZip, XLSX_LIMITS, ZipRefused } from './zip-guard';

const refusal = async (buffer: Buffer) => {
  try {
    await guardXlsx(buffer);
  } catch (e) {
    if (e instanceof ZipRefused) return e.userMessage;
    throw e;
  }
  return undefined;
};

const workbookParts = () => [
  xlsxPart('[Content_Types].xml'),
  xlsxPart('_rels/.rels'),
  xlsxPart('xl/workbook.xml'),
  xlsxPart('xl/worksheets/sheet1.xml'),
  xlsxPart('docProps/core.xml'),
];

describe('the zip guard in front of ExcelJS', () => {
  it('accepts a workbook ExcelJS wrote, listing its parts', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('干部').addRow(['姓名', '身份证号']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    const entries = inspectZip(buffer);
    expect(entries.map((e) => e.name)).toContain('xl/workbook.xml');
    await expect(guardXlsx(buffer)).resolves.toBeUndefined();
  });

  it('accepts a hand-built archive of .xlsx parts', async () => {
    expect(await refusal(buildZip(workbookParts()))).toBeUndefined();
  });

  it('refuses a file that is not a zip at all', async () => {
    expect((await refusal(Buffer.from('姓名,身份证号\n张三,1\n')))?.en).toMatch(/not a zip archive/);
    expect((await refusal(Buffer.alloc(0)))?.en).toMatch(/not a zip archive/);
  });

  it('refuses an entry far more compressed than any workbook part (a bomb)', async () => {
    const bomb = buildZip([
      ...workbookParts(),
      { name: 'xl/worksheets/sheet2.xml', data: Buffer.alloc(5 << 20) },
    ]);
    const m = await refusal(bomb);
    expect(m?.en).toMatch(/compressed more than 200 times/);
    expect(m?.zh).toMatch(/压缩炸弹/);
  });

  it('lets tiny well-compressed parts through: the ratio is checked only above the floor', async () => {
    const small = buildZip([...workbookParts(), { name: 'xl/styles.xml', data: Buffer.alloc(512 * 1024) }]);
    expect(await refusal(small)).toBeUndefined();
  });

  it('refuses more declared uncompressed bytes than the limit, before inflating anything', async () => {
    const limits = { ...XLSX_LIMITS, maxTotalBytes: 1000 };
    const zip = buildZip([
      ...workbookParts(),
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(2000, 'a') },
    ]);
    expect(() => inspectZip(zip, limits)).toThrow(/unpacks to more than/);
  });

  it('refuses more entries than a workbook has', async () => {
    const many = Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) => xlsxPart(`xl/media/p${i}.xml`));
    expect((await refusal(buildZip(many)))?.en).toMatch(/1001 archive entries/);
  });

  it('refuses a central directory that understates an entry’s size, after inflating only the declared bytes', async () => {
    const liar = buildZip([
      ...workbookParts(),
      {
        name: 'xl/sharedStrings.xml',
        data: Buffer.alloc(3 << 20),
        declaredUncompressed: 100,
        lieInLocalHeader: true,
      },
    ]);
    expect((await refusal(liar))?.en).toMatch(/unpacks to more than its declared 100 bytes/);
  });

  it('refuses local and central headers that disagree', async () => {
    const liar = buildZip([
      ...workbookParts(),
      { name: 'xl/a.xml', data: Buffer.alloc(1000), declaredUncompressed: 10 },
    ]);
    expect((await refusal(liar))?.en).toMatch(/local and central sizes differ/);
  });

  it('refuses names no workbook has, absolute paths and ..', async () => {
    for (const name of [
      'evil.sh',
      '/etc/passwd',
      'xl/../../etc/passwd',
      'C:/x.xml',
      'xl\\a.xml',
      'xl/\u0000.xml',
    ]) {
      expect((await refusal(buildZip([...workbookParts(), xlsxPart(name)])))?.en, name).toMatch(
        /entry no workbook has/,
      );
    }
    expect(badEntryName('customXml/item1.xml')).toBeUndefined();
    expect(badEntryName('xl/worksheets/_rels/sheet1.xml.rels')).toBeUndefined();
  });

  it('refuses duplicate names, trailing bytes and truncated archives', async () => {
    expect((await refusal(buildZip([...workbookParts(), xlsxPart('xl/workbook.xml')])))?.en).toMatch(/twice/);
    expect((await refusal(buildZip(workbookParts(), { trailing: Buffer.from('junk') })))?.en).toMatch(
      /not a zip|trailing/,
    );
    const whole = buildZip(workbookParts());
    expect((await refusal(whole.subarray(0, whole.length - 30)))?.en).toMatch(/not a zip|not a valid/);
    expect((await refusal(whole.subarray(40)))?.en).toMatch(/not a valid/);
  });

  it('refuses a deflated entry whose bytes do not match its checksum', async () => {
    const zip = buildZip(workbookParts());
    const entry = inspectZip(zip).find((e) => e.name === 'xl/workbook.xml')!;
    // Flip the stored CRC in the central directory and local header.
    zip.writeUInt32LE((entry.crc32 ^ 1) >>> 0, entry.localHeaderOffset + 14);
    const cd = zip.indexOf(Buffer.from('xl/workbook.xml'), zip.readUInt32LE(zip.length - 6)) - 46;
    zip.writeUInt32LE((entry.crc32 ^ 1) >>> 0, cd + 16);
    expect((await refusal(zip))?.en).toMatch(/checksum/);
  });
});
