// Who may be sent (RULES.md §2), checked under the version in force on the date that matters.
//
// P21 (from 2021-05-11), 三: 第一书记必须是中共正式党员，具有1年以上党龄和2年以上工作经历. Party standing counts
// from full membership (党章 第七条: 党员的党龄，从预备期满转为正式党员之日算起), work experience from the date
// work started, both to the date, by the Civil Code (see ../time/periods.ts): exactly one year passes.
//
// P17 (before 2021-05-11): the 2017 text sets no party-standing or work-experience minimum for anyone.
// It speaks of first secretaries only as team leaders (一（二）: 驻村工作队队长原则上由驻村第一书记兼任) and
// of party members only in moving their membership (二（三）: 党员组织关系转接到所驻贫困村). So no
// party-standing rule applies before 2021-05-11; P21.3-fs-party and P21.3-fs-work are not applied
// backwards. Under P17 a first secretary is presumed to lead the team, so P17.2.3-leader-rank applies
// to them (and to any other candidate named as leader).

import type { LocalisedText } from '../../shared/errors';
import { daysBetween, type IsoDate } from '../time/iso-date';
import { ageOn, dateReachingYears, durationParts, hasAtLeastYears } from '../time/periods';
import { defaultParameters, type PolicyParameters } from './parameters';
import { sourceBasis, type UnitKind, type UnitLevel } from './unit-sources';
import { type PolicyVersion, policyVersionOn } from './versions';
import { neededStrengths, type Strength, strengthList } from './village-categories';
import { bySeverity, type Violation, violation } from './violations';

export const FIRST_SECRETARY_PARTY_YEARS = 1;
export const FIRST_SECRETARY_WORK_YEARS = 2;

export type PartyStatus = 'full' | 'probationary' | 'none';
export type Rank = 'division' | 'section' | 'other';
export type CandidateRole = 'first_secretary' | 'member';

export interface CadreFacts {
  birthDate: IsoDate;
  gender: 'male' | 'female';
  partyStatus: PartyStatus;
  partyJoinedOn?: IsoDate | null;
  partyFullOn?: IsoDate | null;
  workStartedOn: IsoDate;
  rank?: Rank | null;
  reserveCadre: boolean;
  steppedDownForAge: boolean;
  ruralExperience: boolean;
  agriExpertise: boolean;
  strengths: readonly Strength[];
}

export interface UnitFacts {
  kind: UnitKind;
  level: UnitLevel;
}

export interface VillageFacts {
  /** GLOSSARY category names held on the date. */
  activeCategories: readonly string[];
  keyAssistedCounty: boolean;
}

export interface CandidateInput {
  cadre: CadreFacts;
  unit: UnitFacts;
  role: CandidateRole;
  date: IsoDate;
  village?: VillageFacts;
  /** Whether the candidate will lead the team; by default a first secretary does (P17.1.2-leader). */
  leadsTeam?: boolean;
  parameters?: Partial<PolicyParameters>;
}

/**
 * Young cadre (年轻干部): age in completed years not above the provincial age line. "40岁以下" includes
 * 40 (民法典 第一千二百五十九条: “以下”包括本数), as civil-service notices read "35周岁以下".
 */
export const isYoung = (
  birthDate: IsoDate,
  date: IsoDate,
  ageLine = defaultParameters.youngAgeLine,
): boolean => ageOn(birthDate, date) <= ageLine;

const ymd = (p: { years: number; months: number; days: number }): LocalisedText => ({
  zh: `${p.years}年${p.months}个月${p.days}天`,
  en: `${p.years} y ${p.months} m ${p.days} d`,
});

/** Years of standing from `from` to `date`: the facts, and the finding text when short. */
function yearsFacts(from: IsoDate, date: IsoDate, years: number) {
  const eligibleFrom = dateReachingYears(from, years);
  const days = daysBetween(from, date);
  return {
    met: hasAtLeastYears(from, date, years),
    days,
    parts: days >= 0 ? durationParts(from, date) : null,
    eligibleFrom,
  };
}

