import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../time/iso-date';
import {
  type CadreFacts,
  type CandidateInput,
  checkCandidate,
  isEligible,
  isYoung,
  type UnitFacts,
} from './eligibility';
import { unitKinds } from './unit-sources';
import type { Violation } from './violations';

const makeCadre = (over: Partial<CadreFacts> = {}): CadreFacts => ({
  birthDate: '1988-04-10',
  gender: 'female',
  partyStatus: 'full',
  partyJoinedOn: '2010-06-01',
  partyFullOn: '2011-06-01',
  workStartedOn: '2010-07-01',
  rank: 'section',
  reserveCadre: false,
  steppedDownForAge: false,
  ruralExperience: false,
  agriExpertise: false,
  strengths: [],
  ...over,
});
const countyOrgan: UnitFacts = { kind: 'county_organ', level: 'county' };

const check = (over: Omit<Partial<CandidateInput>, 'cadre'> & { cadre?: Partial<CadreFacts> } = {}) =>
  checkCandidate({
    role: 'first_secretary',
    date: '2024-06-01',
    unit: countyOrgan,
    ...over,
    cadre: makeCadre(over.cadre),
  });

const ids = (vs: Violation[]) => vs.map((v) => v.ruleId);
const find = (vs: Violation[], id: string) => vs.find((v) => v.ruleId === id);
const blocks = (vs: Violation[]) => ids(vs.filter((v) => v.severity === 'block'));

describe('party standing of a first secretary under P21 (P21.3-fs-party)', () => {
  it('accepts a first secretary with exactly one year of party standing (P21.3-fs-party)', () => {
    expect(blocks(check({ cadre: { partyFullOn: '2023-06-01' }, date: '2024-06-01' }))).toEqual([]);
  });

  it('rejects a first secretary with one year less a day of party standing (P21.3-fs-party)', () => {
    const v = find(check({ cadre: { partyFullOn: '2023-06-01' }, date: '2024-05-31' }), 'P21.3-fs-party');
    expect(v?.severity).toBe('block');
    expect(v?.facts).toMatchObject({
      partyStandingDays: 365,
      partyStanding: { years: 0, months: 11, days: 30 },
      required: '1 year',
      eligibleFrom: '2024-06-01',
    });
    expect(v?.message.zh).toContain('不满1年（2024-06-01满1年）');
  });

  it('counts a year from 29 February to 28 February (P21.3-fs-party)', () => {
    expect(blocks(check({ cadre: { partyFullOn: '2024-02-29' }, date: '2025-02-28' }))).toEqual([]);
    expect(blocks(check({ cadre: { partyFullOn: '2024-02-29' }, date: '2025-02-27' }))).toEqual([
      'P21.3-fs-party',
    ]);
  });

  it('counts party standing from full membership, not from joining (P21.3-fs-party)', () => {
    const vs = check({
      cadre: { partyJoinedOn: '2020-01-01', partyFullOn: '2024-01-01' },
      date: '2024-06-01',
    });
    expect(blocks(vs)).toEqual(['P21.3-fs-party']);
  });

  it('rejects a probationary member as first secretary, whatever the joining date (P21.3-fs-party)', () => {
    const v = find(
      check({ cadre: { partyStatus: 'probationary', partyJoinedOn: '2015-01-01', partyFullOn: null } }),
      'P21.3-fs-party',
    );
    expect(v?.severity).toBe('block');
    expect(v?.facts).toMatchObject({ partyStatus: 'probationary', partyStandingDays: 0 });
    expect(v?.message.zh).toContain('预备党员');
  });

  it('rejects a non-member as first secretary (P21.3-fs-party)', () => {
    const v = find(
      check({ cadre: { partyStatus: 'none', partyJoinedOn: null, partyFullOn: null } }),
      'P21.3-fs-party',
    );
    expect(v?.message.en).toMatch(/not a CPC member/);
  });

  it('rejects a full member whose full-membership date is missing, asking for it (P21.3-fs-party)', () => {
    const v = find(check({ cadre: { partyFullOn: null } }), 'P21.3-fs-party');
    expect(v?.facts.partyStandingDays).toBeNull();
    expect(v?.message.zh).toContain('请先补录');
  });

  it('rejects a full-membership date after the nomination date (P21.3-fs-party)', () => {
    const v = find(check({ cadre: { partyFullOn: '2024-07-01' }, date: '2024-06-01' }), 'P21.3-fs-party');
    expect(v?.facts.partyStandingDays).toBe(-30);
    expect(v?.message.zh).toContain('晚于');
  });

  it('does not ask a team member for party standing (P21.3-fs-party applies to first secretaries)', () => {
    const vs = check({ role: 'member', cadre: { partyStatus: 'probationary', partyFullOn: null } });
    expect(blocks(vs)).toEqual([]);
  });
});

