import { policyVersionOn } from '../../../domain/policy/versions';
import { countyOf, townshipOf } from '../../../domain/regions/code';
import {
  type BoardTerm,
  firstSecretaryGaps,
  lastDayOf,
  onPostOn,
  shortfallOf,
  teamWarnings,
  termProgress,
} from '../../../domain/tenure';
import { type IsoDate, isAfter, isBefore, todayInShanghai } from '../../../domain/time';
import { notFound } from '../../../shared/errors';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AssignmentRepository, AssignmentRow } from '../assignments/assignments.repository';
import { termOf, toAssignmentView } from '../assignments/assignments.view';
import type { Clock } from '../users/users.service';
import type { TeamRepository } from './teams.repository';

const VILLAGE = { zh: '村', en: 'village' };
const COUNTY = { zh: '县', en: 'county' };

const findingView = (v: { ruleId: string; severity: 'block' | 'warn' | 'info'; message: unknown }) => ({
  ruleId: v.ruleId,
  severity: v.severity,
  message: v.message as string,
});

export function createTeamService(deps: {
  db: Db;
  teams: TeamRepository;
  assignments: AssignmentRepository;
  clock: Clock;
}) {
  const { db, teams: repo, assignments, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  return {
    /**
     * Every team of a village and its assignments in time order, with the day ranges the village had no
     * first secretary. Gaps run from the first first secretary's start to the last one's last day, and on
     * to the date while an open need still asks for a first secretary (the village is waiting).
     */
    async villageTeams(actor: Actor, code: string, date?: string) {
      const village = await repo.findVillage(db, actor.scope, code);
      if (!village) throw notFound(VILLAGE);
      const on = (date ?? today()) as IsoDate;
      const rows = await assignments.ofVillages(db, [code]);
      const teamRows = await assignments.teamsOf(db, [code]);
      const openNeeds = await assignments.openNeedsOf(db, [code]);
      const terms = rows.map(termOf);
      const waiting = openNeeds.some((n) => shortfallOf(n, terms, on).firstSecretary);
      const gaps = firstSecretaryGaps(terms, waiting ? on : undefined);
      const fsNow = rows.find((r) => r.teamRole === 'first_secretary' && onPostOn(termOf(r), on));
      return {
        villageCode: village.code,
        villageName: village.name,
        countyCode: countyOf(code),
        date: on,
        teams: teamRows.map((t) => {
          const own = rows.filter((r) => r.teamId === t.id);
          const last = own.reduce<IsoDate | null>((max, r) => {
            const d = lastDayOf(termOf(r));
            return max && !isAfter(d, max) ? max : d;
          }, null);
          return {
            id: t.id,
            batch: t.batch,
            startedOn: t.startedOn,
            lastDay: last,
            policyVersion: policyVersionOn(t.startedOn as IsoDate),
            current: own.some((r) => onPostOn(termOf(r), on)),
            assignments: own.map((r) => toAssignmentView(r, on)),
          };
        }),
        gaps,
        firstSecretaryNow: fsNow
          ? { assignmentId: fsNow.id, cadreId: fsNow.cadreId, cadreName: fsNow.cadreName }
          : null,
      };
    },

    /**
     * The county's team board on a date: each village with an open need or a team — its current team
     * (the latest one with someone on post, or about to start), roles, term progress and warnings.
     */
    async teamBoard(actor: Actor, countyCode: string, date?: string) {
      const county = await repo.findCounty(db, actor.scope, countyCode);
      if (!county) throw notFound(COUNTY);
      const on = (date ?? today()) as IsoDate;
      const codes = await repo.boardVillages(db, actor.scope, countyCode);
      const rows = await assignments.ofVillages(db, codes);
      const teamRows = await assignments.teamsOf(db, codes);
      const openNeeds = await repo.openNeedsOfCounty(db, countyCode);
      const needIds = openNeeds.map((n) => n.id);
      const candidates = await repo.candidatesByNeed(db, needIds);
      const names = await repo.names(db, [...codes, ...new Set(codes.map((c) => townshipOf(c)))]);
      const partyMembers = await repo.partyMembers(db, [...new Set(rows.map((r) => r.cadreId))]);
      const rowsBy = groupBy(rows, (r) => r.villageCode);
      const teamsBy = groupBy(teamRows, (t) => t.villageCode);
      const needsBy = groupBy(openNeeds, (n) => n.villageCode);
      const villages = [];
      for (const code of codes) {
        const villageRows = rowsBy.get(code) ?? [];
        const villageTerms = villageRows.map(termOf);
        // What is still short once the people on post are counted: the same count as the needs proposal and
        // matching (shortfallOf, clerk finding 1) — a full team serving on is not shown as short.
        const needs = (needsBy.get(code) ?? []).map((n) => {
          const short = shortfallOf(n, villageTerms, on);
          return {
            id: n.id,
            firstSecretary: n.firstSecretary,
            members: n.members,
            remaining: { firstSecretary: short.firstSecretary ? 1 : 0, members: short.members },
            candidates: candidates.get(n.id) ?? 0,
          };
        });
        const current = currentTeam(teamsBy.get(code) ?? [], villageRows, on);
        if (!current && needs.length === 0) continue;
        // The current team from the date on, and whoever else is on post that day (the outgoing team
        // during a handover).
        const members = villageRows.filter(
          (r) => (r.teamId === current?.id && !isBefore(lastDayOf(termOf(r)), on)) || onPostOn(termOf(r), on),
        );
        const boardTerms: BoardTerm[] = villageRows.map((r) => ({
          ...termOf(r),
          cadreName: r.cadreName,
          partyRelationTransferredOn: r.partyRelationTransferredOn as IsoDate | null,
          partyMember: partyMembers.has(r.cadreId),
        }));
        const needsFirstSecretary =
          needs.some((n) => n.remaining.firstSecretary > 0) ||
          members.some((r) => r.teamRole === 'first_secretary');
        villages.push({
          villageCode: code,
          villageName: names.get(code) ?? code,
          townshipCode: townshipOf(code),
          townshipName: names.get(townshipOf(code)) ?? townshipOf(code),
          team: current ? { id: current.id, batch: current.batch, startedOn: current.startedOn } : null,
          members: members.map((r) => ({
            assignmentId: r.id,
            cadreId: r.cadreId,
            cadreName: r.cadreName,
            unitName: r.unitName,
            teamRole: termOf(r).teamRole,
            startOn: r.startOn,
            plannedEndOn: r.plannedEndOn,
            endOn: r.endOn,
            progress: termProgress(termOf(r), on),
            partyRelationTransferredOn: r.partyRelationTransferredOn,
            fullTimeAcknowledgedOn: r.fullTimeAcknowledgedOn,
          })),
          openNeeds: needs,
          warnings: teamWarnings({ date: on, villageTerms: boardTerms, needsFirstSecretary }).map(
            findingView,
          ),
        });
      }
      return { countyCode, countyName: county.name, date: on, villages, total: villages.length };
    },
  };
}
export type TeamService = ReturnType<typeof createTeamService>;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** The latest team with someone on post on the date, else the latest one about to start. */
function currentTeam<T extends { id: string; batch: number }>(
  teams: readonly T[],
  rows: readonly AssignmentRow[],
  on: IsoDate,
): T | null {
  const sorted = [...teams].sort((a, b) => b.batch - a.batch);
  const withOnPost = sorted.find((t) => rows.some((r) => r.teamId === t.id && onPostOn(termOf(r), on)));
  if (withOnPost) return withOnPost;
  return sorted.find((t) => rows.some((r) => r.teamId === t.id && isAfter(r.startOn as IsoDate, on))) ?? null;
}
