import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../time/iso-date';
import { type ProposedNeed, proposeNeeds } from './needs';

const one = (
  activeCategories: string[],
  opts: { keyAssistedCounty?: boolean; date?: IsoDate } = {},
): ProposedNeed => {
  const [need] = proposeNeeds({
    villages: [{ code: '520121101001', name: '测试村', activeCategories }],
    keyAssistedCounty: opts.keyAssistedCounty ?? false,
    date: opts.date ?? '2024-03-01',
  });
  if (!need) throw new Error('no need proposed');
  return need;
};
const ruleIds = (n: ProposedNeed) => n.reasons.map((r) => r.ruleId);
const shape = (n: ProposedNeed) => ({
  required: n.required,
  firstSecretary: n.firstSecretary,
  members: n.members,
});

describe('village needs under P21 (from 2021-05-11)', () => {
  it('requires a first secretary for a village with a weak party organisation (P21.2-weak)', () => {
    const n = one(['weakPartyOrg']);
    expect(shape(n)).toEqual({ required: true, firstSecretary: true, members: 0 });
    expect(ruleIds(n)).toEqual(['P21.2-weak', 'P21.3-match']);
    expect(n.strengths).toEqual(['party_mass']);
  });

  it('requires a first secretary and two members for a lifted village (P21.2-scope)', () => {
    const n = one(['liftedFromPoverty']);
    expect(shape(n)).toEqual({ required: true, firstSecretary: true, members: 2 });
    expect(ruleIds(n)).toEqual(['P21.2-scope']);
    expect(n.version).toBe('P21');
  });

  it('requires the same for a relocation site (P21.2-scope)', () => {
    expect(shape(one(['relocationSite']))).toEqual({ required: true, firstSecretary: true, members: 2 });
  });

  it('proposes three members for a lifted village in a key assisted county (P21.2-scope)', () => {
    const n = one(['liftedFromPoverty'], { keyAssistedCounty: true });
    expect(n.members).toBe(3);
    expect(n.reasons[0]?.message.zh).toContain('乡村振兴重点帮扶县');
  });

  it('keeps two members for a relocation site in a key assisted county, as the text names lifted villages (P21.2-scope)', () => {
    expect(one(['relocationSite'], { keyAssistedCounty: true }).members).toBe(2);
  });

  it('uses the provincial number for a key assisted county (P21.2-scope)', () => {
    const [n] = proposeNeeds({
      villages: [{ code: '1', name: 'a', activeCategories: ['liftedFromPoverty'] }],
      keyAssistedCounty: true,
      date: '2024-03-01',
      parameters: { keyCountyMembers: 4 },
    });
    expect(n?.members).toBe(4);
  });

  it('reduces the team where the consolidation task is light, with the reason rule (P21.2-reduce)', () => {
    const n = one(['liftedFromPoverty', 'lightConsolidation'], { keyAssistedCounty: true });
    expect(shape(n)).toEqual({ required: true, firstSecretary: true, members: 1 });
    expect(ruleIds(n)).toEqual(['P21.2-scope', 'P21.2-reduce']);
  });

  it('ignores a light-consolidation flag on a village outside the scope (P21.2-reduce, P21.2-other)', () => {
    expect(ruleIds(one(['lightConsolidation']))).toEqual(['P21.2-other']);
  });

  it('proposes a first secretary for a demonstration village, not required (P21.2-demo)', () => {
    const n = one(['revitalisationDemo']);
    expect(shape(n)).toEqual({ required: false, firstSecretary: true, members: 0 });
    expect(ruleIds(n)).toEqual(['P21.2-demo']);
  });

  it('proposes nothing for other villages, saying the county decides (P21.2-other)', () => {
    const n = one([]);
    expect(shape(n)).toEqual({ required: false, firstSecretary: false, members: 0 });
    expect(ruleIds(n)).toEqual(['P21.2-other']);
  });

  it('adds nothing for poverty-campaign categories after 2021-05-11 (P21.2-other)', () => {
    expect(ruleIds(one(['registeredPoor', 'deepPoverty']))).toEqual(['P21.2-other']);
  });

  it('combines the rules of a lifted, weak, demonstration village and lists every reason (P21.2-weak, P21.2-scope, P21.2-demo)', () => {
    const n = one([
      'weakPartyOrg',
      'liftedFromPoverty',
      'revitalisationDemo',
      'weakEconomy',
      'socialConflict',
    ]);
    expect(shape(n)).toEqual({ required: true, firstSecretary: true, members: 2 });
    expect(ruleIds(n)).toEqual(['P21.2-weak', 'P21.2-scope', 'P21.2-demo', 'P21.3-match']);
    expect(n.strengths).toEqual(['party_mass', 'economic', 'social']);
  });

  it('suggests strengths from problems even where nothing is required (P21.3-match)', () => {
    const n = one(['weakEconomy']);
    expect(n.strengths).toEqual(['economic']);
    expect(ruleIds(n)).toEqual(['P21.2-other', 'P21.3-match']);
    expect(n.reasons[1]?.message.zh).toContain('经济工作');
  });
});

