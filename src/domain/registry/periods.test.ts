import { describe, expect, it } from 'vitest';
import { holdsOn, periodProblems, valuesOn } from './periods';

const poor = { value: 'registeredPoor', from: '2017-01-01', to: '2020-12-31' };
const lifted = { value: 'liftedFromPoverty', from: '2021-01-01', to: null };

describe('dated values', () => {
  it('holds from its first day to its last day, both included', () => {
    expect(holdsOn(poor, '2016-12-31')).toBe(false);
    expect(holdsOn(poor, '2017-01-01')).toBe(true);
    expect(holdsOn(poor, '2020-12-31')).toBe(true);
    expect(holdsOn(poor, '2021-01-01')).toBe(false);
    expect(holdsOn(lifted, '2099-01-01')).toBe(true);
  });

  it('answers what a village was on a date', () => {
    expect(valuesOn([poor, lifted], '2020-06-01')).toEqual(['registeredPoor']);
    expect(valuesOn([poor, lifted], '2021-06-01')).toEqual(['liftedFromPoverty']);
  });

  it('refuses an end before the start and two periods of one value sharing a day', () => {
    expect(periodProblems([poor, lifted])).toEqual([]);
    expect(periodProblems([{ ...poor, to: '2016-01-01' }]).map((p) => p.field)).toEqual(['to']);
    const clash = periodProblems([poor, { value: 'registeredPoor', from: '2020-12-31', to: null }]);
    expect(clash).toHaveLength(1);
    expect(clash[0]).toMatchObject({ index: 1, field: 'from' });
    expect(periodProblems([poor, { value: 'registeredPoor', from: '2021-01-01', to: null }])).toEqual([]);
  });
});
