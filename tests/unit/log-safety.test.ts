import { describe, expect, it } from 'vitest';
import { describeForLog } from '../../src/server/plugins/errors';

describe('what an unexpected error leaves in the log', () => {
  it('keeps the kind and code but never the SQL text, parameters or stack of a failed query', () => {
    const cause = Object.assign(
      new Error('duplicate key value violates unique constraint "users_username_key"'),
      { code: '23505' },
    );
    const wrapped = Object.assign(
      new Error('Failed query: insert into "users" ("username") values ($1)\nparams: 520121198806150011'),
      { cause },
    );
    const logged = JSON.stringify(describeForLog(wrapped));
    expect(logged).toContain('23505');
    expect(logged).toContain('duplicate key');
    expect(logged).not.toMatch(/insert into|520121198806150011|at .*\.ts/);
  });

  it('keeps only the first line of any other message', () => {
    expect(describeForLog(new TypeError('bad thing\n    at foo (x.ts:1:1)'))).toEqual({
      type: 'TypeError',
      message: 'bad thing',
    });
  });
});