describe('village needs under P17 (before 2021-05-11)', () => {
  const p17 = { date: '2021-05-10' as IsoDate };

  it('requires a team of three with the first secretary as leader for a registered poor village (P17.1.2-cover)', () => {
    const n = one(['registeredPoor'], p17);
    expect(shape(n)).toEqual({ required: true, firstSecretary: true, members: 2 });
    expect(ruleIds(n)).toEqual(['P17.1.2-cover', 'P17.2.2-size', 'P17.1.2-leader']);
    expect(n.version).toBe('P17');
  });

  it('adds a member for a deep-poverty village (P17.2.2-priority)', () => {
    const n = one(['registeredPoor', 'deepPoverty'], p17);
    expect(n.members).toBe(3);
    expect(ruleIds(n)).toContain('P17.2.2-priority');
  });

  it('treats a deep-poverty village as a poor village even without the registered flag (P17.1.2-cover)', () => {
    expect(shape(one(['deepPoverty'], p17))).toEqual({ required: true, firstSecretary: true, members: 3 });
  });

  it('keeps the full team in a village that exited poverty during the campaign (P17.2.3-stay)', () => {
    const n = one(['liftedFromPoverty'], p17);
    expect(shape(n)).toEqual({ required: true, firstSecretary: true, members: 2 });
    expect(ruleIds(n)[0]).toBe('P17.2.3-stay');
  });

  it('requires nothing for a village that was never poor, citing the scope rule (P17.1.2-cover)', () => {
    const n = one(['weakPartyOrg'], p17);
    expect(shape(n)).toEqual({ required: false, firstSecretary: false, members: 0 });
    expect(ruleIds(n)).toEqual(['P17.1.2-cover', 'P17.2.1-match']);
  });

  it('switches rules on 2021-05-11 for the same lifted village (P17.2.3-stay, P21.2-scope)', () => {
    expect(ruleIds(one(['liftedFromPoverty'], { date: '2021-05-10' }))[0]).toBe('P17.2.3-stay');
    expect(ruleIds(one(['liftedFromPoverty'], { date: '2021-05-11' }))[0]).toBe('P21.2-scope');
  });
});

describe('a county’s proposal', () => {
  it('answers one line per village, in input order, with codes and names (P21.1-order)', () => {
    const needs = proposeNeeds({
      villages: [
        { code: '520121101001', name: '甲村', activeCategories: ['liftedFromPoverty'] },
        { code: '520121101002', name: '乙村', activeCategories: [] },
        { code: '520121101003', name: '丙村', activeCategories: ['weakPartyOrg'] },
      ],
      keyAssistedCounty: true,
      date: '2025-01-01',
    });
    expect(needs.map((n) => [n.villageCode, n.villageName, n.members, n.firstSecretary])).toEqual([
      ['520121101001', '甲村', 3, true],
      ['520121101002', '乙村', 0, false],
      ['520121101003', '丙村', 0, true],
    ]);
    for (const n of needs) for (const r of n.reasons) expect(r.message.zh).toMatch(/（.+）$/);
  });

  it('answers an empty list for a county without villages (P21.1-order)', () => {
    expect(proposeNeeds({ villages: [], keyAssistedCounty: false, date: '2025-01-01' })).toEqual([]);
  });
});
