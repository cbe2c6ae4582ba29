import { describe, expect, it } from 'vitest';
import { type CadreInput, cadreProblems } from './cadre';
import { makeIdNumber } from './id-number';

const ok: CadreInput = {
  gender: 'male',
  birthDate: '1990-05-04',
  idNumber: makeIdNumber('520121', '1990-05-04', 13),
  partyStatus: 'full',
  partyJoinedOn: '2012-06-01',
  partyFullOn: '2013-06-01',
  workStartedOn: '2012-07-01',
};
const fields = (c: Partial<CadreInput>) => cadreProblems({ ...ok, ...c }, '2026-03-02').map((p) => p.field);

describe('cadre record consistency', () => {
  it('accepts a consistent record', () => {
    expect(fields({})).toEqual([]);
  });

  it('names the field that disagrees with the ID number', () => {
    expect(fields({ gender: 'female' })).toEqual(['gender']);
    expect(fields({ birthDate: '1990-05-05' })).toContain('birthDate');
  });

  it('refuses party dates for a non-member and a full-membership date for a probationary member', () => {
    expect(fields({ partyStatus: 'none' })).toEqual(['partyJoinedOn', 'partyFullOn']);
    expect(fields({ partyStatus: 'probationary' })).toEqual(['partyFullOn']);
    expect(fields({ partyStatus: 'probationary', partyFullOn: null })).toEqual([]);
  });

  it('refuses joining the party before 18, full membership before joining, and dates after today', () => {
    expect(fields({ partyJoinedOn: '2008-05-03' })).toEqual(['partyJoinedOn']);
    expect(fields({ partyJoinedOn: '2008-05-04', partyFullOn: '2009-05-04' })).toEqual([]);
    expect(fields({ partyFullOn: '2011-01-01' })).toEqual(['partyFullOn']);
    expect(fields({ workStartedOn: '2026-03-03' })).toEqual(['workStartedOn']);
  });

  it('refuses work started before 16', () => {
    expect(fields({ workStartedOn: '2006-05-03' })).toEqual(['workStartedOn']);
    expect(fields({ workStartedOn: '2006-05-04' })).toEqual([]);
  });
});
