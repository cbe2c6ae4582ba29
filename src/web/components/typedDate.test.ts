import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './typedDate';

describe('typed dates (issue 9: a typed date is never silently ignored)', () => {
  it('takes the forms people type', () => {
    for (const s of ['2024-06-30', '2024/6/30', '20240630', '2024.6.30', '2024年6月30日', ' 2024-6-30 '])
      expect(parseTypedDate(s, 'zh'), s).toBe('2024-06-30');
    expect(parseTypedDate('30 Jun 2024', 'en')).toBe('2024-06-30');
  });
  it('refuses what is no date, including days that do not exist', () => {
    for (const s of ['2025-02-29', '2024-13-01', '2024-06-31', 'yesterday', '2024-06'])
      expect(parseTypedDate(s, 'zh'), s).toBeNull();
    expect(parseTypedDate('2024-02-29', 'zh')).toBe('2024-02-29');
  });
});
