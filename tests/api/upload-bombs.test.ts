import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestUser } from '../support/app';
import { multipart } from '../support/xlsx';
import { buildZip, type RawEntry, xlsxPart } from '../support/zip';

// Issue 8, finding 7: ExcelJS inflates every zip entry in full, so an upload's archive is checked before it
// sees it. Each bomb here is small to send and would cost ExcelJS seconds and gigabytes; each must be refused
// with 400 VALIDATION naming what is wrong, without inflating it.

let t: TestApp;
let county: TestUser;

const parts = (): RawEntry[] => [
  xlsxPart('[Content_Types].xml'),
  xlsxPart('_rels/.rels'),
  xlsxPart('xl/workbook.xml'),
  xlsxPart('xl/_rels/workbook.xml.rels'),
  xlsxPart('xl/worksheets/sheet1.xml'),
];

const upload = (file: Buffer) => {
  const body = multipart(file);
  return county.request({
    method: 'POST',
    url: '/api/imports/units?dryRun=true',
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': 'en' },
  });
};

const fileMessage = (res: { json(): unknown }) =>
  (res.json() as { details: { fields: { field: string; message: string }[] } }).details.fields.find(
    (f) => f.field === 'file',
  )?.message;

beforeAll(async () => {
  t = await createTestApp();
  county = await t.user({ roles: ['org_admin'], regions: ['520121'] });
});
afterAll(() => t.close());

describe('uploads that would inflate far beyond their size are refused before ExcelJS reads them', () => {
  it('refuses a part of 50 MB of zeros deflated to a few dozen KB (ratio above 200)', async () => {
    const bomb = buildZip([...parts(), { name: 'xl/sharedStrings.xml', data: Buffer.alloc(50 << 20) }]);
    expect(bomb.length).toBeLessThan(200_000);
    const res = await upload(bomb);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
    expect(fileMessage(res)).toMatch(/compressed more than 200 times/);
  });

  it('refuses a central directory that declares a few bytes over 20 MB of real data', async () => {
    const liar = buildZip([
      ...parts(),
      {
        name: 'xl/sharedStrings.xml',
        data: Buffer.alloc(20 << 20),
        declaredUncompressed: 1000,
        lieInLocalHeader: true,
      },
    ]);
    const res = await upload(liar);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
    expect(fileMessage(res)).toMatch(/unpacks to more than its declared 1000 bytes/);
  });

  it('refuses a central directory whose sizes disagree with the local headers', async () => {
    const liar = buildZip([
      ...parts(),
      { name: 'xl/sharedStrings.xml', data: Buffer.alloc(20 << 20), declaredUncompressed: 1000 },
    ]);
    const res = await upload(liar);
    expect(res.statusCode).toBe(400);
    expect(fileMessage(res)).toMatch(/local and central sizes differ/);
  });

  it('refuses an archive of 5,000 tiny entries', async () => {
    const many = buildZip([
      ...parts(),
      ...Array.from({ length: 5_000 }, (_, i) => xlsxPart(`xl/worksheets/sheet${i + 2}.xml`, '')),
    ]);
    const res = await upload(many);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION');
    expect(fileMessage(res)).toMatch(/5005 archive entries, more than the 1000 allowed/);
  });

  it('refuses an archive declaring more than 100 MB in all', async () => {
    // sheet1 claims 150 MB in the central directory: refused on the declared total before anything is read.
    const fake = buildZip(parts());
    const cdOffset = fake.readUInt32LE(fake.length - 22 + 16);
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const cd = fake.indexOf(name, cdOffset) - 46;
    fake.writeUInt32LE(150 << 20, cd + 24);
    const res = await upload(fake);
    expect(res.statusCode).toBe(400);
    expect(fileMessage(res)).toMatch(/unpacks to more than 100\.0 MB/);
  });

  it('refuses entries an .xlsx never has: other names, absolute paths and ..', async () => {
    for (const name of ['payload.exe', '/xl/workbook2.xml', 'xl/../../../etc/cron.d/x']) {
      const res = await upload(buildZip([...parts(), xlsxPart(name)]));
      expect(res.statusCode, name).toBe(400);
      expect(res.json().code).toBe('VALIDATION');
      expect(fileMessage(res), name).toMatch(/an entry no workbook has/);
    }
  });

  it('refuses a file that is not a zip at all, saying so', async () => {
    const res = await upload(Buffer.from('名称,类别\n某单位,省直\n'));
    expect(res.statusCode).toBe(400);
    expect(fileMessage(res)).toMatch(/not a zip archive/);
  });

  it('still takes the downloaded template back (a normal upload)', async () => {
    const template = await county.get('/api/imports/units/template.xlsx');
    expect(template.statusCode).toBe(200);
    const res = await upload(template.rawPayload);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dryRun: true, total: 0 });
  });
});