describe('work experience of a first secretary under P21 (P21.3-fs-work)', () => {
  it('accepts exactly two years of work experience (P21.3-fs-work)', () => {
    expect(blocks(check({ cadre: { workStartedOn: '2022-06-01' }, date: '2024-06-01' }))).toEqual([]);
  });

  it('rejects two years less a day of work experience, saying when it is complete (P21.3-fs-work)', () => {
    const v = find(check({ cadre: { workStartedOn: '2022-06-01' }, date: '2024-05-31' }), 'P21.3-fs-work');
    expect(v?.severity).toBe('block');
    expect(v?.facts).toMatchObject({ workDays: 730, required: '2 years', eligibleFrom: '2024-06-01' });
    expect(v?.facts.work).toEqual({ years: 1, months: 11, days: 30 });
  });

  it('rejects a work start after the nomination date (P21.3-fs-work)', () => {
    expect(blocks(check({ cadre: { workStartedOn: '2024-09-01' }, date: '2024-06-01' }))).toEqual([
      'P21.3-fs-work',
    ]);
  });

  it('does not ask a team member for two years of work (P21.3-fs-work applies to first secretaries)', () => {
    expect(blocks(check({ role: 'member', cadre: { workStartedOn: '2024-05-01' } }))).toEqual([]);
  });

  it('reports both blocks for a first secretary short of both (P21.3-fs-party, P21.3-fs-work)', () => {
    const vs = check({
      cadre: { partyFullOn: '2024-01-01', workStartedOn: '2023-01-01' },
      date: '2024-06-01',
    });
    expect(blocks(vs)).toEqual(['P21.3-fs-party', 'P21.3-fs-work']);
    expect(
      isEligible({
        cadre: makeCadre({ partyFullOn: '2024-01-01' }),
        unit: countyOrgan,
        role: 'first_secretary',
        date: '2024-06-01',
      }),
    ).toBe(false);
  });
});

describe('the version in force on the date decides (P17 before 2021-05-11, P21 from it)', () => {
  const shortStanding = { partyFullOn: '2020-05-12' as IsoDate, workStartedOn: '2015-01-01' as IsoDate };

  it('applies P21.3-fs-party from 2021-05-11: one year less a day is refused on that day (P21.3-fs-party)', () => {
    expect(blocks(check({ cadre: shortStanding, date: '2021-05-11' }))).toEqual(['P21.3-fs-party']);
  });

  it('accepts the same first secretary a year later to the day (P21.3-fs-party)', () => {
    expect(
      blocks(
        check({ cadre: { partyFullOn: '2020-05-11', workStartedOn: '2019-05-11' }, date: '2021-05-11' }),
      ),
    ).toEqual([]);
  });

  it('sets no party-standing or work minimum on 2021-05-10, under the 2017 text (P17: P21.3-fs-party not applied)', () => {
    const vs = check({ cadre: shortStanding, date: '2021-05-10' });
    expect(ids(vs)).not.toContain('P21.3-fs-party');
    expect(ids(vs)).not.toContain('P21.3-fs-work');
    expect(
      blocks(check({ cadre: { partyStatus: 'probationary', partyFullOn: null }, date: '2019-03-01' })),
    ).toEqual([]);
  });

  it('gives P17 hints before 2021-05-11 and P21 hints from it (P17.2.2-young, P21.3-rural)', () => {
    expect(ids(check({ date: '2021-05-10' }))).toContain('P17.2.2-young');
    expect(ids(check({ date: '2021-05-10' }))).not.toContain('P21.3-rural');
    expect(ids(check({ date: '2021-05-11' }))).toContain('P21.3-rural');
    expect(ids(check({ date: '2021-05-11' }))).not.toContain('P17.2.2-young');
  });
});

