import { and, eq } from 'drizzle-orm';
import { type Grade, surveyQuestions } from '../../domain/assessment';
import { addDays, todayInShanghai } from '../../domain/time';
import type { Container } from '../container';
import { systemActor } from '../context';
import {
  assessmentBatches,
  assessmentSubjects,
  cadreOutcomes,
  surveyCodes,
  surveyResponses,
} from '../db/schema';
import { DEMO_COUNTY, seeded } from './data';

// Assessment demo (issue 13 item 6): last year's annual batch of 开阳县 decided and published, with the villagers'
// and village cadres' answers of a few villages and commendations on the files of the 优秀; this year's batch
// in progress, with codes issued in three villages and partly used, a few scores entered. The batches are
// opened through the service (eligibility, scheme, audit); scores, answers and grades are written directly
// (the demo seed writes outside the request path), grades as the scheme proposes them, so the ladder and the
// quota hold.

const DEMO_VILLAGE = '520121101200';

export async function seedAssessmentDemo(container: Container): Promise<void> {
  const db = container.database.db;
  const [done] = await db
    .select({ id: assessmentBatches.id })
    .from(assessmentBatches)
    .where(eq(assessmentBatches.regionCode, DEMO_COUNTY))
    .limit(1);
  if (done) return;
  const service = container.services.assessment;
  const system = systemActor('demo');
  const today = todayInShanghai(container.clock.now());
  const year = Number(today.slice(0, 4));
  const rnd = seeded(13);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;

  async function scoreSummaries(batchId: string, share: number) {
    const subjects = await db
      .select()
      .from(assessmentSubjects)
      .where(and(eq(assessmentSubjects.batchId, batchId), eq(assessmentSubjects.eligible, true)));
    for (const s of subjects) {
      if (rnd() > share) continue;
      const at = new Date(`${today}T02:00:00Z`).toISOString();
      await db
        .update(assessmentSubjects)
        .set({
          adjustments: {
            summary: {
              score: 78 + Math.round(rnd() * 36) / 2,
              reason: '依据年度书面工作总结和述职评定',
              byName: 'demo_org',
              at,
            },
          },
        })
        .where(eq(assessmentSubjects.id, s.id));
    }
    return subjects;
  }

  async function answers(
    batchId: string,
    villageCode: string,
    audience: 'villagers' | 'village_cadres',
    issued: number,
    used: number,
    expiresOn: string,
    answeredOn: string,
  ) {
    const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
    const codes = Array.from({ length: issued }, () =>
      Array.from({ length: 8 }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(''),
    );
    await db.insert(surveyCodes).values(
      codes.map((code, i) => ({
        code,
        batchId,
        villageCode,
        audience,
        expiresOn,
        usedOn: i < used ? answeredOn : null,
      })),
    );
    if (used > 0) {
      await db.insert(surveyResponses).values(
        Array.from({ length: used }, () => ({
          batchId,
          villageCode,
          audience,
          answers: surveyQuestions[audience].map(() => pick([3, 4, 4, 4, 5, 5, 5])),
          answeredOn,
        })),
      );
    }
  }

  // ── last year: decided and published ──
  const last = await service.open(system, { kind: 'annual', region: DEMO_COUNTY, year: year - 1 });
  const lastSubjects = await scoreSummaries(last.id, 1);
  const villages = [...new Set(lastSubjects.map((s) => s.villageCode))];
  const voiced = [DEMO_VILLAGE, ...villages.filter((v) => v !== DEMO_VILLAGE).slice(0, 7)];
  for (const v of voiced) {
    if (!villages.includes(v)) continue;
    await answers(
      last.id,
      v,
      'villagers',
      30,
      18 + Math.floor(rnd() * 10),
      `${year - 1}-12-31`,
      `${year - 1}-12-${10 + Math.floor(rnd() * 10)}`,
    );
    await answers(
      last.id,
      v,
      'village_cadres',
      7,
      5 + Math.floor(rnd() * 3),
      `${year - 1}-12-31`,
      `${year - 1}-12-${10 + Math.floor(rnd() * 10)}`,
    );
  }
  const proposals = await service.proposals(system, last.id, 'zh');
  const decidedAt = new Date(`${year}-01-15T02:00:00Z`);
  const excellent: string[] = [];
  for (const p of proposals) {
    const grade: Grade = p.proposedGrade ?? 'competent';
    if (grade === 'excellent') excellent.push(p.cadreId);
    await db
      .update(assessmentSubjects)
      .set({
        grade,
        gradeReason: grade === p.proposedGrade ? null : '考核组综合评定',
        decidedFigures: {
          components: p.components,
          total: p.total,
          absences: p.absences,
          proposedGrade: p.proposedGrade,
        },
        decidedByName: 'demo_org',
        decidedAt,
      })
      .where(and(eq(assessmentSubjects.batchId, last.id), eq(assessmentSubjects.cadreId, p.cadreId)));
  }
  await db
    .update(assessmentBatches)
    .set({ status: 'published', publishedAt: new Date(`${year}-01-20T02:00:00Z`) })
    .where(eq(assessmentBatches.id, last.id));
  const subjectsByCadre = new Map(lastSubjects.map((s) => [s.cadreId, s]));
  for (const cadreId of excellent) {
    const s = subjectsByCadre.get(cadreId);
    if (!s) continue;
    await db.insert(cadreOutcomes).values([
      {
        cadreId,
        unitId: s.unitId,
        villageCode: s.villageCode,
        batchId: last.id,
        kind: 'commendation',
        on: `${year}-02-10`,
        decisionMaker: '开阳县委组织部',
        basis: `${year - 1}年度驻村干部考核优秀，予以通报表扬`,
        ruleId: 'P21.5-use',
        recordedByName: 'demo_org',
        recordedAt: new Date(`${year}-02-10T02:00:00Z`),
      },
      {
        cadreId,
        unitId: s.unitId,
        villageCode: s.villageCode,
        batchId: last.id,
        kind: 'reserve_listing',
        on: `${year}-03-01`,
        decisionMaker: '派出单位党委',
        basis: '驻村工作实绩突出，列为后备干部',
        ruleId: 'P21.5-use',
        recordedByName: 'demo_org',
        recordedAt: new Date(`${year}-03-01T02:00:00Z`),
      },
    ]);
  }

  // ── this year: in progress ──
  const current = await service.open(system, { kind: 'annual', region: DEMO_COUNTY, year });
  const currentSubjects = await scoreSummaries(current.id, 0.3);
  const currentVillages = [...new Set(currentSubjects.map((s) => s.villageCode))];
  const open = [DEMO_VILLAGE, ...currentVillages.filter((v) => v !== DEMO_VILLAGE).slice(0, 2)];
  const expiresOn = addDays(today, 30);
  for (const [i, v] of open.entries()) {
    if (!currentVillages.includes(v)) continue;
    await answers(current.id, v, 'villagers', 30, [12, 6, 0][i] ?? 0, expiresOn, addDays(today, -1 - i));
    await answers(current.id, v, 'village_cadres', 7, [4, 2, 0][i] ?? 0, expiresOn, addDays(today, -1 - i));
  }
}
