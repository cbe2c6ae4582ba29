import { describe, expect, it } from 'vitest';
import { type Role, roles } from '../../shared/dictionaries';
import {
  availableSteps,
  type FiveChecks,
  isOpenNomination,
  type NominationState,
  type NominationStep,
  nominationStates,
  nominationSteps,
  transition,
} from './nomination-workflow';

// The expected table, written out independently of the implementation: who may take each step, and
// from which state to which. Every other role × step × state cell is refused.
const expected: Record<
  NominationStep,
  { who: Role[]; moves: Partial<Record<string, NominationState>>; rule: string }
> = {
  propose: { who: ['unit_hr', 'sys_admin'], moves: { none: 'proposed' }, rule: 'P21.3-propose' },
  // The system administrator takes no personnel decision (P21.3-file, P21.3-decide; issue 9 correction 5).
  check: { who: ['unit_hr', 'org_admin'], moves: { proposed: 'checked' }, rule: 'P21.3-checks' },
  file: { who: ['org_admin'], moves: { checked: 'filed' }, rule: 'P21.3-file' },
  decide: { who: ['unit_committee'], moves: { filed: 'decided' }, rule: 'P21.3-decide' },
  reject: {
    who: ['org_admin', 'unit_hr', 'unit_committee', 'sys_admin'],
    moves: { proposed: 'rejected', checked: 'rejected', filed: 'rejected' },
    rule: 'P21.3-checks',
  },
  withdraw: {
    who: ['unit_hr', 'sys_admin'],
    moves: { proposed: 'withdrawn', checked: 'withdrawn', filed: 'withdrawn' },
    rule: 'P21.3-propose',
  },
  // Matching moves a decided candidate to another need of the county; the state stays (P21.3-compose).
  move: {
    who: ['sys_admin', 'org_admin', 'leading_group'],
    moves: { decided: 'decided' },
    rule: 'P21.3-compose',
  },
};

const allPass: FiveChecks = {
  political: 'pass',
  conduct: 'pass',
  ability: 'pass',
  workStyle: 'pass',
  integrity: 'pass',
};
const goodInput = { checks: allPass, reason: '本人因健康原因申请撤回' };
const states = [null, ...nominationStates] as const;

const cells = roles.flatMap((role) =>
  nominationSteps.flatMap((step) =>
    states.map((state) => {
      const e = expected[step];
      const to = e.moves[state ?? 'none'];
      const outcome = !e.who.includes(role) ? 'FORBIDDEN' : to ? `→ ${to}` : 'INVALID_STATE';
      return { role, step, state, outcome, to, rule: e.rule };
    }),
  ),
);

describe('the nomination transition table, cell by cell (P21.3-propose, P21.3-checks, P21.3-file, P21.3-decide)', () => {
  it('covers every role × step × state of RULES.md §3 (P21.3-propose to P21.3-decide)', () => {
    expect(cells).toHaveLength(roles.length * nominationSteps.length * states.length);
    expect(cells).toHaveLength(9 * 7 * 7);
  });

  it.each(cells)(
    '$role taking “$step” on a nomination $state: $outcome ($rule)',
    ({ role, step, state, outcome, to }) => {
      const r = transition(state, step, [role], goodInput);
      if (outcome === 'FORBIDDEN' || outcome === 'INVALID_STATE') {
        expect(r).toMatchObject({ ok: false, reason: outcome });
      } else {
        expect(r).toMatchObject({ ok: true, to });
      }
    },
  );
});

describe('the five checks (P21.3-checks)', () => {
  it('moves to checked when all five pass (P21.3-checks)', () => {
    expect(transition('proposed', 'check', ['org_admin'], { checks: allPass })).toEqual({
      ok: true,
      to: 'checked',
      ruleId: 'P21.3-checks',
      failedChecks: [],
    });
  });

  it('rejects the candidate and names the failed checks when any fails (P21.3-checks)', () => {
    const r = transition('proposed', 'check', ['unit_hr'], {
      checks: { ...allPass, conduct: 'fail', integrity: 'fail' },
    });
    expect(r).toEqual({
      ok: true,
      to: 'rejected',
      ruleId: 'P21.3-checks',
      failedChecks: ['conduct', 'integrity'],
    });
  });

  it('refuses a check step with a check missing or not pass/fail (P21.3-checks)', () => {
    const { integrity: _, ...four } = allPass;
    expect(transition('proposed', 'check', ['unit_hr'], { checks: four })).toMatchObject({
      ok: false,
      reason: 'INVALID_INPUT',
    });
    expect(
      transition('proposed', 'check', ['unit_hr'], { checks: { ...allPass, ability: 'maybe' } }),
    ).toMatchObject({
      ok: false,
      reason: 'INVALID_INPUT',
    });
    const r = transition('proposed', 'check', ['unit_hr']);
    expect(r.ok || r.message.zh).toContain('廉洁关');
  });
});

