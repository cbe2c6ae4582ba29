import { matchCounty } from '../../../domain/matching/match';
import type { MatchCandidate, MatchNeed } from '../../../domain/matching/score';
import { checkCandidate, isYoung } from '../../../domain/policy/eligibility';
import { defaultParameters } from '../../../domain/policy/parameters';
import { policyVersionOn } from '../../../domain/policy/versions';
import { fullTermEnd, shortfallOf, type Term } from '../../../domain/tenure';
import { type IsoDate, todayInShanghai } from '../../../domain/time';
import type { AcceptBody, MatchingBody } from '../../../shared/contracts/matching';
import type { NominationStatus } from '../../../shared/contracts/nominations';
import { AppError, notFound } from '../../../shared/errors';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import { cadreFactsOf, unitFactsOf } from '../assignments/assignments.facts';
import type { AssignmentRepository } from '../assignments/assignments.repository';
import {
  type AssignmentService,
  type ParametersOf,
  requireComposer,
} from '../assignments/assignments.service';
import { termOf, toAssignmentView } from '../assignments/assignments.view';
import type { AuditRepository } from '../audit/audit.repository';
import type { NeedRepository } from '../needs/needs.repository';
import type { NominationRepository } from '../nominations/nominations.repository';
import { moveNomination } from '../nominations/nominations.service';
import type { TeamRepository } from '../teams/teams.repository';
import type { Clock } from '../users/users.service';
import type { MatchingRepository } from './matching.repository';

const COUNTY = { zh: '县', en: 'county' };
const NEED = { zh: '选派需求', en: 'village need' };
const CANDIDATE = { zh: '可安排的人选', en: 'available candidate' };

const IN_PROCEDURE = ['proposed', 'checked', 'filed', 'decided'] as const;

/**
 * Matching (科学搭配, P21.3-compose) for a county: its open needs, as the slots still to fill, against its
 * available candidates — decided nominations not yet assigned (and, when asked, those still in the
 * procedure) of cadres not on post — solved exactly by src/domain/matching. Nothing is assigned here;
 * `accept` makes the assignments a person confirmed, through the same service as POST /api/assignments.
 */
