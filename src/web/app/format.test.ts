import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from './format';

describe('formatting for the office', () => {
  it('writes a date as 2026年3月1日 in Chinese and 1 Mar 2026 in English', () => {
    expect(formatDate('2026-03-01T02:00:00Z', 'zh')).toBe('2026年3月1日');
    expect(formatDate('2026-03-01T02:00:00Z', 'en')).toBe('1 Mar 2026');
  });

  it('takes the calendar date in Asia/Shanghai, not UTC', () => {
    // 17:30 UTC on 28 February is 01:30 on 1 March in Beijing.
    expect(formatDate('2026-02-28T17:30:00Z', 'zh')).toBe('2026年3月1日');
    expect(formatDateTime('2026-02-28T17:30:05Z', 'zh')).toBe('2026年3月1日 01:30:05');
    expect(formatDateTime('2026-02-28T17:30:05Z', 'en')).toBe('1 Mar 2026, 01:30:05');
  });

  it('groups thousands', () => {
    expect(formatNumber(665276, 'zh')).toBe('665,276');
    expect(formatNumber(665276, 'en')).toBe('665,276');
  });
});
