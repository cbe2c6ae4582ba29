import { describe, expect, it } from 'vitest';
import { checkNeed } from './need-check';

const ids = (v: { ruleId: string; severity: string }[]) => v.map((x) => `${x.ruleId}:${x.severity}`);
const fsTeam = { firstSecretary: true, members: 2 };

describe('checking a village need against the coverage rules', () => {
  it('refuses a need without a first secretary for a weak party organisation from 2021-05-11 (P21.2-weak)', () => {
    expect(
      ids(
        checkNeed({
          date: '2021-05-11',
          activeCategories: ['weakPartyOrg'],
          need: { firstSecretary: false, members: 2 },
          proposed: fsTeam,
        }),
      ),
    ).toContain('P21.2-weak:block');
  });

  it('does not apply P21.2-weak the day before the 2021 opinions (P17 period)', () => {
    expect(
      checkNeed({
        date: '2021-05-10',
        activeCategories: ['weakPartyOrg'],
        need: { firstSecretary: false, members: 0 },
        proposed: fsTeam,
      }),
    ).toEqual([]);
  });

  it('refuses nobody for a lifted village (P21.2-scope)', () => {
    expect(
      ids(
        checkNeed({
          date: '2023-01-01',
          activeCategories: ['liftedFromPoverty'],
          need: { firstSecretary: false, members: 0 },
          proposed: fsTeam,
        }),
      ),
    ).toEqual(['P21.2-scope:block']);
  });

  it('asks for a reason when a lifted village gets less than a first secretary and two members (P21.2-reduce)', () => {
    const findings = checkNeed({
      date: '2023-01-01',
      activeCategories: ['liftedFromPoverty', 'lightConsolidation'],
      need: { firstSecretary: true, members: 1 },
      proposed: fsTeam,
    });
    expect(ids(findings)).toEqual(['P21.2-reduce:warn']);
  });

  it("asks a reason for cutting a key assisted county's first secretary and three members to two (P21.2-scope, clerk finding 6)", () => {
    const findings = checkNeed({
      date: '2023-01-01',
      activeCategories: ['liftedFromPoverty'],
      need: fsTeam,
      proposed: { firstSecretary: true, members: 3 },
    });
    expect(ids(findings)).toEqual(['P21.2-scope:warn']);
    expect(findings[0]!.message.zh).toContain('须填写理由');
    expect(
      checkNeed({
        date: '2023-01-01',
        activeCategories: ['liftedFromPoverty'],
        need: { firstSecretary: true, members: 3 },
        proposed: { firstSecretary: true, members: 3 },
      }),
    ).toEqual([]);
  });

  it('refuses fewer than a first secretary and two members where the consolidation task is not light (P21.2-reduce, P21.2-scope)', () => {
    const base = {
      date: '2023-01-01' as const,
      proposed: fsTeam,
      need: { firstSecretary: true, members: 1 },
    };
    expect(ids(checkNeed({ ...base, activeCategories: ['liftedFromPoverty'] }))).toEqual([
      'P21.2-scope:block',
    ]);
    expect(ids(checkNeed({ ...base, activeCategories: ['relocationSite'] }))).toEqual(['P21.2-scope:block']);
    expect(
      ids(checkNeed({ ...base, activeCategories: ['liftedFromPoverty', 'lightConsolidation'] })),
    ).toEqual(['P21.2-reduce:warn']);
  });

  it('never takes a lifted village without a first secretary, light task or not (P21.2-scope, P21.2-reduce)', () => {
    const need = { firstSecretary: false, members: 3 };
    for (const categories of [['liftedFromPoverty'], ['liftedFromPoverty', 'lightConsolidation']]) {
      expect(
        ids(checkNeed({ date: '2023-01-01', activeCategories: categories, need, proposed: fsTeam })),
      ).toEqual(['P21.2-scope:block']);
    }
  });

  it('counts the people on post: a need for the shortfall alone is not a reduction (P21.2-scope, clerk finding 1)', () => {
    expect(
      checkNeed({
        date: '2026-03-02',
        activeCategories: ['liftedFromPoverty'],
        need: { firstSecretary: false, members: 1 },
        proposed: fsTeam,
        covered: { firstSecretary: true, members: 1 },
      }),
    ).toEqual([]);
  });

  it('refuses nobody for a deep-poverty village and for one that exited poverty in the P17 period (P17.1.2-cover, P17.2.3-stay)', () => {
    const nobody = { firstSecretary: false, members: 0 };
    expect(
      ids(
        checkNeed({ date: '2019-06-01', activeCategories: ['deepPoverty'], need: nobody, proposed: fsTeam }),
      ),
    ).toEqual(['P17.1.2-cover:block']);
    expect(
      ids(
        checkNeed({
          date: '2020-06-01',
          activeCategories: ['liftedFromPoverty'],
          need: nobody,
          proposed: fsTeam,
        }),
      ),
    ).toEqual(['P17.2.3-stay:block']);
  });

  it('accepts the proposal as it is', () => {
    expect(
      checkNeed({
        date: '2023-01-01',
        activeCategories: ['liftedFromPoverty'],
        need: fsTeam,
        proposed: fsTeam,
      }),
    ).toEqual([]);
  });

  it('refuses a registered poor village without a team in the P17 period (P17.1.2-cover)', () => {
    expect(
      ids(
        checkNeed({
          date: '2019-06-01',
          activeCategories: ['registeredPoor'],
          need: { firstSecretary: false, members: 0 },
          proposed: fsTeam,
        }),
      ),
    ).toEqual(['P17.1.2-cover:block']);
  });

  it('warns below three people for a registered poor village (P17.2.2-size), not at three', () => {
    expect(
      ids(
        checkNeed({
          date: '2019-06-01',
          activeCategories: ['registeredPoor'],
          need: { firstSecretary: true, members: 1 },
          proposed: fsTeam,
        }),
      ),
    ).toEqual(['P17.2.2-size:warn']);
    expect(
      checkNeed({ date: '2019-06-01', activeCategories: ['registeredPoor'], need: fsTeam, proposed: fsTeam }),
    ).toEqual([]);
  });
});
