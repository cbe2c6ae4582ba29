import { randomUUID } from 'node:crypto';
import { and, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import { type RuleId, rule } from '../../domain/policy/catalogue';
import { checkCandidate } from '../../domain/policy/eligibility';
import { P21_IN_FORCE_FROM, policyVersionOn } from '../../domain/policy/versions';
import { resolveOverrides, type Violation } from '../../domain/policy/violations';
import { provinceOf } from '../../domain/regions/code';
import { checkHandover, checkTerm, fullTermEnd, predecessorOf, type Term } from '../../domain/tenure';
import { addDays, addYears, compareDates, type IsoDate, isBefore, todayInShanghai } from '../../domain/time';
import type { Strength } from '../../shared/dictionaries';
import type { Container } from '../container';
import { systemActor } from '../context';
import {
  assignments,
  cadres,
  nominationSteps,
  nominations,
  recallProposals,
  regions,
  teams,
  unitPairings,
  units,
  villageCategoryPeriods,
  villageNeeds,
} from '../db/schema';
import { cadreFactsOf, unitFactsOf } from '../modules/assignments/assignments.facts';
import { recordedFindings } from '../modules/policy/policy.errors';
import { DEMO_COUNTY, seeded } from './data';

// Teams and terms of the demo county (issue 5), generated around today so the views always have
// something to show: registered poor villages with a P17 team from 2018, rotations with overlapping
// handover every two years since 2021, relocation sites with P21 teams, one recall with its replacement,
// terms ending within 90 days without a successor, two handovers under way, and open needs with decided
// candidates for matching. Every term and handover is checked with src/domain/tenure before it is written;
// rows go in by batches in one transaction (a few hundred assignments in well under a second).

const ACTOR = '演示数据';
const LEADING_GROUP = '演示·开阳县驻村工作领导小组';
const FIRST_TEAMS_FROM: IsoDate = '2018-03-01';
/** Days a cadre rests between two terms. */
const REST_DAYS = 60;

type Role = 'first_secretary' | 'member';
type CadreRow = typeof cadres.$inferSelect;
type UnitRow = typeof units.$inferSelect;

interface Plan {
  id: string;
  village: string;
  teamKey: string;
  needKey: string;
  role: Role;
  start: IsoDate;
  plannedEnd: IsoDate;
  end: IsoDate | null;
  endReason: 'completed' | 'rotated' | 'recalled' | null;
  endNote?: string;
  overrides?: { ruleId: string; reason: string }[];
  cadre?: CadreRow;
}

interface NeedPlan {
  id: string;
  village: string;
  firstSecretary: boolean;
  members: number;
  effectiveOn: IsoDate;
  status: 'open' | 'filled';
  reason: string;
  basis: { ruleId: RuleId; message: { zh: string; en: string } }[];
}

/** A seeded need's reason in the county's words, and its rule in the basis (never in the reason). */
const needText = (ruleId: RuleId, reason: string) => ({
  reason,
  basis: [{ ruleId, message: { zh: `${reason}（${rule(ruleId).title.zh}）`, en: rule(ruleId).title.en } }],
});

// Dates are days on post, both ends included (src/domain/time/README.md): a term of exactly two years from
// its first day ends the day before the second anniversary (src/domain/tenure/terms.ts `fullTermEnd`).
/** The first day of a term of exactly two years whose last day is `end`. */
const twoYearsEndingOn = (end: IsoDate): IsoDate => addDays(addYears(end, -2), 1);
const lastDayOfTwoYears = (first: IsoDate): IsoDate => fullTermEnd(first);
const minDate = (a: IsoDate, b: IsoDate) => (compareDates(a, b) <= 0 ? a : b);

export async function seedTeamsDemo(container: Container): Promise<Record<string, number>> {
  const db = container.database.db;
  const today = todayInShanghai(container.clock.now());
  const rand = seeded(20_210_505);
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  const [existing] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(eq(teams.countyCode, DEMO_COUNTY))
    .limit(1);
  if (existing) return {};

  const villageRows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.level, 5), gte(regions.code, DEMO_COUNTY), lt(regions.code, '520122')))
    .orderBy(regions.code);
  const categoryRows = await db
    .select()
    .from(villageCategoryPeriods)
    .where(eq(villageCategoryPeriods.countyCode, DEMO_COUNTY));
  const unitPool = await db
    .select({ cadre: cadres, unit: units })
    .from(cadres)
    .innerJoin(units, eq(units.id, cadres.unitId))
    .where(eq(cadres.demo, true))
    .orderBy(cadres.id);
  if (villageRows.length === 0 || unitPool.length < 60) return {};
  const pairings = await db
    .select()
    .from(unitPairings)
    .where(
      and(
        eq(unitPairings.targetCountyCode, DEMO_COUNTY),
        sql`length(${unitPairings.targetCode}) = 12`,
        or(isNull(unitPairings.validTo), gte(unitPairings.validTo, today)),
      ),
    );

  const categoriesOf = new Map<string, Set<string>>();
  for (const c of categoryRows) {
    const set = categoriesOf.get(c.villageCode) ?? new Set<string>();
    set.add(c.category);
    categoriesOf.set(c.villageCode, set);
  }
  const has = (code: string, category: string) => categoriesOf.get(code)?.has(category) ?? false;
  const names = new Map(villageRows.map((v) => [v.code, v.name]));
  const isVillage = (code: string) => !names.get(code)?.endsWith('社区');
  const pairedVillageOf = new Map(
    pairings.map((p) => [p.unitId, { village: p.targetCode, from: p.validFrom }]),
  );

  // Which villages have teams: registered poor villages since 2018 (P17.1.2-cover), relocation sites since
  // 2021 (P21.2-scope), and the paired village of the demo accounts; four others have needs only.
  const poor = villageRows.filter((v) => has(v.code, 'registeredPoor')).map((v) => v.code);
  const relocation = villageRows
    .filter((v) => !poor.includes(v.code) && has(v.code, 'relocationSite'))
    .slice(0, 8)
    .map((v) => v.code);
  for (const p of pairings)
    if (!poor.includes(p.targetCode) && !relocation.includes(p.targetCode)) relocation.push(p.targetCode);
  const served = new Set([...poor, ...relocation]);
  const openVillages = villageRows
    .filter((v) => !served.has(v.code) && isVillage(v.code))
    .sort(
      (a, b) =>
        Number(has(b.code, 'weakPartyOrg') || has(b.code, 'weakEconomy')) -
        Number(has(a.code, 'weakPartyOrg') || has(a.code, 'weakEconomy')),
    )
    .slice(0, 4)
    .map((v) => v.code);
  const paired = new Set(pairings.map((p) => p.targetCode));
  const ordinary = poor.filter((c) => !paired.has(c));
  const endingSoon = ordinary.slice(0, 4);
  const handingOver = ordinary.slice(4, 6);
  const recallVillage = ordinary[6];

  // ── Plan the generations of every served village, newest first, then in date order ─────────────
  const plans: Plan[] = [];
  const needs = new Map<string, NeedPlan>();
  const teamStarts = new Map<string, { village: string; start: IsoDate }>();
  const addGeneration = (
    village: string,
    start: IsoDate,
    plannedEnd: IsoDate,
    end: IsoDate | null,
    fsEnd: IsoDate | null = end,
  ) => {
    const teamKey = randomUUID();
    const needKey = randomUUID();
    teamStarts.set(teamKey, { village, start });
    const effectiveOn = addDays(start, -between(45, 90));
    needs.set(needKey, {
      id: needKey,
      village,
      firstSecretary: true,
      members: 2,
      effectiveOn,
      status: 'filled',
      // The reason is the county's words; the rule goes in the basis (clerk finding 8).
      ...(policyVersionOn(effectiveOn) === 'P17'
        ? needText('P17.1.2-cover', '建档立卡贫困村，按一村一队选派驻村工作队')
        : needText('P21.2-scope', '脱贫村（易地扶贫搬迁安置村）继续选派第一书记和工作队')),
    });
    const base = { village, teamKey, needKey, start, plannedEnd };
    plans.push({
      ...base,
      id: randomUUID(),
      role: 'first_secretary',
      plannedEnd: fsEnd && isBefore(plannedEnd, fsEnd) ? fsEnd : plannedEnd,
      end: fsEnd,
      endReason: fsEnd ? 'rotated' : null,
    });
    for (let m = 0; m < 2; m++) {
      plans.push({ ...base, id: randomUUID(), role: 'member', end, endReason: end ? 'completed' : null });
    }
    return needKey;
  };

  // The first handover's successor is already on post (since 5 days), so its three lists can be prepared and
  // confirmed (issue 12, P21.5-rotate); the second's arrives in 17 days.
  const handoverEnd = (village: string) => addDays(today, village === handingOver[0] ? 8 : 30);
  for (const village of served) {
    let currentEnd: IsoDate;
    if (endingSoon.includes(village))
      currentEnd = addDays(today, [25, 48, 70, 85][endingSoon.indexOf(village)]!);
    else if (handingOver.includes(village)) currentEnd = handoverEnd(village);
    else currentEnd = lastDayOfTwoYears(addDays(today, -between(210, 540)));
    let start = twoYearsEndingOn(currentEnd);
    addGeneration(village, start, currentEnd, null);
    const p21Only = !poor.includes(village);
    for (;;) {
      const overlap = between(7, 21);
      const end = addDays(start, overlap);
      const previousStart = twoYearsEndingOn(end);
      if (p21Only && isBefore(previousStart, P21_IN_FORCE_FROM)) break;
      if (isBefore(previousStart, FIRST_TEAMS_FROM)) break;
      // The earliest team of a registered poor village was sent in 2018 and served until the rotation.
      const earliest = !p21Only && isBefore(addYears(previousStart, -2), FIRST_TEAMS_FROM);
      const first = earliest
        ? minDate(addDays(FIRST_TEAMS_FROM, between(0, 120)), previousStart)
        : previousStart;
      // Before 2021-05-11 no overlap was required: two villages show the weeks their post stood empty, while
      // the members stayed on (P17.2.3-stay: the team was not withdrawn).
      const p17Gap = isBefore(start, P21_IN_FORCE_FROM) && endingSoon.slice(0, 2).includes(village);
      addGeneration(village, first, end, end, p17Gap ? addDays(start, -between(20, 40)) : end);
      start = first;
      if (earliest) break;
    }
  }

  // The recall: the first secretary of the 2023–2025 team is recalled after some ten months; the need
  // reopens and a replacement serves to the end of that team's terms (a shorter term, with its reason).
  if (recallVillage) {
    const fsOfVillage = plans
      .filter((p) => p.village === recallVillage && p.role === 'first_secretary')
      .sort((a, b) => compareDates(a.start, b.start));
    const recalled = fsOfVillage[fsOfVillage.length - 2];
    if (recalled?.end) {
      const recallOn = addDays(recalled.start, between(280, 320));
      const replacementStart = addDays(recallOn, between(30, 45));
      plans.push({
        ...recalled,
        id: randomUUID(),
        start: replacementStart,
        plannedEnd: recalled.end,
        overrides: [{ ruleId: 'P21.5-term', reason: '接替被召回的第一书记，任期至本批工作队期满轮换' }],
      });
      Object.assign(recalled, {
        end: recallOn,
        endReason: 'recalled',
        endNote: '年度考核不称职，群众反映长期不在岗；驻村工作领导小组提出召回意见，派出单位确认召回',
      });
    }
  }

  // Two handovers under way: the successor first secretary arrives 13 days before the predecessor leaves;
  // the new team's member places are still open, with decided candidates for matching.
  const openCandidates: { needKey: string; village: string; role: Role; strengths?: Strength[] }[] = [];
  for (const village of handingOver) {
    const currentEnd = handoverEnd(village);
    const needKey = randomUUID();
    const start = addDays(currentEnd, -13);
    const teamKey = randomUUID();
    teamStarts.set(teamKey, { village, start });
    needs.set(needKey, {
      id: needKey,
      village,
      firstSecretary: true,
      members: 2,
      effectiveOn: addDays(today, -60),
      status: 'open',
      ...needText('P21.5-rotate', '本批任期将满，到期轮换，选派下一批第一书记和工作队'),
    });
    plans.push({
      id: randomUUID(),
      village,
      teamKey,
      needKey,
      role: 'first_secretary',
      start,
      plannedEnd: lastDayOfTwoYears(start),
      end: null,
      endReason: null,
    });
    openCandidates.push({ needKey, village, role: 'member' });
  }
  // Villages with a need only: a first secretary and two members each; one candidate proposed for the first
  // village suits another one better, so matching moves him.
  openVillages.forEach((village, i) => {
    const needKey = randomUUID();
    needs.set(needKey, {
      id: needKey,
      village,
      firstSecretary: true,
      members: 2,
      effectiveOn: addDays(today, -45),
      status: 'open',
      ...(has(village, 'weakPartyOrg')
        ? needText('P21.2-weak', '村党组织软弱涣散，整顿期间选派第一书记')
        : needText('P21.2-other', '乡村振兴任务重，县里研究决定选派第一书记和工作队')),
    });
    openCandidates.push({ needKey, village, role: 'first_secretary' });
    if (i < 2)
      openCandidates.push({ needKey, village, role: 'member' }, { needKey, village, role: 'member' });
    if (i === 0)
      openCandidates.push({ needKey, village, role: 'first_secretary', strengths: ['party_mass'] });
  });

  // ── People: in date order, each term takes a cadre who is free, eligible and of a unit that may go ─────
  const busyUntil = new Map<string, IsoDate>();
  const order = [...unitPool].sort(() => rand() - 0.5);
  const fits = (
    row: { cadre: CadreRow; unit: UnitRow },
    village: string,
    role: Role,
    start: IsoDate,
    lastDay: IsoDate | null,
  ) => {
    const busy = busyUntil.get(row.cadre.id);
    if (busy && !isBefore(addDays(busy, REST_DAYS), start)) return false;
    if (lastDay === null && busy) return false;
    if (isBefore(start, addYears(row.cadre.birthDate as IsoDate, 23))) return false;
    if (isBefore(start, row.cadre.workStartedOn as IsoDate)) return false;
    // A first secretary is a full party member of a year's standing on the first day, in 2018 as well
    // (clerk finding 8: a first secretary of 2018 became a full member only in 2025).
    if (
      role === 'first_secretary' &&
      (!row.cadre.partyFullOn || isBefore(start, addYears(row.cadre.partyFullOn as IsoDate, 1)))
    )
      return false;
    const pairing = pairedVillageOf.get(row.unit.id);
    if (pairing && (pairing.village !== village || isBefore(start, pairing.from as IsoDate))) return false;
    const findings = checkCandidate({
      cadre: cadreFactsOf(row.cadre),
      unit: unitFactsOf(row.unit),
      role,
      date: start,
    });
    return findings.every((v) => v.severity === 'info');
  };
  const take = (
    village: string,
    role: Role,
    start: IsoDate,
    lastDay: IsoDate | null,
    wantStrength?: Strength,
  ) => {
    const paired = pairings.find((p) => p.targetCode === village && !isBefore(start, p.validFrom as IsoDate));
    const candidates = [
      ...(paired && role === 'first_secretary' ? order.filter((r) => r.unit.id === paired.unitId) : []),
      ...(wantStrength ? order.filter((r) => r.cadre.strengths.includes(wantStrength)) : []),
      ...order,
    ];
    const found = candidates.find((r) => fits(r, village, role, start, lastDay));
    if (!found) throw new Error(`demo teams: no free ${role} for ${village} on ${start}`);
    busyUntil.set(found.cadre.id, lastDay ?? '9000-01-01');
    return found;
  };
  plans.sort(
    (a, b) =>
      compareDates(a.start, b.start) || (a.role === b.role ? 0 : a.role === 'first_secretary' ? -1 : 1),
  );
  const unitOf = new Map<string, UnitRow>();
  for (const p of plans) {
    const row = take(p.village, p.role, p.start, p.end ?? p.plannedEnd);
    p.cadre = row.cadre;
    unitOf.set(row.cadre.id, row.unit);
  }
  const candidateRows = openCandidates.map((c) => ({
    ...c,
    row: take(c.village, c.role, addDays(today, -40), null, c.strengths?.[0]),
  }));

  // ── Check every term and handover with the tenure rules, and keep what they found ──────────────────
  const termsByVillage = new Map<string, Term[]>();
  for (const p of plans) {
    const list = termsByVillage.get(p.village) ?? [];
    list.push({
      id: p.id,
      teamRole: p.role,
      startOn: p.start,
      plannedEndOn: p.plannedEnd,
      endOn: p.end,
      endReason: p.endReason,
    });
    termsByVillage.set(p.village, list);
  }
  const findingsOf = new Map<string, ReturnType<typeof recordedFindings>>();
  for (const p of plans) {
    const terms = termsByVillage.get(p.village)!;
    const found = [
      checkTerm(p.start, p.plannedEnd),
      p.role === 'first_secretary'
        ? checkHandover({ startOn: p.start, predecessor: predecessorOf(terms, p.start) })
        : null,
    ].filter((v): v is Violation => v !== null);
    const resolution = resolveOverrides(found, p.overrides ?? []);
    if (!resolution.ok) {
      throw new Error(
        `demo teams: ${p.village} ${p.role} ${p.start}: ${resolution.blocking.map((v) => v.ruleId).join(', ')}`,
      );
    }
    findingsOf.set(p.id, recordedFindings(resolution));
  }

  // ── Rows ─────────────────────────────────────────────────────────────────────────────────────────
  const now = container.clock.now();
  const actor = systemActor(ACTOR);
  const province = provinceOf(DEMO_COUNTY);
  const teamIds = new Map<string, string>();
  const teamRows: (typeof teams.$inferInsert)[] = [];
  for (const village of new Set([...teamStarts.values()].map((t) => t.village))) {
    const own = [...teamStarts.entries()]
      .filter(([, t]) => t.village === village)
      .sort(([, a], [, b]) => compareDates(a.start, b.start));
    own.forEach(([key, t], i) => {
      const id = randomUUID();
      teamIds.set(key, id);
      teamRows.push({
        id,
        villageCode: village,
        provinceCode: province,
        countyCode: DEMO_COUNTY,
        batch: i + 1,
        startedOn: t.start,
      });
    });
  }
  const needRows = [...needs.values()].map((n) => ({
    id: n.id,
    villageCode: n.village,
    provinceCode: province,
    countyCode: DEMO_COUNTY,
    firstSecretary: n.firstSecretary,
    members: n.members,
    reason: n.reason,
    basis: n.basis,
    status: n.status,
    effectiveOn: n.effectiveOn,
    policyVersion: policyVersionOn(n.effectiveOn),
    createdByName: ACTOR,
    createdAt: now,
    updatedAt: now,
  }));
  const nominationRows: (typeof nominations.$inferInsert)[] = [];
  const stepRows: (typeof nominationSteps.$inferInsert)[] = [];
  const nominate = (
    cadre: CadreRow,
    unitId: string,
    needKey: string,
    village: string,
    role: Role,
    on: IsoDate,
  ) => {
    const id = randomUUID();
    nominationRows.push({
      id,
      cadreId: cadre.id,
      unitId,
      needId: needKey,
      villageCode: village,
      provinceCode: province,
      countyCode: DEMO_COUNTY,
      role,
      source: rand() < 0.3 ? 'application' : 'recommendation',
      nominatedOn: on,
      policyVersion: policyVersionOn(on),
      status: 'decided',
      checks: { political: 'pass', conduct: 'pass', ability: 'pass', workStyle: 'pass', integrity: 'pass' },
      createdAt: now,
      updatedAt: now,
    });
    const steps = [
      ['propose', null, 'proposed', 'P21.3-propose', 0],
      ['check', 'proposed', 'checked', 'P21.3-checks', 7],
      ['file', 'checked', 'filed', 'P21.3-file', 12],
      ['decide', 'filed', 'decided', 'P21.3-decide', 18],
    ] as const;
    for (const [step, from, to, ruleId, days] of steps) {
      const onDate = addDays(on, days);
      stepRows.push({
        nominationId: id,
        step,
        fromStatus: from,
        toStatus: to,
        actorName: ACTOR,
        actorRoles: ['org_admin'],
        at: new Date(`${onDate}T02:00:00Z`),
        onDate,
        note: null,
        detail: policyVersionOn(onDate) === 'P21' ? { ruleId } : {},
      });
    }
    return id;
  };
  const assignmentRows: (typeof assignments.$inferInsert)[] = plans.map((p) => {
    const unit = unitOf.get(p.cadre!.id)!;
    const need = needs.get(p.needKey)!;
    const nominatedOn = addDays(need.effectiveOn, between(5, 20));
    return {
      id: p.id,
      teamId: teamIds.get(p.teamKey)!,
      nominationId: nominate(
        p.cadre!,
        unit.id,
        p.needKey,
        p.village,
        p.role,
        isBefore(nominatedOn, p.start) ? nominatedOn : addDays(p.start, -20),
      ),
      cadreId: p.cadre!.id,
      unitId: unit.id,
      villageCode: p.village,
      provinceCode: province,
      countyCode: DEMO_COUNTY,
      teamRole: p.role,
      startOn: p.start,
      plannedEndOn: p.plannedEnd,
      endOn: p.end,
      endReason: p.endReason,
      endNote: p.endNote ?? null,
      violations: findingsOf.get(p.id) ?? [],
      overrides: p.overrides ?? [],
      partyRelationTransferredOn: p.cadre!.partyStatus === 'none' ? null : addDays(p.start, between(5, 25)),
      fullTimeAcknowledgedOn: isBefore(today, p.start) ? null : p.start,
      createdAt: now,
      updatedAt: now,
    };
  });
  // Cadres who arrived in the last month have not transferred their party relation yet (the board says so).
  for (const a of assignmentRows) {
    if (a.partyRelationTransferredOn && !isBefore(a.partyRelationTransferredOn as IsoDate, today))
      a.partyRelationTransferredOn = null;
  }
  for (const c of candidateRows)
    nominate(c.row.cadre, c.row.unit.id, c.needKey, c.village, c.role, addDays(today, -40));

  const recalledPlan = plans.find((p) => p.endReason === 'recalled');
  const counts = await db.transaction(async (tx) => {
    const batches = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += 400) await insert(rows.slice(i, i + 400));
    };
    await batches(needRows, (chunk) => tx.insert(villageNeeds).values(chunk));
    await batches(nominationRows, (chunk) => tx.insert(nominations).values(chunk));
    await batches(stepRows, (chunk) => tx.insert(nominationSteps).values(chunk));
    await batches(teamRows, (chunk) => tx.insert(teams).values(chunk));
    await batches(assignmentRows, (chunk) => tx.insert(assignments).values(chunk));
    if (recalledPlan?.end) {
      await tx.insert(recallProposals).values({
        assignmentId: recalledPlan.id,
        unitId: unitOf.get(recalledPlan.cadre!.id)!.id,
        provinceCode: province,
        countyCode: DEMO_COUNTY,
        villageCode: recalledPlan.village,
        reasons: recalledPlan.endNote!,
        status: 'confirmed',
        proposedByName: LEADING_GROUP,
        proposedAt: new Date(`${addDays(recalledPlan.end, -21)}T02:00:00Z`),
        confirmedAt: new Date(`${recalledPlan.end}T02:00:00Z`),
        endOn: recalledPlan.end,
      });
    }
    const summary = {
      teams: teamRows.length,
      assignments: assignmentRows.length,
      onPost: assignmentRows.filter((a) => a.endOn === null && !isBefore(today, a.startOn as IsoDate)).length,
      needs: needRows.length,
      openNeeds: needRows.filter((n) => n.status === 'open').length,
      candidates: candidateRows.length,
      recalls: recalledPlan ? 1 : 0,
    };
    await container.repositories.audit.append(
      tx,
      actor,
      {
        action: 'demo.teams',
        entityType: 'demo',
        entityId: DEMO_COUNTY,
        regionCode: DEMO_COUNTY,
        after: summary,
      },
      now,
    );
    return summary;
  });
  return counts;
}
