import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password';

describe('password strength', () => {
  it('accepts eight characters of three classes', () => {
    expect(passwordProblems('Abcdef1!')).toEqual([]);
    expect(passwordProblems('abcdef12!')).toEqual([]);
  });
  it('refuses seven characters', () => {
    expect(passwordProblems('Abcde1!').map((p) => p.en)).toEqual(['at least 8 characters']);
  });
  it('refuses two classes only', () => {
    expect(passwordProblems('abcdefgh12')).toHaveLength(1);
  });
  it('refuses a password containing the user name, in any case', () => {
    expect(passwordProblems('Xky_ORG#2026', 'ky_org').map((p) => p.zh)).toContain('不得包含用户名');
  });
});