describe('where cadres come from (P17.2.3-source, P21.3-source)', () => {
  it.each(unitKinds)(
    'admits a unit of kind %s under both versions (P17.2.3-source, P21.3-source)',
    (kind) => {
      for (const date of ['2019-06-01', '2024-06-01'] as const) {
        for (const level of ['central', 'province', 'city', 'county'] as const) {
          expect(blocks(check({ unit: { kind, level }, date }))).toEqual([]);
        }
      }
    },
  );

  it('refuses a unit kind the texts do not list, citing the version’s rule (P17.2.3-source, P21.3-source)', () => {
    const unit = { kind: 'private_enterprise', level: 'county' } as unknown as UnitFacts;
    expect(blocks(check({ unit, date: '2019-06-01' }))).toEqual(['P17.2.3-source']);
    expect(blocks(check({ unit, date: '2024-06-01' }))).toEqual(['P21.3-source']);
    expect(find(check({ unit, date: '2024-06-01' }), 'P21.3-source')?.facts).toEqual({
      unitKind: 'private_enterprise',
      unitLevel: 'county',
    });
  });

  it('refuses a unit below county level (P17.2.3-source: 县级以上)', () => {
    const unit = { kind: 'county_organ', level: 'township' } as unknown as UnitFacts;
    expect(blocks(check({ unit, date: '2019-06-01' }))).toEqual(['P17.2.3-source']);
    expect(blocks(check({ unit, date: '2024-06-01', role: 'member' }))).toEqual(['P21.3-source']);
  });
});

describe('rank of a new team leader under P17 (P17.2.3-leader-rank)', () => {
  const p17 = '2019-06-01' as const;

  it('warns when a first secretary, the presumed leader, is neither section/division-level nor reserve (P17.2.3-leader-rank)', () => {
    const v = find(
      check({ date: p17, cadre: { rank: 'other', reserveCadre: false } }),
      'P17.2.3-leader-rank',
    );
    expect(v?.severity).toBe('warn');
    expect(v?.facts).toEqual({ rank: 'other', reserveCadre: false });
  });

  it('warns when the rank is unknown (P17.2.3-leader-rank)', () => {
    expect(ids(check({ date: p17, cadre: { rank: null } }))).toContain('P17.2.3-leader-rank');
  });

  it.each([
    ['division', false],
    ['section', false],
    ['other', true],
  ] as const)(
    'accepts a leader of rank %s (reserve cadre: %s) (P17.2.3-leader-rank)',
    (rank, reserveCadre) => {
      expect(ids(check({ date: p17, cadre: { rank, reserveCadre } }))).not.toContain('P17.2.3-leader-rank');
    },
  );

  it('does not check a plain member, but checks a member named leader (P17.2.3-leader-rank)', () => {
    const cadre = { rank: 'other', reserveCadre: false } as const;
    expect(ids(check({ date: p17, role: 'member', cadre }))).not.toContain('P17.2.3-leader-rank');
    expect(ids(check({ date: p17, role: 'member', leadsTeam: true, cadre }))).toContain(
      'P17.2.3-leader-rank',
    );
    expect(ids(check({ date: p17, leadsTeam: false, cadre }))).not.toContain('P17.2.3-leader-rank');
  });

  it('does not apply after 2021-05-11 (P17.2.3-leader-rank is a P17 rule)', () => {
    expect(ids(check({ date: '2024-06-01', cadre: { rank: 'other' } }))).not.toContain('P17.2.3-leader-rank');
  });
});

describe('young cadres and the provincial age line (P17.2.2-young)', () => {
  it('counts a cadre as young up to and including the age line, 40岁以下 including 40 (P17.2.2-young)', () => {
    expect(isYoung('1984-06-01', '2024-06-01')).toBe(true);
    expect(isYoung('1983-06-02', '2024-06-01')).toBe(true);
    expect(isYoung('1983-06-01', '2024-06-01')).toBe(false);
    expect(isYoung('1989-06-01', '2024-06-01', 35)).toBe(true);
    expect(isYoung('1988-06-02', '2024-06-01', 35)).toBe(true);
    expect(isYoung('1988-06-01', '2024-06-01', 35)).toBe(false);
  });

  it('hints that a young cadre is preferred, with age and age line (P17.2.2-young)', () => {
    const v = find(check({ date: '2019-06-01', cadre: { birthDate: '1980-01-01' } }), 'P17.2.2-young');
    expect(v).toMatchObject({ severity: 'info', facts: { age: 39, ageLine: 40, young: true, met: true } });
  });

  it('hints that an older non-reserve cadre is not preferred, and an older reserve cadre is (P17.2.2-young)', () => {
    const older = { birthDate: '1970-01-01' as IsoDate };
    expect(find(check({ date: '2019-06-01', cadre: older }), 'P17.2.2-young')?.facts.met).toBe(false);
    expect(
      find(check({ date: '2019-06-01', cadre: { ...older, reserveCadre: true } }), 'P17.2.2-young')?.facts
        .met,
    ).toBe(true);
  });

  it('uses the provincial age line passed in (P17.2.2-young)', () => {
    const v = find(
      check({ date: '2019-06-01', cadre: { birthDate: '1982-01-01' }, parameters: { youngAgeLine: 35 } }),
      'P17.2.2-young',
    );
    expect(v?.facts).toMatchObject({ age: 37, ageLine: 35, young: false, met: false });
  });
});

