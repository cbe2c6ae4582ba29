import { describe, expect, it } from 'vitest';
import { bySeverity, isSubstantialReason, resolveOverrides, type Violation, violation } from './violations';

const fsParty = violation('P21.3-fs-party', { partyStandingDays: 364, required: '1 year' });
const term = violation('P21.5-term', { termDays: 700 });
const size = violation('P21.5-size', { members: 1 });
const rural = violation('P21.3-rural', { met: false });

describe('violations are data with the rule’s message', () => {
  it('takes the severity and the message from the rule (P21.3-fs-party)', () => {
    expect(fsParty.severity).toBe('block');
    expect(fsParty.message.zh).toContain('正式党员');
    expect(fsParty.facts).toEqual({ partyStandingDays: 364, required: '1 year' });
  });

  it('puts what was found before what to do (P21.5-term)', () => {
    const v = violation(
      'P21.5-term',
      {},
      { zh: '计划任期1年11个月', en: 'The planned term is 1 year 11 months' },
    );
    expect(v.message.zh).toMatch(/^计划任期1年11个月。第一书记和工作队员任期一般不少于2年/);
    expect(v.message.en).toMatch(/^The planned term is 1 year 11 months\. Terms are normally/);
  });

  it('refuses to build a finding for a rule that produces none unless given a severity (P21.5-attend)', () => {
    expect(() => violation('P21.5-attend', {})).toThrow();
    expect(violation('P21.5-attend', {}, undefined, { severity: 'info' }).severity).toBe('info');
    expect(violation('P21.2-reduce', {}, undefined, 'info').severity).toBe('info');
  });

  it('replaces the rule’s advice where the situation needs other advice (P17.2.2-term)', () => {
    const v = violation(
      'P17.2.2-term',
      {},
      { zh: '提前结束', en: 'Ended early' },
      {
        severity: 'warn',
        advice: { zh: '请说明理由', en: 'Give the reason' },
      },
    );
    expect(v).toMatchObject({
      severity: 'warn',
      message: { zh: '提前结束。请说明理由', en: 'Ended early. Give the reason' },
    });
  });

  it('sorts blocks before warns before hints (P21.3-fs-party, P21.5-term, P21.3-rural)', () => {
    expect(bySeverity([rural, term, fsParty]).map((v) => v.ruleId)).toEqual([
      'P21.3-fs-party',
      'P21.5-term',
      'P21.3-rural',
    ]);
  });
});

describe('override reasons lift warnings, never blocks', () => {
  it('lets a warn proceed with a reason of four characters or more (P21.5-term)', () => {
    const r = resolveOverrides([term], [{ ruleId: 'P21.5-term', reason: '  工作需要  ' }]);
    expect(r.ok).toBe(true);
    expect(r.blocking).toEqual([]);
    expect(r.overridden).toEqual([{ violation: term, reason: '工作需要' }]);
    expect(r.rejected).toEqual([]);
  });

  it('keeps a warn blocking when the trimmed reason has three characters (P21.5-term)', () => {
    const r = resolveOverrides([term], [{ ruleId: 'P21.5-term', reason: ' 需要了 ' }]);
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual([term]);
    expect(r.rejected[0]?.why).toBe('REASON_TOO_SHORT');
    expect(r.rejected[0]?.message.zh).toContain('至少4个字');
  });

  it('keeps a warn blocking without any override (P21.5-size)', () => {
    const r = resolveOverrides([size]);
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual([size]);
  });

  it('never lets an override help a block rule, however good the reason (P21.3-fs-party)', () => {
    const r = resolveOverrides([fsParty], [{ ruleId: 'P21.3-fs-party', reason: '组织上认为该同志非常合适' }]);
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual([fsParty]);
    expect(r.overridden).toEqual([]);
    expect(r.rejected.map((x) => x.why)).toEqual(['BLOCK_RULE']);
  });

  it('lifts only the warns it names and reports overrides for rules not raised (P21.5-term, P21.5-size)', () => {
    const r = resolveOverrides(
      [term, size, rural],
      [
        { ruleId: 'P21.5-size', reason: '村规模小，一名队员足够' },
        { ruleId: 'P17.2.2-term', reason: '不相关的理由' },
        { ruleId: 'P21.3-rural', reason: '提示无需放行' },
      ],
    );
    expect(r.ok).toBe(false);
    expect(r.blocking).toEqual([term]);
    expect(r.overridden.map((o) => o.violation.ruleId)).toEqual(['P21.5-size']);
    expect(r.hints).toEqual([rural]);
    expect(r.rejected.map((x) => [x.override.ruleId, x.why])).toEqual([
      ['P17.2.2-term', 'NOT_RAISED'],
      ['P21.3-rural', 'NOT_RAISED'],
    ]);
  });

  it('lifts every warn of the same rule with one override, and keeps the first valid reason (P21.5-size)', () => {
    const other: Violation = { ...size, facts: { members: 0 } };
    const r = resolveOverrides(
      [size, other],
      [
        { ruleId: 'P21.5-size', reason: 'x' },
        { ruleId: 'P21.5-size', reason: '第一条有效理由' },
        { ruleId: 'P21.5-size', reason: '第二条有效理由' },
      ],
    );
    expect(r.ok).toBe(true);
    expect(r.overridden.map((o) => o.reason)).toEqual(['第一条有效理由', '第一条有效理由']);
  });

  it('is ok with hints alone (P21.3-rural)', () => {
    const r = resolveOverrides([rural]);
    expect(r).toMatchObject({ ok: true, blocking: [], hints: [rural] });
  });

  it('counts characters, not bytes or UTF-16 units, in an override reason (P21.5-term)', () => {
    expect(isSubstantialReason('工作需要')).toBe(true);
    expect(isSubstantialReason('需要了')).toBe(false);
    expect(isSubstantialReason('ok!!')).toBe(true);
    expect(isSubstantialReason('𠀀𠀀𠀀')).toBe(false);
    expect(isSubstantialReason('    ')).toBe(false);
    expect(isSubstantialReason(undefined)).toBe(false);
  });
});