describe('reasons for rejection and withdrawal', () => {
  it.each(['reject', 'withdraw'] as const)(
    'refuses to %s without a reason of at least four characters (P21.3-propose)',
    (step) => {
      for (const reason of [undefined, '', '   ', '不合适']) {
        expect(transition('checked', step, ['unit_hr'], { reason })).toMatchObject({
          ok: false,
          reason: 'INVALID_INPUT',
        });
      }
      expect(transition('checked', step, ['unit_hr'], { reason: '条件不符' })).toMatchObject({ ok: true });
    },
  );
});

describe('order of refusals and several roles', () => {
  it('answers FORBIDDEN before INVALID_STATE: a role without the step never learns the state (P21.3-file)', () => {
    expect(transition('decided', 'file', ['unit_hr'])).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
  });

  it('answers INVALID_STATE before INVALID_INPUT (P21.3-checks)', () => {
    expect(transition('filed', 'check', ['org_admin'])).toMatchObject({ ok: false, reason: 'INVALID_STATE' });
  });

  it('lets a user act through any of their roles (P21.3-decide)', () => {
    expect(transition('filed', 'decide', ['inspector', 'unit_committee'])).toMatchObject({
      ok: true,
      to: 'decided',
    });
    expect(transition('filed', 'decide', [])).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
  });

  it('refuses the system administrator the check, file and decide steps: it takes no personnel decision (P21.3-file, P21.3-decide)', () => {
    expect(transition(null, 'propose', ['sys_admin'])).toMatchObject({ ok: true, to: 'proposed' });
    expect(transition('proposed', 'check', ['sys_admin'], goodInput)).toMatchObject({
      ok: false,
      reason: 'FORBIDDEN',
    });
    expect(transition('checked', 'file', ['sys_admin'])).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(transition('filed', 'decide', ['sys_admin'])).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
  });

  it('explains refusals in Chinese and English, naming who may and the state needed (P21.3-file)', () => {
    const forbidden = transition('checked', 'file', ['unit_hr']);
    expect(forbidden.ok ? '' : forbidden.message.zh).toContain('组织部门管理员');
    const invalid = transition('proposed', 'file', ['org_admin']);
    expect(invalid.ok ? '' : invalid.message.zh).toBe(
      '人选当前状态为“已提出人选”，不能备案：须处于“已审核”状态',
    );
    expect(invalid.ok ? '' : invalid.message.en).toMatch(/must be checked/);
  });
});

describe('steps on offer', () => {
  it('lists what a role may do next, for the buttons (P21.3-propose, P21.3-checks)', () => {
    expect(availableSteps(null, ['unit_hr'])).toEqual(['propose']);
    expect(availableSteps('proposed', ['unit_hr'])).toEqual(['check', 'reject', 'withdraw']);
    expect(availableSteps('checked', ['org_admin'])).toEqual(['file', 'reject']);
    expect(availableSteps('filed', ['unit_committee'])).toEqual(['decide', 'reject']);
    expect(availableSteps('decided', ['unit_hr', 'unit_committee'])).toEqual([]);
    expect(availableSteps('decided', ['org_admin'])).toEqual(['move']);
    expect(availableSteps('filed', ['sys_admin'])).toEqual(['reject', 'withdraw']);
    expect(availableSteps('proposed', ['inspector', 'cadre', 'township'])).toEqual([]);
  });

  it('knows which states are open (P21.3-checks)', () => {
    expect(nominationStates.filter(isOpenNomination)).toEqual(['proposed', 'checked', 'filed']);
  });
});
