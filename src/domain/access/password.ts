import type { LocalisedText } from '../../shared/errors';

// Password strength for a government system (MLPS 2.0 level 3 practice): at least 8 characters with
// at least three of lower case, upper case, digits and symbols, and not containing the user name.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export function passwordProblems(password: string, username?: string): LocalisedText[] {
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
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ zh: '不得包含用户名', en: 'must not contain the user name' });
  }
  return problems;
}