describe('matching the cadre to the village (P17.2.1-match, P21.3-match)', () => {
  const village = {
    activeCategories: ['weakPartyOrg', 'weakEconomy', 'liftedFromPoverty'],
    keyAssistedCounty: true,
  };

  it('notes the strengths the village needs and the candidate lacks (P21.3-match)', () => {
    const v = find(check({ village, cadre: { strengths: ['party_mass'] } }), 'P21.3-match');
    expect(v).toMatchObject({
      severity: 'info',
      facts: {
        needed: ['party_mass', 'economic'],
        matched: ['party_mass'],
        missing: ['economic'],
        met: false,
      },
    });
    expect(v?.message.zh).toContain('经济工作');
  });

  it('notes a full match (P21.3-match)', () => {
    const v = find(
      check({ village, cadre: { strengths: ['economic', 'party_mass', 'social'] } }),
      'P21.3-match',
    );
    expect(v?.facts).toMatchObject({ missing: [], met: true });
  });

  it('cites the 2017 rule before 2021-05-11 (P17.2.1-match)', () => {
    expect(ids(check({ village, date: '2019-06-01' }))).toContain('P17.2.1-match');
  });

  it('says nothing about matching without a village, or for a village without problems (P21.3-match)', () => {
    expect(ids(check())).not.toContain('P21.3-match');
    expect(
      ids(check({ village: { activeCategories: ['liftedFromPoverty'], keyAssistedCounty: false } })),
    ).not.toContain('P21.3-match');
  });

  it('marks a deep-poverty village as the top priority under P17 only (P17.2.2-priority)', () => {
    const deep = { activeCategories: ['registeredPoor', 'deepPoverty'], keyAssistedCounty: false };
    const v = find(
      check({ village: deep, date: '2019-06-01', cadre: { reserveCadre: true } }),
      'P17.2.2-priority',
    );
    expect(v?.facts).toMatchObject({ priorityVillage: true, reserveCadre: true });
    expect(ids(check({ village: deep, date: '2024-06-01' }))).not.toContain('P17.2.2-priority');
    expect(ids(check({ village, date: '2019-06-01' }))).not.toContain('P17.2.2-priority');
  });
});

describe('preferences under P21 (P21.3-rural, P21.3-member-party)', () => {
  it.each([
    [false, false, false],
    [true, false, true],
    [false, true, true],
  ])(
    'hints rural experience %s, agricultural expertise %s → preferred %s (P21.3-rural)',
    (ruralExperience, agriExpertise, met) => {
      const v = find(check({ cadre: { ruralExperience, agriExpertise } }), 'P21.3-rural');
      expect(v).toMatchObject({ severity: 'info', facts: { ruralExperience, agriExpertise, met } });
    },
  );

  it.each([
    ['full', true],
    ['probationary', true],
    ['none', false],
  ] as const)('hints that a %s member is preferred: %s (P21.3-member-party)', (partyStatus, met) => {
    const v = find(
      check({ role: 'member', cadre: { partyStatus, partyFullOn: null } }),
      'P21.3-member-party',
    );
    expect(v).toMatchObject({ severity: 'info', facts: { partyStatus, met } });
  });

  it('does not give the member preference for a first secretary (P21.3-member-party)', () => {
    expect(ids(check())).not.toContain('P21.3-member-party');
  });
});

describe('the whole answer', () => {
  it('lists blocks before hints and is eligible when nothing blocks (P21.3-fs-party, P21.3-rural)', () => {
    const vs = check({ cadre: { partyStatus: 'probationary', partyFullOn: null } });
    expect(vs.map((v) => v.severity)).toEqual(['block', 'info']);
    expect(
      isEligible({ cadre: makeCadre(), unit: countyOrgan, role: 'first_secretary', date: '2024-06-01' }),
    ).toBe(true);
  });

  it('gives a sound P21 first secretary only hints (P21.3-rural)', () => {
    expect(check().map((v) => v.severity)).toEqual(['info']);
  });
});
