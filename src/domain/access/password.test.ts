import { describe, expect, it } from 'vitest';
import { COMMON_PASSWORDS } from './common-passwords';
import { commonPasswordKey, isCommonPassword, passwordProblems } from './password';

const en = (password: string, username?: string, displayName?: string) =>
  passwordProblems(password, username, displayName).map((p) => p.en);

describe('password strength', () => {
  it('accepts eight characters of three classes', () => {
    expect(passwordProblems('Kvt7#mQe')).toEqual([]);
    expect(passwordProblems('rivet-lamp9!')).toEqual([]);
  });
  it('refuses seven characters', () => {
    expect(en('Kvt7#mQ')).toEqual(['at least 8 characters']);
  });
  it('accepts 128 characters and refuses 129', () => {
    const long = 'Kvt7#mQe'.repeat(16);
    expect(passwordProblems(long)).toEqual([]);
    expect(en(`${long}x`)).toEqual(['at most 128 characters']);
  });
  it('refuses two classes only', () => {
    expect(en('rivetlamp12')).toEqual([
      'must mix at least three of: lower case, upper case, digits, symbols',
    ]);
  });
  it('refuses a password containing the user name, in any case', () => {
    expect(passwordProblems('Xky_ORG#2026', 'ky_org').map((p) => p.zh)).toContain('不得包含用户名');
  });
  it('ignores a user name shorter than three characters', () => {
    expect(passwordProblems('Kvt7#mQe', 'kv')).toEqual([]);
  });
});

describe('common and leaked passwords', () => {
  it.each([
    'Password1!',
    'P@ssw0rd',
    'Passw0rd!',
    'Qwerty123!',
    'Admin@123',
    'Abc@1234',
    'Aa123456!',
    'Password2026!',
    '2026#Password',
    '1qaz@WSX',
    'Woaini1314!',
    'Huawei@123',
    'Welcome#2026',
    'Trustno1!',
  ])('refuses %s, which passes the three-class rule', (password) => {
    expect(en(password)).toEqual([expect.stringMatching(/^is a common or leaked password/)]);
  });

  it('compares after lower-casing and removing leading and trailing digits and symbols', () => {
    expect(commonPasswordKey('Password2026!')).toBe('password');
    expect(commonPasswordKey('!!2026PassWord')).toBe('password');
    expect(commonPasswordKey('Pass#word1')).toBe('pass#word');
  });

  it('accepts a common word with something inside it, and a random password', () => {
    expect(isCommonPassword('Pass#word1')).toBe(false);
    expect(isCommonPassword('Matrix#Pass2026')).toBe(false);
    expect(passwordProblems('Kvt7#mQe')).toEqual([]);
  });

  it('holds thousands of entries, stored as their keys, with no entry empty', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(5000);
    for (const entry of COMMON_PASSWORDS) expect(commonPasswordKey(entry)).toBe(entry);
  });
});

describe('names in a password', () => {
  it('refuses the system name zhucun in any case, even with swapped characters', () => {
    for (const password of ['Zhucun@2026', 'My#ZHUCUN9x', 'zhuCun#Test2026'])
      expect(en(password)).toContain('must not contain the system name zhucun');
  });

  it('refuses the display name of two characters or more, Chinese or Latin, in any case', () => {
    expect(en('张伟#2026ab', 'zw01', '张伟')).toEqual(['must not contain your name (the display name)']);
    expect(en('Xq#wei2026!', 'u1', 'Wei')).toEqual(['must not contain your name (the display name)']);
  });

  it('ignores a display name of one character', () => {
    expect(passwordProblems('伟#Kvt7mQe', 'zw01', '伟')).toEqual([]);
  });
});
