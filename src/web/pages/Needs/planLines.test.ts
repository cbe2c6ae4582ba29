import { describe, expect, it } from 'vitest';
import type { ProposalLine } from '../../api/needs';
import {
  choiceOf,
  confirmItem,
  isReduced,
  linesOfRefusal,
  localProblem,
  preselected,
  proposedPeople,
} from './planLines';

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
  onPost: { firstSecretary: false, members: 0, until: null },
  shortfall: { firstSecretary: over.firstSecretary ?? true, members: over.members ?? 3 },
  ...over,
});

describe('planning lines', () => {
  it('proposes only the shortfall: a village whose team serves on is proposed nobody and not ticked (clerk finding 1)', () => {
    const covered = line('9', {
      onPost: { firstSecretary: true, members: 2, until: '2027-05-31' },
      shortfall: { firstSecretary: false, members: 0 },
    });
    expect(proposedPeople(covered)).toBe(0);
    expect(choiceOf(covered)).toMatchObject({ firstSecretary: false, members: 0 });
    const short = line('8', {
      onPost: { firstSecretary: true, members: 1, until: '2027-05-31' },
      shortfall: { firstSecretary: false, members: 2 },
    });
    expect(choiceOf(short)).toMatchObject({ firstSecretary: false, members: 2 });
    expect(isReduced(short, { ...choiceOf(short), members: 1 })).toBe(true);
    expect(preselected(covered)).toBe(false);
    expect(preselected(short)).toBe(true);
    // a key county's FS + 2 serving on lacks only its third member: proposed, not ticked at first
    const extra = line('7', {
      onPost: { firstSecretary: true, members: 2, until: '2027-05-31' },
      shortfall: { firstSecretary: false, members: 1 },
    });
    expect(proposedPeople(extra)).toBe(1);
    expect(preselected(extra)).toBe(false);
    expect(preselected(line('6'))).toBe(true);
  });

  it('leaves the rules to the server: a reduction is flagged, not refused, on the page', () => {
    const l = line('1');
    const choice = { ...choiceOf(l), members: 1 };
    expect(isReduced(l, choice)).toBe(true);
    expect(localProblem(l, choice)).toBeNull();
  });

  it('refuses a ticked line that plans nobody where the proposal planned someone', () => {
    const l = line('1');
    expect(localProblem(l, { ...choiceOf(l), firstSecretary: false, members: 0 })?.zh).toContain(
      '未安排任何人员',
    );
    const none = line('2', { firstSecretary: false, members: 0, activeCategories: [] });
    expect(localProblem(none, choiceOf(none))).toBeNull();
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
