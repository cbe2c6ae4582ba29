import { describe, expect, it } from 'vitest';
import { enCount } from './format';

describe('English counts (issue 9: no "1 members")', () => {
  it('puts the noun in the number the count asks for', () => {
    expect(enCount(1, 'member')).toBe('1 member');
    expect(enCount(0, 'member')).toBe('0 members');
    expect(enCount(2, 'first secretary', 'first secretaries')).toBe('2 first secretaries');
    expect(enCount(1200, 'row')).toBe('1,200 rows');
  });
});
