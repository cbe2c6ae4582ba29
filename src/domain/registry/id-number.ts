import type { LocalisedText } from '../../shared/errors';
import { isCalendarDate } from './dates';

// Resident identity card numbers, GB 11643-1999: 6-digit region of registration, 8-digit birth date,
// 3-digit sequence (odd for men, even for women), 1 check character (ISO 7064 MOD 11-2, 'X' for 10).

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export type Gender = 'male' | 'female';

export interface IdNumberFacts {
  birthDate: string;
  gender: Gender;
  regionCode: string;
}

/** Trims and writes a lower-case check 'x' as 'X'. */
export const normaliseIdNumber = (s: string) => s.trim().toUpperCase();

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdNumberResult = { ok: true; facts: IdNumberFacts } | { ok: false; message: LocalisedText };

export function parseIdNumber(raw: string): IdNumberResult {
  const id = normaliseIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) {
    return {
      ok: false,
      message: {
        zh: '身份证号应为 18 位：17 位数字加 1 位数字或 X',
        en: 'an ID number has 18 characters: 17 digits and a digit or X',
      },
    };
  }
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isCalendarDate(birth)) {
    return {
      ok: false,
      message: {
        zh: `身份证号中的出生日期 ${birth} 不是有效日期`,
        en: `the birth date ${birth} in the ID number is not a real date`,
      },
    };
  }
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) {
    return {
      ok: false,
      message: {
        zh: '身份证号校验码不正确，请核对每一位',
        en: 'the ID number check character is wrong; check every digit',
      },
    };
  }
  return {
    ok: true,
    facts: {
      birthDate: birth,
      gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
      regionCode: id.slice(0, 6),
    },
  };
}

export interface FieldProblem {
  field: string;
  message: LocalisedText;
}

/** Problems of an ID number on its own and against the birth date and gender given beside it. */
export function idNumberProblems(
  raw: string,
  given: { birthDate?: string; gender?: Gender },
): FieldProblem[] {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) return [{ field: 'idNumber', message: parsed.message }];
  const problems: FieldProblem[] = [];
  if (given.birthDate && given.birthDate !== parsed.facts.birthDate) {
    problems.push({
      field: 'birthDate',
      message: {
        zh: `出生日期与身份证号不一致（身份证号中为 ${parsed.facts.birthDate}）`,
        en: `does not match the ID number (which gives ${parsed.facts.birthDate})`,
      },
    });
  }
  if (given.gender && given.gender !== parsed.facts.gender) {
    problems.push({
      field: 'gender',
      message: {
        zh: `性别与身份证号不一致（身份证号第 17 位表示${parsed.facts.gender === 'male' ? '男' : '女'}）`,
        en: `does not match the ID number (its 17th digit means ${parsed.facts.gender})`,
      },
    });
  }
  return problems;
}

/**
 * 520121199001011234 → **************1234: only the last 4 characters are kept. The first 4 (province and
 * city) are hidden too: with the birth date, the region tree and the check character they would leave only
 * one to three candidates for the hidden digits.
 */
export function maskIdNumber(raw: string): string {
  const id = normaliseIdNumber(raw);
  return `${'*'.repeat(Math.max(0, id.length - 4))}${id.slice(-4)}`;
}

/** Mainland mobile numbers: 11 digits starting with 1 and 3–9. */
export const isMobilePhone = (s: string) => /^1[3-9]\d{9}$/.test(s);

/** 13812341234 → 138****1234. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p.length < 8) return '*'.repeat(p.length);
  return `${p.slice(0, 3)}${'*'.repeat(p.length - 7)}${p.slice(-4)}`;
}

/** A valid ID number from its parts (demo data and tests): region, birth date, sequence 1–999. */
export function makeIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = `${regionCode}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}