export function createMatchingService(deps: {
  db: Db;
  matching: MatchingRepository;
  assignments: AssignmentRepository;
  teams: TeamRepository;
  assignmentService: AssignmentService;
  /** Needs and nominations are written by their own modules (one writer per table). */
  needs: NeedRepository;
  nominations: NominationRepository;
  audit: AuditRepository;
  clock: Clock;
  parameters?: ParametersOf;
}) {
  const { db, matching: repo, assignments, teams, assignmentService, audit, clock } = deps;
  const parametersOf: ParametersOf = deps.parameters ?? (() => defaultParameters);
  const today = () => todayInShanghai(clock.now());

  /** The county must lie inside the actor's regions (a township scope cannot compose a county). */
  async function countyInside(actor: Actor, code: string) {
    const county = await teams.findCounty(db, actor.scope, code);
    if (!county || !(actor.scope.national || actor.scope.regions.some((r) => code.startsWith(r)))) {
      throw notFound(COUNTY);
    }
    return county;
  }

  return {
    async run(actor: Actor, countyCode: string, body: MatchingBody) {
      requireComposer(actor, { zh: '进行科学搭配', en: 'run matching' });
      await countyInside(actor, countyCode);
      const date = (body?.date ?? today()) as IsoDate;
      const needRows = await repo.openNeeds(db, countyCode);
      const villageCodes = [...new Set(needRows.map((r) => r.need.villageCode))];
      // What each village lacks once the people on post are counted (shortfallOf: the same count as the
      // needs proposal and the team board, clerk finding 1).
      const posted = await assignments.ofVillages(db, villageCodes);
      const categories = await repo.categoriesOn(db, villageCodes, date);
      const keyAssisted = await repo.keyAssistedOn(db, countyCode, date);
      const pairings = await repo.villagePairings(db, villageCodes, date);
      const statuses: readonly NominationStatus[] = body?.includeProposed ? IN_PROCEDURE : ['decided'];
      const candidateRows = await repo.candidates(db, countyCode, statuses, date);
      // Provincial parameters in force for the county on the matching date (the settings module).
      const parameters = await parametersOf(countyCode, date);
      const termsBy = new Map<string, Term[]>();
      for (const r of posted) termsBy.set(r.villageCode, [...(termsBy.get(r.villageCode) ?? []), termOf(r)]);
      const villageNames = new Map(
        needRows.map((r) => [r.need.villageCode, r.villageName ?? r.need.villageCode]),
      );
      const needs: MatchNeed[] = [];
      for (const { need } of needRows) {
        // No first secretary while the one on post serves beyond the handover window (issue 9 item 8).
        const left = shortfallOf(need, termsBy.get(need.villageCode) ?? [], date);
        if (!left.firstSecretary && left.members === 0) continue;
        needs.push({
          needId: need.id,
          villageCode: need.villageCode,
          villageName: villageNames.get(need.villageCode)!,
          firstSecretary: left.firstSecretary,
          members: left.members,
          activeCategories: categories.get(need.villageCode) ?? [],
          keyAssistedCounty: keyAssisted,
          pairedUnitIds: pairings.get(need.villageCode) ?? [],
        });
      }
      // One nomination per cadre: the decided one first, then the latest.
      const byCadre = new Map<string, (typeof candidateRows)[number]>();
      for (const row of candidateRows) {
        const seen = byCadre.get(row.cadre.id);
        if (!seen || (seen.nomination.status !== 'decided' && row.nomination.status === 'decided')) {
          byCadre.set(row.cadre.id, row);
        }
      }
      const candidates: MatchCandidate[] = [...byCadre.values()].map(({ nomination, cadre, unit }) => {
        const facts = cadreFactsOf(cadre);
        const eligibleAs = (role: 'first_secretary' | 'member') =>
          checkCandidate({ cadre: facts, unit: unitFactsOf(unit), role, date, parameters }).every(
            (v) => v.severity !== 'block',
          );
        return {
          cadreId: cadre.id,
          name: cadre.name,
          unitId: unit.id,
          proposedNeedId: nomination.needId,
          proposedRole: nomination.role as 'first_secretary' | 'member',
          eligibleAsFirstSecretary: eligibleAs('first_secretary'),
          eligibleAsMember: eligibleAs('member'),
          strengths: facts.strengths,
          ruralExperience: cadre.ruralExperience,
          agriExpertise: cadre.agriExpertise,
          young: isYoung(facts.birthDate, date, parameters.youngAgeLine),
          reserveCadre: cadre.reserveCadre,
        };
      });
      const result = matchCounty({ date, needs, candidates });
      return {
        countyCode,
        date,
        policyVersion: policyVersionOn(date),
        placements: result.placements.map((p) => {
          const { nomination, cadre, unit } = byCadre.get(p.cadreId)!;
          return {
            needId: p.needId,
            villageCode: p.villageCode,
            villageName: villageNames.get(p.villageCode) ?? p.villageCode,
            slot: p.slot,
            cadreId: p.cadreId,
            cadreName: cadre.name,
            unitId: unit.id,
            unitName: unit.name,
            nominationId: nomination.id,
            nominationStatus: nomination.status,
            proposedNeedId: nomination.needId,
            moved: nomination.needId !== p.needId,
            score: p.score,
            reasons: p.reasons.map((r) => ({
              ruleId: r.ruleId,
              points: r.points,
              message: r.message as unknown as string,
            })),
          };
        }),
        unfilled: result.unfilled.map((u) => ({
          needId: u.needId,
          villageCode: u.villageCode,
          villageName: villageNames.get(u.villageCode) ?? u.villageCode,
          slot: u.slot,
          reason: u.reason as unknown as string,
        })),
        totalScore: result.totalScore,
        needs: needs.length,
        candidates: candidates.length,
      };
    },

    /**
     * Makes the assignments of the placements a person accepted, one transaction per line: a candidate
     * placed in another need than the one proposed has the nomination moved there first (audited,
     * P21.3-compose), then the assignment is made by the assignment service with all its rules.
     */
    async accept(actor: Actor, countyCode: string, body: AcceptBody) {
      requireComposer(actor, { zh: '确认科学搭配结果', en: 'accept matching results' });
      await countyInside(actor, countyCode);
      const date = (body.date ?? today()) as IsoDate;
      const results = [];
      for (const p of body.placements) {
        const line = { needId: p.needId, cadreId: p.cadreId, slot: p.slot };
        try {
          const made = await db.transaction(async (tx) => {
            const need = await deps.needs.byId(tx, p.needId);
            if (!need || need.countyCode !== countyCode) throw notFound(NEED);
            const open = await deps.nominations.availableOfCadre(tx, countyCode, p.cadreId);
            const decided = open.filter((n) => n.status === 'decided');
            const nomination = decided.find((n) => n.needId === need.id) ?? decided[0];
            if (!nomination) {
              if (open.length === 0) throw notFound(CANDIDATE);
              throw new AppError(
                'INVALID_STATE',
                {
                  zh: '该人选尚未由派出单位党委研究确定，确定后才能安排驻村',
                  en: 'The candidate is not decided by the unit yet; assign after the decision',
                },
                { status: open[0]!.status },
              );
            }
            const moved = nomination.needId !== need.id;
            if (moved || nomination.role !== p.slot) {
              // A step of the nomination's transition table, with its step row (issue 9).
              await moveNomination(
                tx,
                { nominations: deps.nominations, audit },
                actor,
                nomination,
                need,
                p.slot,
                policyVersionOn(date) === 'P21' ? 'P21.3-compose' : 'P17.2.1-match',
                clock.now(),
              );
            }
            const startOn = (p.startOn ?? date) as IsoDate;
            const { assignment, findings } = await assignmentService.createWithin(tx, actor, {
              nominationId: nomination.id,
              teamRole: p.slot,
              startOn,
              plannedEndOn: p.plannedEndOn ?? fullTermEnd(startOn),
              ...(p.overrides ? { overrides: p.overrides } : {}),
            });
            const [row] = await assignments.byIds(tx, [assignment.id]);
            return { assignment: toAssignmentView(row!, today()), violations: findings, moved };
          });
          results.push({ ...line, ok: true, ...made });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const details = error.details as { violations?: unknown[] } | undefined;
          results.push({
            ...line,
            ok: false,
            moved: false,
            violations: (details?.violations ?? []) as never[],
            error: {
              code: error.code,
              message: error.userMessage as unknown as string,
              ...(error.details ? { details: error.details } : {}),
            },
          });
        }
      }
      const created = results.filter((r) => r.ok).length;
      return { results, created, refused: results.length - created };
    },
  };
}
export type MatchingService = ReturnType<typeof createMatchingService>;
