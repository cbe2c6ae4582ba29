import { describe, expect, it } from 'vitest';
import { recallStepsFor, recallTransition } from './recall-workflow';

describe('the recall transition table (P17.5.3-recall)', () => {
  it('lets the unit confirm and the proposing office withdraw, only while proposed (P17.5.3-recall)', () => {
    expect(recallTransition('proposed', 'confirm', ['unit_committee'])).toMatchObject({
      ok: true,
      to: 'confirmed',
    });
    expect(recallTransition('proposed', 'withdraw', ['leading_group'])).toMatchObject({
      ok: true,
      to: 'withdrawn',
    });
    expect(recallTransition('confirmed', 'withdraw', ['leading_group'])).toMatchObject({
      ok: false,
      reason: 'INVALID_STATE',
    });
    expect(recallStepsFor('proposed', ['org_admin'])).toEqual(['withdraw']);
    expect(recallStepsFor('withdrawn', ['org_admin', 'unit_hr'])).toEqual([]);
  });

  it('refuses the system administrator the confirmation, which is the unit’s (P17.5.3-recall)', () => {
    const r = recallTransition('proposed', 'confirm', ['sys_admin']);
    expect(r).toMatchObject({ ok: false, reason: 'FORBIDDEN' });
    expect(r.ok ? '' : r.message.zh).toContain('派出单位党委（党组）');
  });
});
