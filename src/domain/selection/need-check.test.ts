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

  it('takes a first secretary and two members for a lifted village without a reason, though more were proposed', () => {
    const findings = checkNeed({
      date: '2023-01-01',
      activeCategories: ['liftedFromPoverty'],
      need: fsTeam,
      proposed: { firstSecretary: true, members: 3 },
    });
    expect(findings).toEqual([]);
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
