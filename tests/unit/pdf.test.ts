import { describe, expect, it } from 'vitest';
import { fontFor, renderPdf } from '../../src/server/pdf';
import { pdfFontNames, pdfText } from '../support/pdf-text';

describe('A4 PDFs with CJK fonts from npm (src/server/pdf)', () => {
  it('holds the Chinese text, searchable, in A4, with embedded subset fonts and page numbers', async () => {
    const pdf = await renderPdf(
      { title: '驻村第一书记年度考核登记表', createdAt: new Date('2026-01-05T00:00:00Z') },
      (w) => {
        w.heading('驻村第一书记年度考核登记表');
        w.fields([
          ['姓名', '张淏'],
          ['派出单位', '贵州省农业农村厅'],
          ['考核等次', '优秀'],
        ]);
        w.table(
          [
            { header: '项目', width: 2 },
            { header: '得分', width: 1, align: 'right' },
          ],
          [
            ['考勤', '95.0'],
            ['群众评议', '88.5'],
          ],
        );
      },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfText(pdf).replaceAll('\n', '');
    for (const s of [
      '驻村第一书记年度考核登记表',
      '张淏',
      '贵州省农业农村厅',
      '考核等次',
      '优秀',
      '群众评议',
      '88.5',
      '第 1 页 共 1 页',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('\uFFFD');
    const fonts = pdfFontNames(pdf);
    // subset fonts carry a six-letter tag; the rare 淏 comes from a slice of the same family
    expect(fonts.filter((f) => /^[A-Z]{6}\+NotoSansSC/.test(f)).length).toBeGreaterThanOrEqual(2);
    expect(pdf.length).toBeLessThan(150_000);
  });

  it('draws a character the main font lacks with the slice that has it, and common ones with the main font', () => {
    expect(fontFor('村'.codePointAt(0)!, 'regular').name).toBe('cjk-regular');
    expect(fontFor('A'.codePointAt(0)!, 'regular').name).toBe('cjk-regular');
    expect(fontFor('淏'.codePointAt(0)!, 'regular').name).toMatch(/^cjk-regular-\d+$/);
    expect(fontFor('僰'.codePointAt(0)!, 'bold').name).toMatch(/^cjk-bold-\d+$/);
  });

  it('breaks long tables across pages and numbers every page', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`第${i + 1}行村名`, String(i)]);
    const pdf = await renderPdf({ title: '长表' }, (w) => {
      w.table(
        [
          { header: '村', width: 3 },
          { header: '数', width: 1 },
        ],
        rows,
      );
    });
    const text = pdfText(pdf);
    expect(text).toContain('第80行村名');
    expect(text).toMatch(/第 1 页 共 [2-9] 页/);
  });
});
