import { describe, expect, it } from 'vitest';
import { daysIn, type Stay, uncoveredRanges } from './ranges';

const window = { from: '2024-01-01', to: '2024-12-31' } as const;

describe('days a window is left uncovered (used for P21.5-rotate and the village timeline)', () => {
  it('reports the whole window when nothing covers it', () => {
    expect(uncoveredRanges([], window)).toEqual([{ from: '2024-01-01', to: '2024-12-31', days: 366 }]);
  });

  it('reports nothing when one stay covers the window and more', () => {
    expect(uncoveredRanges([{ from: '2023-05-01', to: '2025-04-30' }], window)).toEqual([]);
  });

  it('treats a stay without an end as lasting through the window', () => {
    expect(uncoveredRanges([{ from: '2024-03-01', to: null }], window)).toEqual([
      { from: '2024-01-01', to: '2024-02-29', days: 60 },
    ]);
  });

  it('finds a one-day gap between stays that do not touch', () => {
    const stays: Stay[] = [
      { from: '2023-01-01', to: '2024-06-30' },
      { from: '2024-07-02', to: '2026-07-01' },
    ];
    expect(uncoveredRanges(stays, window)).toEqual([{ from: '2024-07-01', to: '2024-07-01', days: 1 }]);
  });

  it('finds no gap between stays that touch or overlap, in any order', () => {
    const stays: Stay[] = [
      { from: '2024-07-01', to: '2026-06-30' },
      { from: '2023-01-01', to: '2024-06-30' },
      { from: '2024-06-20', to: '2024-07-10' },
    ];
    expect(uncoveredRanges(stays, window)).toEqual([]);
  });

  it('ignores stays wholly outside the window and clips a gap at the window end', () => {
    const stays: Stay[] = [
      { from: '2020-01-01', to: '2020-12-31' },
      { from: '2024-02-01', to: '2024-11-30' },
      { from: '2025-03-01', to: null },
    ];
    expect(uncoveredRanges(stays, window)).toEqual([
      { from: '2024-01-01', to: '2024-01-31', days: 31 },
      { from: '2024-12-01', to: '2024-12-31', days: 31 },
    ]);
  });

  it('does not let a short stay inside a long one reopen a gap', () => {
    const stays: Stay[] = [
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2024-02-01', to: '2024-02-02' },
    ];
    expect(uncoveredRanges(stays, window)).toEqual([]);
  });

  it('refuses a stay that ends before it starts, and an inverted window', () => {
    expect(() => uncoveredRanges([{ from: '2024-05-01', to: '2024-04-30' }], window)).toThrow(RangeError);
    expect(() => uncoveredRanges([], { from: '2024-05-01', to: '2024-04-30' })).toThrow(RangeError);
  });

  it('counts days in a range with both ends included', () => {
    expect(daysIn({ from: '2024-02-28', to: '2024-03-01' })).toBe(3);
  });
});
