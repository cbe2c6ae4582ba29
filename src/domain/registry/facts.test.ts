import { describe, expect, it } from 'vitest';
import { cadreFacts, youngBornAfter } from './facts';

const base = {
  birthDate: '1986-03-02',
  partyStatus: 'full' as const,
  partyFullOn: '2010-07-01',
  workStartedOn: '2008-08-01',
};

describe('cadre facts', () => {
  it('computes age, party standing and years of work on a date', () => {
    expect(cadreFacts(base, '2026-03-02')).toEqual({
      asOf: '2026-03-02',
      age: 40,
      partyStandingYears: 15,
      workYears: 17,
      young: true,
      ageLine: 40,
    });
  });

  it('is young up to and including the age line, not a day after turning 41', () => {
    expect(cadreFacts(base, '2027-03-01').young).toBe(true);
    expect(cadreFacts(base, '2027-03-02').young).toBe(false);
    expect(cadreFacts(base, '2027-03-02', 45).young).toBe(true);
  });

  it('gives no party standing to probationary members and non-members', () => {
    expect(
      cadreFacts({ ...base, partyStatus: 'probationary', partyFullOn: null }, '2026-03-02')
        .partyStandingYears,
    ).toBeNull();
    expect(
      cadreFacts({ ...base, partyStatus: 'none', partyFullOn: null }, '2026-03-02').partyStandingYears,
    ).toBeNull();
  });

  it('bounds young by birth date the same way as the computed fact', () => {
    const on = '2026-03-02';
    const bound = youngBornAfter(on);
    expect(bound).toBe('1985-03-02');
    expect(cadreFacts({ ...base, birthDate: '1985-03-02' }, on).young).toBe(false);
    expect(cadreFacts({ ...base, birthDate: '1985-03-03' }, on).young).toBe(true);
  });
});
