import { describe, expect, it } from 'vitest';
import {
  idNumberCheckChar,
  idNumberProblems,
  makeIdNumber,
  maskIdNumber,
  maskPhone,
  parseIdNumber,
} from './id-number';

// 11010519491231002X is the sample number printed in GB 11643-1999 itself.
const STANDARD_SAMPLE = '11010519491231002X';

describe('ID numbers (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('accepts the standard sample whose check character is X, and reads birth date and gender', () => {
    const r = parseIdNumber(STANDARD_SAMPLE);
    expect(r).toEqual({
      ok: true,
      facts: { birthDate: '1949-12-31', gender: 'female', regionCode: '110105' },
    });
  });

  it('accepts a lower-case x as the check character', () => {
    expect(parseIdNumber(STANDARD_SAMPLE.toLowerCase()).ok).toBe(true);
  });

  it('computes the check character of a number ending in a digit', () => {
    expect(idNumberCheckChar('52012119900101123')).toBe(makeIdNumber('520121', '1990-01-01', 123).slice(-1));
    expect(parseIdNumber(makeIdNumber('520121', '1990-01-01', 123)).ok).toBe(true);
  });

  it('rejects every wrong check character', () => {
    const good = makeIdNumber('520121', '1985-06-15', 31);
    for (const c of '0123456789X') {
      if (c === good[17]) continue;
      const r = parseIdNumber(good.slice(0, 17) + c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message.zh).toContain('校验码');
    }
  });

  it('rejects 30 February as a birth date even with a matching check character', () => {
    const r = parseIdNumber(makeIdNumber('520121', '1990-02-30', 11));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.en).toContain('1990-02-30');
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseIdNumber(makeIdNumber('520121', '1992-02-29', 11)).ok).toBe(true);
    expect(parseIdNumber(makeIdNumber('520121', '1993-02-29', 11)).ok).toBe(false);
  });

  it('rejects wrong lengths and letters other than the final X', () => {
    expect(parseIdNumber('52012119900101123').ok).toBe(false);
    expect(parseIdNumber('5201211990010112345').ok).toBe(false);
    expect(parseIdNumber('52012119900101X123').ok).toBe(false);
  });

  it('reads the 17th digit: odd is male, even is female', () => {
    const male = parseIdNumber(makeIdNumber('520121', '1990-01-01', 1));
    const female = parseIdNumber(makeIdNumber('520121', '1990-01-01', 2));
    expect(male.ok && male.facts.gender).toBe('male');
    expect(female.ok && female.facts.gender).toBe('female');
  });

  it('names birthDate and gender when they disagree with the number', () => {
    const id = makeIdNumber('520121', '1990-01-01', 1);
    expect(idNumberProblems(id, { birthDate: '1990-01-01', gender: 'male' })).toEqual([]);
    const problems = idNumberProblems(id, { birthDate: '1990-01-02', gender: 'female' });
    expect(problems.map((p) => p.field)).toEqual(['birthDate', 'gender']);
  });

  it('names idNumber when the number itself is bad', () => {
    expect(idNumberProblems('123', { birthDate: '1990-01-01' }).map((p) => p.field)).toEqual(['idNumber']);
  });
});

describe('masking', () => {
  it('keeps only the last 4 characters of an ID number, so neither region nor birth date shows', () => {
    expect(maskIdNumber('520121199001011234')).toBe('**************1234');
    expect(maskIdNumber(STANDARD_SAMPLE)).toBe('**************002X');
    expect(maskIdNumber(' 11010519491231002x ')).toBe('**************002X');
  });

  it('leaves no digit of the region or birth date in the masked form', () => {
    const id = makeIdNumber('520121', '1990-01-15', 123);
    const masked = maskIdNumber(id);
    expect(masked).toHaveLength(18);
    expect(masked.slice(0, 14)).toBe('*'.repeat(14));
    expect(masked).not.toContain('5201');
    expect(masked).not.toContain('1990');
  });

  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });
});