/** P21.3-fs-party: a full member with at least one year of party standing on `date`. */
export function checkPartyStanding(cadre: CadreFacts, date: IsoDate): Violation | null {
  const base = {
    partyStatus: cadre.partyStatus,
    partyFullOn: cadre.partyFullOn ?? null,
    date,
    required: '1 year',
    requiredYears: FIRST_SECRETARY_PARTY_YEARS,
  };
  if (cadre.partyStatus !== 'full') {
    const found =
      cadre.partyStatus === 'probationary'
        ? {
            zh: '该同志是预备党员，尚未转为正式党员，没有党龄',
            en: 'The candidate is a probationary member with no party standing yet',
          }
        : { zh: '该同志不是中共党员', en: 'The candidate is not a CPC member' };
    return violation('P21.3-fs-party', { ...base, partyStandingDays: 0 }, found);
  }
  if (!cadre.partyFullOn) {
    return violation(
      'P21.3-fs-party',
      { ...base, partyStandingDays: null },
      {
        zh: '未录入转为正式党员的时间，无法计算党龄，请先补录',
        en: 'The date of full membership is missing, so party standing cannot be computed; enter it first',
      },
    );
  }
  const f = yearsFacts(cadre.partyFullOn, date, FIRST_SECRETARY_PARTY_YEARS);
  if (f.met) return null;
  const facts = { ...base, partyStandingDays: f.days, partyStanding: f.parts, eligibleFrom: f.eligibleFrom };
  if (!f.parts) {
    return violation('P21.3-fs-party', facts, {
      zh: `转正时间${cadre.partyFullOn}晚于${date}`,
      en: `Full membership (${cadre.partyFullOn}) is after ${date}`,
    });
  }
  const standing = ymd(f.parts);
  return violation('P21.3-fs-party', facts, {
    zh: `自${cadre.partyFullOn}转正至${date}，党龄${standing.zh}，不满1年（${f.eligibleFrom}满1年）`,
    en: `Party standing from ${cadre.partyFullOn} to ${date} is ${standing.en}, under 1 year (complete on ${f.eligibleFrom})`,
  });
}

/** P21.3-fs-work: at least two years of work experience on `date`. */
export function checkWorkExperience(cadre: CadreFacts, date: IsoDate): Violation | null {
  const f = yearsFacts(cadre.workStartedOn, date, FIRST_SECRETARY_WORK_YEARS);
  if (f.met) return null;
  const facts = {
    workStartedOn: cadre.workStartedOn,
    date,
    workDays: f.days,
    work: f.parts,
    required: '2 years',
    requiredYears: FIRST_SECRETARY_WORK_YEARS,
    eligibleFrom: f.eligibleFrom,
  };
  if (!f.parts) {
    return violation('P21.3-fs-work', facts, {
      zh: `参加工作时间${cadre.workStartedOn}晚于${date}`,
      en: `Work started (${cadre.workStartedOn}) after ${date}`,
    });
  }
  const work = ymd(f.parts);
  return violation('P21.3-fs-work', facts, {
    zh: `自${cadre.workStartedOn}参加工作至${date}，工作经历${work.zh}，不满2年（${f.eligibleFrom}满2年）`,
    en: `Work experience from ${cadre.workStartedOn} to ${date} is ${work.en}, under 2 years (complete on ${f.eligibleFrom})`,
  });
}

/** P17.2.3-source / P21.3-source: the dispatching unit is of a kind the text admits (see unit-sources.ts). */
export function checkSource(unit: UnitFacts, version: PolicyVersion): Violation | null {
  if (sourceBasis(version, unit.kind, unit.level)) return null;
  return violation(
    version === 'P17' ? 'P17.2.3-source' : 'P21.3-source',
    { unitKind: unit.kind, unitLevel: unit.level },
    {
      zh: `派出单位类型“${unit.kind}”（${unit.level}）不在可选派范围内`,
      en: `A unit of kind “${unit.kind}” (${unit.level}) is not among the sources`,
    },
  );
}

/** P17.2.3-leader-rank (warn): a new team leader is normally a division- or section-level or reserve cadre. */
export function checkLeaderRank(cadre: CadreFacts): Violation | null {
  if (cadre.rank === 'division' || cadre.rank === 'section' || cadre.reserveCadre) return null;
  return violation(
    'P17.2.3-leader-rank',
    { rank: cadre.rank ?? null, reserveCadre: cadre.reserveCadre },
    {
      zh: '拟任队长不是处科级干部，也不是后备干部',
      en: 'The prospective leader is neither a division- or section-level cadre nor a reserve cadre',
    },
  );
}

