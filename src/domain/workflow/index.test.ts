import { describe, expect, it } from 'vitest';
import { allowedSteps, type TransitionTable, transition, type Vocabulary } from '.';

type S = 'draft' | 'sent' | 'done';
type Step = 'send' | 'finish' | 'recall';
type C = 'write' | 'approve';
const table: TransitionTable<S, Step, C, { note?: string }> = [
  { from: 'draft', step: 'send', to: 'sent', who: ['write'] },
  {
    from: 'sent',
    step: 'finish',
    to: 'done',
    who: ['approve'],
    guard: (i) => (i.note ? undefined : { zh: '请写说明', en: 'Write a note' }),
  },
  { from: 'sent', step: 'recall', to: 'draft', who: ['write'] },
];
const words: Vocabulary<S, Step, C> = {
  record: { zh: '文件', en: 'paper' },
  stateLabel: (s) => ({ zh: s ?? '无', en: s ?? 'none' }),
  stepLabel: (s) => ({ zh: s, en: s }),
  capabilityHolders: (c) => ({ zh: c, en: c }),
};

describe('the workflow primitive (issue 9 groundwork 2)', () => {
  it('lists the steps an actor may take from a state, for the view’s allowedSteps', () => {
    expect(allowedSteps(table, 'sent', ['write', 'approve'])).toEqual(['finish', 'recall']);
    expect(allowedSteps(table, 'sent', ['approve'])).toEqual(['finish']);
    expect(allowedSteps(table, 'done', ['write', 'approve'])).toEqual([]);
  });

  it('answers the target state, or refuses: who first, then the state, then the guard', () => {
    expect(transition(table, 'draft', 'send', { capabilities: ['write'] }, {}, words)).toEqual({
      ok: true,
      from: 'draft',
      to: 'sent',
    });
    expect(transition(table, 'done', 'finish', { capabilities: ['write'] }, {}, words)).toMatchObject({
      ok: false,
      reason: 'FORBIDDEN',
    });
    expect(transition(table, 'done', 'finish', { capabilities: ['approve'] }, {}, words)).toMatchObject({
      ok: false,
      reason: 'INVALID_STATE',
      message: { en: 'The paper is done, so it cannot finish: it must be sent' },
    });
    expect(transition(table, 'sent', 'finish', { capabilities: ['approve'] }, {}, words)).toMatchObject({
      ok: false,
      reason: 'INVALID_INPUT',
      message: { en: 'Write a note' },
    });
    expect(
      transition(table, 'sent', 'finish', { capabilities: ['approve'] }, { note: 'ok' }, words),
    ).toMatchObject({
      ok: true,
      to: 'done',
    });
  });
});
