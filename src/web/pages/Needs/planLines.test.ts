import { describe, expect, it } from 'vitest';
import type { ProposalLine } from '../../api/needs';
import { choiceOf, confirmItem, isReduced, linesOfRefusal, localProblem } from './planLines';

const line = (code: string, over: Partial<ProposalLine> = {}): ProposalLine => ({
  villageCode: code,
  villageName: `村${code}`,
  townshipName: '双流镇',
  activeCategories: ['liftedFromPoverty'],
  firstSecretary: true,
  members: 3,
  strengths: [],
  reasons: [{ ruleId: 'P21.2-scope', message: '脱贫村' }],
  openNeedId: null,
  ...over,
});

describe('planning lines', () => {
  it('asks for a reason when a line plans fewer people than proposed (P21.2-reduce)', () => {
    const l = line('1');
    const choice = { ...choiceOf(l), members: 2 };
    expect(isReduced(l, choice)).toBe(true);
    expect(localProblem(l, choice)?.ruleId).toBe('P21.2-reduce');
    expect(localProblem(l, { ...choice, reason: '巩固任务较轻' })).toBeNull();
  });

  it('refuses a line that plans nobody', () => {
    const l = line('1', { firstSecretary: false, members: 0, activeCategories: [] });
    expect(localProblem(l, choiceOf(l))?.zh).toContain('未安排任何人员');
  });

  it('sends the reason only when one is given', () => {
    const l = line('1');
    expect(confirmItem(l, choiceOf(l))).not.toHaveProperty('reason');
    expect(confirmItem(l, { ...choiceOf(l), reason: ' 理由充分 ' }).reason).toBe('理由充分');
  });

  it('finds the changed line a refusal is about from the finding’s facts', () => {
    const weak = line('2', { activeCategories: ['weakPartyOrg'], members: 0 });
    const lifted = line('1');
    const submitted = [
      { line: lifted, choice: choiceOf(lifted) },
      { line: weak, choice: { ...choiceOf(weak), firstSecretary: false, members: 1 } },
    ];
    const findings = [
      {
        ruleId: 'P21.2-weak',
        severity: 'block' as const,
        message: '党组织软弱涣散村',
        facts: { need: { firstSecretary: false, members: 1 }, activeCategories: ['weakPartyOrg'] },
      },
    ];
    expect(linesOfRefusal(findings, submitted)).toEqual(['2']);
    expect(linesOfRefusal([{ ruleId: 'X', severity: 'block', message: '' }], submitted)).toEqual([]);
    const named = [
      { ...findings[0]!, facts: { need: { villageCode: '1', firstSecretary: false, members: 1 } } },
    ];
    expect(linesOfRefusal(named, submitted)).toEqual(['1']);
  });
});