function youngHint(cadre: CadreFacts, date: IsoDate, ageLine: number): Violation {
  const age = ageOn(cadre.birthDate, date);
  const young = age <= ageLine;
  const met = young || cadre.reserveCadre;
  const found = met
    ? {
        zh: `${young ? `年轻干部（${age}岁）` : ''}${young && cadre.reserveCadre ? '、' : ''}${cadre.reserveCadre ? '后备干部' : ''}，符合优先条件`,
        en: `${young ? `young cadre (${age})` : ''}${young && cadre.reserveCadre ? ', ' : ''}${cadre.reserveCadre ? 'reserve cadre' : ''}: preferred`,
      }
    : {
        zh: `${age}岁，超过年轻干部年龄线（${ageLine}岁），也不是后备干部`,
        en: `Aged ${age}, above the age line (${ageLine}) and not a reserve cadre`,
      };
  return violation('P17.2.2-young', { age, ageLine, young, reserveCadre: cadre.reserveCadre, met }, found);
}

function priorityHint(cadre: CadreFacts, date: IsoDate, ageLine: number): Violation {
  const young = isYoung(cadre.birthDate, date, ageLine);
  return violation(
    'P17.2.2-priority',
    { priorityVillage: true, young, reserveCadre: cadre.reserveCadre },
    { zh: '该村为深度贫困村', en: 'This is a deep-poverty village' },
  );
}

function matchHint(cadre: CadreFacts, village: VillageFacts, version: PolicyVersion): Violation | null {
  const needed = neededStrengths(village.activeCategories);
  if (needed.length === 0) return null;
  const matched = needed.filter((s) => cadre.strengths.includes(s));
  const missing = needed.filter((s) => !cadre.strengths.includes(s));
  const met = missing.length === 0;
  const facts = {
    needed,
    offered: [...cadre.strengths],
    matched,
    missing,
    met,
    keyAssistedCounty: village.keyAssistedCounty,
  };
  const found = met
    ? {
        zh: `人选熟悉${strengthList(matched, 'zh')}，与该村需要相符`,
        en: `The candidate knows ${strengthList(matched, 'en')}, as the village needs`,
      }
    : {
        zh: `该村需要熟悉${strengthList(missing, 'zh')}的干部，人选不具备`,
        en: `The village needs ${strengthList(missing, 'en')}, which the candidate lacks`,
      };
  return violation(version === 'P17' ? 'P17.2.1-match' : 'P21.3-match', facts, found);
}

function ruralHint(cadre: CadreFacts): Violation {
  const met = cadre.ruralExperience || cadre.agriExpertise;
  const found = met
    ? {
        zh: '有农村工作经验或涉农专长，符合优先条件',
        en: 'Rural experience or agricultural expertise: preferred',
      }
    : { zh: '无农村工作经验，也无涉农专长', en: 'No rural experience or agricultural expertise' };
  return violation(
    'P21.3-rural',
    { ruralExperience: cadre.ruralExperience, agriExpertise: cadre.agriExpertise, met },
    found,
  );
}

function memberPartyHint(cadre: CadreFacts): Violation {
  const met = cadre.partyStatus !== 'none';
  const found = met
    ? {
        zh: '人选是中共党员（含预备党员），符合优先条件',
        en: 'The candidate is a CPC member (full or probationary): preferred',
      }
    : { zh: '人选不是中共党员', en: 'The candidate is not a CPC member' };
  return violation('P21.3-member-party', { partyStatus: cadre.partyStatus, met }, found);
}

const present = (v: Violation | null): v is Violation => v !== null;

/**
 * Every finding about a candidate for a role on a date: blocks and warns that refuse the step, and hints
 * (severity info, `facts.met`) for ranking. Evaluated under the version in force on `date`.
 */
export function checkCandidate(input: CandidateInput): Violation[] {
  const { cadre, unit, role, date, village } = input;
  const ageLine = input.parameters?.youngAgeLine ?? defaultParameters.youngAgeLine;
  const version = policyVersionOn(date);
  const fs = role === 'first_secretary';
  const found: (Violation | null)[] =
    version === 'P21'
      ? [
          fs ? checkPartyStanding(cadre, date) : null,
          fs ? checkWorkExperience(cadre, date) : null,
          checkSource(unit, version),
          fs ? null : memberPartyHint(cadre),
          ruralHint(cadre),
          village ? matchHint(cadre, village, version) : null,
        ]
      : [
          checkSource(unit, version),
          (input.leadsTeam ?? fs) ? checkLeaderRank(cadre) : null,
          youngHint(cadre, date, ageLine),
          village ? matchHint(cadre, village, version) : null,
          village?.activeCategories.includes('deepPoverty') ? priorityHint(cadre, date, ageLine) : null,
        ];
  return bySeverity(found.filter(present));
}

/** No block among the findings: the candidate may take the role on the date (warns may need reasons). */
export const isEligible = (input: CandidateInput): boolean =>
  checkCandidate(input).every((v) => v.severity !== 'block');
