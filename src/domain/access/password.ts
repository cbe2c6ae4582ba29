import type { LocalisedText } from '../../shared/errors';
import { COMMON_PASSWORDS } from './common-passwords';

// Password strength for a government system (MLPS 2.0 level 3 practice): at least 8 characters with
// at least three of lower case, upper case, digits and symbols; not a common or leaked password, even
// decorated with digits and symbols; not containing the user name, the display name or the system's name.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/** The system's own name: the first word an attacker tries (Zhucun@2026). */
const SYSTEM_NAME = 'zhucun';

/**
 * What a password is compared with the common list as: NFKC, lower case, leading and trailing digits and
 * symbols removed — so 'Password2026!' and '2026password' are 'password', and 'Aa123456!' is 'aa'.
 */
export function commonPasswordKey(password: string): string {
  return password
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

// Character swaps people use to dress up a word (P@ssw0rd); '1' and '!' stand for either 'i' or 'l'.
const LEET: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '3': 'e', $: 's', '5': 's', '7': 't' };
const unleet = (s: string, one: 'i' | 'l') => s.replace(/[@40357$1!]/g, (c) => LEET[c] ?? one);

/** The forms of a password that are compared with the common list and searched for names. */
function variants(password: string): string[] {
  const key = commonPasswordKey(password);
  return [...new Set([key, unleet(key, 'i'), unleet(key, 'l')])];
}

export function isCommonPassword(password: string): boolean {
  return variants(password).some((v) => v !== '' && COMMON_PASSWORDS.has(v));
}

export function passwordProblems(password: string, username?: string, displayName?: string): LocalisedText[] {
  const problems: LocalisedText[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push({
      zh: `长度至少 ${PASSWORD_MIN_LENGTH} 位`,
      en: `at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    problems.push({
      zh: `长度不超过 ${PASSWORD_MAX_LENGTH} 位`,
      en: `at most ${PASSWORD_MAX_LENGTH} characters`,
    });
  }
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    problems.push({
      zh: '须包含小写字母、大写字母、数字、符号中的至少三类',
      en: 'must mix at least three of: lower case, upper case, digits, symbols',
    });
  }
  if (isCommonPassword(password)) {
    problems.push({
      zh: '是常见或已泄露的密码（加上数字、符号或大小写变化也一样），请换用不相关的词语组合',
      en: 'is a common or leaked password (adding digits, symbols or capitals does not help); combine unrelated words instead',
    });
  }
  const lower = password.normalize('NFKC').toLowerCase();
  const forms = [lower, ...variants(password)];
  const contains = (word: string) => {
    const w = word.normalize('NFKC').toLowerCase();
    return forms.some((f) => f.includes(w));
  };
  if (username && username.length >= 3 && contains(username)) {
    problems.push({ zh: '不得包含用户名', en: 'must not contain the user name' });
  }
  if (displayName && displayName.trim().length >= 2 && contains(displayName.trim())) {
    problems.push({ zh: '不得包含姓名（显示名称）', en: 'must not contain your name (the display name)' });
  }
  if (contains(SYSTEM_NAME)) {
    problems.push({ zh: '不得包含系统名称 zhucun', en: 'must not contain the system name zhucun' });
  }
  return problems;
}
