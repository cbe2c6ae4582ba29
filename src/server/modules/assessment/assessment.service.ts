import { randomInt } from 'node:crypto';
import { regionInScope } from '../../../domain/access/scope';
import {
  answerLabels,
  CODE_ALPHABET,
  CODE_LENGTH,
  type ComponentKey,
  componentKeys,
  componentLabels,
  decisionRefusal,
  displayCode,
  eligibilityOf,
  excellentQuota,
  FEW_ANSWERS,
  type Grade,
  gradeLabels,
  isCodeShape,
  type Limit,
  normaliseCode,
  proposeGrades,
  round1,
  type Scheme,
  type SurveyAudience,
  schemeOf,
  schemeProblems,
  surveyQuestions,
  surveyScore,
  weightedTotal,
} from '../../../domain/assessment';
import { isRuleId } from '../../../domain/policy/catalogue';
import type { Parameters } from '../../../domain/settings/catalogue';
import { addDays, type IsoDate, isAfter, todayInShanghai } from '../../../domain/time';
import type {
  BatchView,
  OpenBatchBody,
  ProposalView,
  SubjectView,
} from '../../../shared/contracts/assessment';
import { AppError, type LocalisedText, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import { type Actor, hasRole, systemActor } from '../../context';
import type { Db } from '../../db/client';
import type { AttendanceService } from '../attendance/attendance.service';
import type { AuditRepository } from '../audit/audit.repository';
import type { RecallService } from '../recalls/recalls.service';
import type { Clock } from '../users/users.service';
import type { AssessmentRepository, BatchRecord, OutcomeRecord, SubjectRow } from './assessment.repository';

const BATCH = { zh: '考核批次', en: 'assessment batch' };
const CADRE = { zh: '驻村干部', en: 'cadre' };
const SUBJECT = { zh: '考核对象', en: 'cadre assessed' };
const CODE = { zh: '测评码', en: 'survey code' };

type Lang = 'zh' | 'en';

const outcomeLabels: Record<string, LocalisedText> = {
  commendation: { zh: '表彰', en: 'commendation' },
  reserve_listing: { zh: '列为后备干部', en: 'reserve-cadre listing' },
  promotion_reference: { zh: '提拔使用参考', en: 'promotion reference' },
  criticism: { zh: '批评教育', en: 'criticism' },
  recall_proposal: { zh: '召回调整（提出召回意见）', en: 'recall proposal' },
  serious_handling: { zh: '严肃处理', en: 'serious handling' },
  unit_accountability: { zh: '派出单位有关负责同志问责', en: 'accountability of the dispatching unit' },
  other: { zh: '其他', en: 'other' },
};

const policyRefusal = (limit: Limit) =>
  new AppError(
    'POLICY_VIOLATION',
    {
      zh: `不符合规定：【${limit.ruleId}】${limit.message.zh}`,
      en: `Refused under [${limit.ruleId}] ${limit.message.en}`,
    },
    { violations: [{ ruleId: limit.ruleId, severity: 'block', message: limit.message }] },
  );

interface AttendanceFigures {
  months: number;
  monthsWithMinimum: number;
  monthsMet: number;
  workingDays: number;
  daysInVillage: number;
  absentDays: number;
}

export interface Computed {
  subject: SubjectRow;
  components: Record<ComponentKey, number | null>;
  details: Record<
    ComponentKey,
    {
      score: number | null;
      computed: number | null;
      how: LocalisedText;
      records: string[];
      adjustment: { score: number; reason: string; byName: string; at: string } | null;
    }
  >;
  total: number | null;
  complete: boolean;
  absences: number;
  proposedGrade: Grade | null;
  limits: Limit[];
}

/**
 * Assessment (issue 13): batches opened by the county (annual, P21.5-annual) or by a dispatching unit with the
 * county (term-end, P21.5-termend); components computed from the records (P17.5.1-mix); villagers' and
 * village cadres' voices by one-time codes (P21.5-voices); grades under the ladder and the quota; results to
 * the unit's records (P17.5.1-record) and outcomes on the cadre's file (P17.5.2 / P21.5-use, P17.5.3-recall).
 */
export function createAssessmentService(deps: {
  db: Db;
  assessment: AssessmentRepository;
  /** Lazily: the services are built in one object literal in the container. */
  attendance: () => AttendanceService;
  recalls: () => RecallService;
  audit: AuditRepository;
  clock: Clock;
  params: (regionCode: string, on: string) => Promise<Parameters>;
  /** Discipline records of the year (issue 12 item 4: on the file, fed to assessment), lazily. */
  discipline?: () => {
    factsOf(cadreId: string, from: string, to: string): Promise<{ on: string; decision: string }[]>;
  };
}) {
  const { db, assessment: repo, audit, clock } = deps;
  const today = () => todayInShanghai(clock.now());
  const labelsOf = (scheme: Scheme) => gradeLabels[scheme.labels];

  async function batchOr404(actor: Actor, id: string): Promise<BatchRecord> {
    requireCapability(actor, 'assessment.read', { zh: '查看考核', en: 'read assessments' });
    const b = await repo.batch(db, actor.scope, id);
    if (!b) throw notFound(BATCH);
    return b;
  }
  /** Writers act in the batch's county (the organisation department, the leading group). */
  async function writableBatch(
    actor: Actor,
    id: string,
    capability: 'assessment.score' | 'assessment.decide',
  ) {
    requireCapability(actor, capability, {
      zh: capability === 'assessment.score' ? '录入考核得分和测评码' : '评定考核等次',
      en: capability === 'assessment.score' ? 'score assessments' : 'decide assessment grades',
    });
    const b = await repo.batch(db, actor.scope, id);
    if (!b || !regionInScope(actor.scope, b.regionCode)) throw notFound(BATCH);
    return b;
  }
  const requireOpen = (b: BatchRecord) => {
    if (b.status !== 'open') {
      throw new AppError(
        'INVALID_STATE',
        { zh: '该批次考核结果已公布', en: 'The batch is published already' },
        {
          status: b.status,
        },
      );
    }
  };

  function schemeView(s: Scheme, lang: Lang = 'zh') {
    const labels = labelsOf(s);
    return {
      ...s,
      gradeLabels: Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v[lang]])),
    };
  }

  const subjectView = (s: SubjectRow, scheme: Scheme, showGrade: boolean): SubjectView => ({
    cadreId: s.cadreId,
    eligible: s.eligible,
    ...(s.reason ? { reason: s.reason.zh } : {}),
    ruleId: s.ruleId,
    cadreName: s.cadreName,
    unitId: s.unitId,
    unitName: s.unitName,
    villageCode: s.villageCode,
    villageName: s.villageName,
    monthsOnPost: s.monthsOnPost,
    grade: showGrade ? (s.grade ?? null) : null,
    gradeLabel: showGrade && s.grade ? labelsOf(scheme)[s.grade].zh : null,
  });

  const stepsOf = (actor: Actor, b: BatchRecord): string[] => {
    if (b.status !== 'open' || !regionInScope(actor.scope, b.regionCode)) return [];
    return [
      ...(can(actor, 'assessment.score') ? ['adjust', 'surveyCodes'] : []),
      ...(can(actor, 'assessment.decide') ? ['decide', 'publish'] : []),
    ];
  };

  /** A cadre's own account sees grades once published; the offices see them as decided. */
  const gradesShown = (actor: Actor, b: BatchRecord) => b.status === 'published' || !actor.scope.cadreId;

  async function view(actor: Actor, b: BatchRecord): Promise<BatchView> {
    const names = await repo.regionNames(db, [b.regionCode]);
    const subjects = await repo.subjects(db, actor.scope, b.id);
    return {
      id: b.id,
      kind: b.kind,
      region: b.regionCode,
      regionName: names.get(b.regionCode) ?? b.regionCode,
      unitId: b.unitId,
      year: b.year,
      status: b.status,
      scheme: schemeView(b.scheme),
      schemeOn: b.schemeOn,
      openedAt: b.openedAt.toISOString(),
      publishedAt: b.publishedAt?.toISOString() ?? null,
      subjects: subjects.map((s) => subjectView(s, b.scheme, gradesShown(actor, b))),
      allowedSteps: stepsOf(actor, b),
    };
  }

  // ── components from the records ──

  /** The ledger's monthly aggregates of the batch's county for the year's months up to today (fresh). */
  async function attendanceOf(b: BatchRecord): Promise<Map<string, AttendanceFigures>> {
    const t = today();
    const out = new Map<string, AttendanceFigures>();
    const system = systemActor('assessment');
    for (let m = 1; m <= 12; m++) {
      const month = `${b.year}-${String(m).padStart(2, '0')}`;
      if (month > t.slice(0, 7)) break;
      for (let page = 1; ; page++) {
        const s = await deps
          .attendance()
          .summary(system, { region: b.regionCode, month, page, pageSize: 2000 });
        for (const r of s.rows) {
          const f = out.get(r.assignmentId) ?? {
            months: 0,
            monthsWithMinimum: 0,
            monthsMet: 0,
            workingDays: 0,
            daysInVillage: 0,
            absentDays: 0,
          };
          f.months++;
          if (r.meetsMinimum !== null) {
            f.monthsWithMinimum++;
            if (r.meetsMinimum) f.monthsMet++;
          }
          f.workingDays += r.workingDays;
          f.daysInVillage += r.daysInVillage;
          f.absentDays += r.absentDays;
          out.set(r.assignmentId, f);
        }
        if (page * 2000 >= s.total) break;
      }
    }
    return out;
  }

  async function compute(b: BatchRecord, subjects: SubjectRow[]): Promise<Computed[]> {
    const eligible = subjects.filter((s) => s.eligible);
    const attendance = await attendanceOf(b);
    const responses = await repo.responses(db, b.id);
    const labels = labelsOf(b.scheme);
    const rows: Computed[] = [];
    for (const s of eligible) {
      const a = attendance.get(s.assignmentId);
      const absences = a?.absentDays ?? 0;
      const attendanceScore = !a
        ? null
        : a.monthsWithMinimum > 0
          ? round1((100 * a.monthsMet) / a.monthsWithMinimum)
          : a.workingDays > 0
            ? round1(Math.min(100, (100 * a.daysInVillage) / a.workingDays))
            : null;
      const tasks = (await repo.tasksOf(db, s.villageCode, s.cadreId, b.year)).filter(
        (x) => x.status !== 'dropped',
      );
      const done = tasks.filter((x) => x.status === 'done').length;
      const logs = await repo.workLogCount(db, s.cadreId, b.year);
      const reports = await repo.halfYearReportsOf(db, s.cadreId, b.year);
      const reportStatus = { draft: '草稿', submitted: '已提交', reviewed: '已审阅' } as Record<
        string,
        string
      >;
      const voices = (aud: SurveyAudience) =>
        surveyScore(
          responses
            .filter((r) => r.villageCode === s.villageCode && r.audience === aud)
            .map((r) => r.answers),
        );
      const v = voices('villagers');
      const vc = voices('village_cadres');
      const computedScores: Record<ComponentKey, number | null> = {
        attendance: attendanceScore,
        performance: tasks.length ? round1((100 * done) / tasks.length) : null,
        summary: null,
        villagers: v.score,
        villageCadres: vc.score,
      };
      const how: Record<ComponentKey, LocalisedText> = {
        attendance: a
          ? a.monthsWithMinimum > 0
            ? {
                zh: `考勤台账：${a.months}个月中${a.monthsWithMinimum}个月有驻村天数下限，达到${a.monthsMet}个月，得分 = 达标月数 ÷ 有下限月数 × 100；在村${a.daysInVillage}天/工作日${a.workingDays}天；无故缺勤${absences}天（缺勤阶梯另行适用）`,
                en: `ledger: ${a.monthsMet} of ${a.monthsWithMinimum} months met the monthly minimum (score = met ÷ months × 100); ${a.daysInVillage} days in the village of ${a.workingDays} working days; ${absences} unexcused absence(s) (the ladder applies separately)`,
              }
            : {
                zh: `考勤台账：在村${a.daysInVillage}天 ÷ 工作日${a.workingDays}天 × 100；无故缺勤${absences}天`,
                en: `ledger: ${a.daysInVillage} days in the village ÷ ${a.workingDays} working days × 100; ${absences} absence(s)`,
              }
          : { zh: '考勤台账无本年记录', en: 'no ledger months in the year' },
        performance: tasks.length
          ? {
              zh: `村任务清单：本年${tasks.length}项（不含已撤销），完成${done}项，得分 = 完成数 ÷ 项数 × 100。工作日志${logs}篇仅供参考、不计分（X19-burden）`,
              en: `village task list: ${done} of ${tasks.length} items done (score = done ÷ items × 100). ${logs} work log(s) shown for reference, never scored (X19-burden)`,
            }
          : {
              zh: `无记录：本年村任务清单为空，请考核组评定并填写理由。工作日志${logs}篇仅供参考、不计分（X19-burden）`,
              en: `no records: no task-list items this year; the committee scores it with a reason. ${logs} work log(s) for reference only (X19-burden)`,
            },
        summary: reports.length
          ? {
              zh: `半年工作报告${reports.length}份（${reports.map((r) => `${r.period} ${reportStatus[r.status] ?? r.status}`).join('，')}）；报告不自动计分，请考核组依据报告和年度总结评分并填写理由`,
              en: `${reports.length} half-year report(s) (${reports.map((r) => `${r.period} ${r.status}`).join(', ')}); reports are not scored by the system: the committee scores them with a reason`,
            }
          : {
              zh: '无记录：本年没有半年工作报告，请考核组依据书面工作总结评分并填写理由',
              en: 'no records: no half-year report this year; the committee scores the written summary with a reason',
            },
        villagers: {
          zh: `村民测评：${v.count}份答卷，各题1至5分，得分 = (平均分 − 1) ÷ 4 × 100${v.count < FEW_ANSWERS ? `；答卷少于${FEW_ANSWERS}份，结果仅供参考` : ''}`,
          en: `villagers: ${v.count} answer sheet(s), 1–5 each, score = (mean − 1) ÷ 4 × 100${v.count < FEW_ANSWERS ? `; fewer than ${FEW_ANSWERS} answers, indicative only` : ''}`,
        },
        villageCadres: {
          zh: `村干部评议：${vc.count}份答卷，得分 = (平均分 − 1) ÷ 4 × 100${vc.count < FEW_ANSWERS ? `；答卷少于${FEW_ANSWERS}份，结果仅供参考` : ''}`,
          en: `village cadres: ${vc.count} answer sheet(s), score = (mean − 1) ÷ 4 × 100${vc.count < FEW_ANSWERS ? `; fewer than ${FEW_ANSWERS}, indicative only` : ''}`,
        },
      };
      const records: Record<ComponentKey, string[]> = {
        attendance: a ? [`attendance_months:${s.assignmentId}:${b.year}`] : [],
        performance: tasks.map(
          (x) => `village_task:${x.id} ${x.title}（${x.status === 'done' ? '已完成' : '进行中'}）`,
        ),
        summary: reports.map(
          (r) => `half_year_report:${r.id} ${r.period}（${reportStatus[r.status] ?? r.status}）`,
        ),
        villagers: v.count ? [`survey:${s.villageCode}:villagers ${v.distribution.join('/')}`] : [],
        villageCadres: vc.count
          ? [`survey:${s.villageCode}:village_cadres ${vc.distribution.join('/')}`]
          : [],
      };
      const components = { ...computedScores };
      const details = {} as Computed['details'];
      for (const k of componentKeys) {
        const adj = s.adjustments[k];
        if (adj) components[k] = adj.score;
        details[k] = {
          score: components[k],
          computed: computedScores[k],
          how: how[k],
          records: records[k],
          adjustment: adj ?? null,
        };
      }
      const { total, complete } = weightedTotal(components, b.scheme.weights);
      rows.push({
        subject: s,
        components,
        details,
        total,
        complete,
        absences,
        proposedGrade: null,
        limits: [],
      });
    }
    const { proposals } = proposeGrades(
      rows.map((r) => ({ cadreId: r.subject.cadreId, total: r.total, absences: r.absences })),
      b.scheme,
      labels,
    );
    proposals.forEach((p, i) => {
      rows[i]!.proposedGrade = p.proposedGrade;
      rows[i]!.limits = p.limits;
    });
    // Discipline records of the year go before the committee with the proposal (P21.5-discipline): a note
    // beside the limits, not a cap — the committee weighs them.
    const discipline = deps.discipline?.();
    if (discipline) {
      const decided: Record<string, { zh: string; en: string }> = {
        reminder: { zh: '提醒', en: 'reminder' },
        criticism: { zh: '批评', en: 'criticism' },
        recall_proposed: { zh: '提出召回', en: 'recall proposed' },
        other: { zh: '其他', en: 'other' },
      };
      for (const r of rows) {
        const facts = await discipline.factsOf(r.subject.cadreId, `${b.year}-01-01`, `${b.year}-12-31`);
        if (!facts.length) continue;
        const last = [...facts].sort((x, y) => (x.on < y.on ? 1 : -1))[0]!;
        const what = decided[last.decision] ?? { zh: last.decision, en: last.decision };
        r.limits = [
          ...r.limits,
          {
            ruleId: 'P21.5-discipline',
            message: {
              zh: `本年度纪律记录 ${facts.length} 条（最近 ${last.on}，${what.zh}），请考核委员会评定时一并考虑`,
              en: `${facts.length} discipline record(s) this year (latest ${last.on}, ${what.en}); for the committee to weigh`,
            },
          },
        ];
      }
    }
    return rows;
  }

  const proposalView = (b: BatchRecord, c: Computed, lang: Lang, showGrade: boolean): ProposalView => {
    const labels = labelsOf(b.scheme);
    return {
      cadreId: c.subject.cadreId,
      components: c.components,
      total: c.total,
      proposedGrade: c.proposedGrade,
      limits: c.limits.map((l) => ({ ruleId: l.ruleId, message: l.message[lang] })),
      cadreName: c.subject.cadreName,
      unitName: c.subject.unitName,
      villageCode: c.subject.villageCode,
      villageName: c.subject.villageName,
      complete: c.complete,
      absences: c.absences,
      details: Object.fromEntries(
        componentKeys.map((k) => [k, { ...c.details[k], how: c.details[k].how[lang] }]),
      ),
      proposedGradeLabel: c.proposedGrade ? labels[c.proposedGrade][lang] : null,
      grade: showGrade ? (c.subject.grade ?? null) : null,
      gradeLabel: showGrade && c.subject.grade ? labels[c.subject.grade][lang] : null,
      gradeReason: showGrade ? c.subject.gradeReason : null,
    };
  };

  // One computation of a batch serves the reads that arrive together (the page asks for the proposals and the
  // progress at once) and for a few seconds after; every write of this service to the batch drops it.
  const cache = new Map<string, { at: number; rows: Promise<Computed[]> }>();
  const CACHE_MS = 15_000;
  const forget = (batchId: string) => cache.delete(batchId);
  function computedAll(b: BatchRecord): Promise<Computed[]> {
    const hit = cache.get(b.id);
    const now = clock.now().getTime();
    if (hit && now - hit.at < CACHE_MS) return hit.rows;
    const rows = repo.allSubjects(db, b.id).then((subjects) => compute(b, subjects));
    cache.set(b.id, { at: now, rows });
    rows.catch(() => forget(b.id));
    return rows;
  }

  async function computedFor(actor: Actor, b: BatchRecord) {
    const visible = new Set((await repo.subjects(db, actor.scope, b.id)).map((s) => s.cadreId));
    const all = await computedAll(b);
    return all.filter((c) => visible.has(c.subject.cadreId));
  }

  function newCode(): string {
    let s = '';
    for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    return s;
  }

  return {
    async open(actor: Actor, body: OpenBatchBody): Promise<BatchView> {
      requireCapability(actor, 'assessment.open', { zh: '开启考核批次', en: 'open assessment batches' });
      const unitId = body.unitId ?? null;
      if (body.kind === 'annual' && !hasRole(actor, 'sys_admin', 'org_admin')) {
        // P21.5-annual: the county organisation department assesses every year.
        throw new AppError('FORBIDDEN', {
          zh: '年度考核由县委组织部组织（P21.5-annual）',
          en: 'The annual assessment is organised by the county organisation department (P21.5-annual)',
        });
      }
      if (body.kind === 'annual' && unitId) {
        throw validation([
          {
            field: 'unitId',
            message: { zh: '年度考核按县开展，不指定单位', en: 'an annual batch covers the county; no unit' },
          },
        ]);
      }
      const mayUnit = unitId !== null && (actor.scope.national || actor.scope.units.includes(unitId));
      if (!regionInScope(actor.scope, body.region) && !(body.kind === 'term_end' && mayUnit)) {
        throw notFound({ zh: '行政区划', en: 'region' });
      }
      if (body.kind === 'term_end' && !regionInScope(actor.scope, body.region) && !unitId) {
        throw validation([
          { field: 'unitId', message: { zh: '派出单位开展期满考核须指定本单位', en: 'name your unit' } },
        ]);
      }
      const names = await repo.regionNames(db, [body.region]);
      if (!names.has(body.region)) throw notFound({ zh: '行政区划', en: 'region' });
      if (unitId && !(await repo.unitName(db, unitId))) throw notFound({ zh: '派出单位', en: 'unit' });
      const t = today();
      const yearEnd = `${body.year}-12-31` as IsoDate;
      const schemeOn = isAfter(yearEnd, t) ? t : yearEnd;
      const scheme = schemeOf(await deps.params(body.region, schemeOn));
      const problems = schemeProblems(scheme);
      if (problems.length) {
        throw policyRefusal({
          ruleId: 'P17.5.1-mix',
          message: {
            zh: `${names.get(body.region)}${schemeOn}施行的考核方案不可用：${problems.map((p) => p.zh).join('；')}，请先在“参数设置”中修改`,
            en: `the scheme in force on ${schemeOn} cannot be used: ${problems.map((p) => p.en).join('; ')}`,
          },
        });
      }
      if (await repo.existingBatch(db, body.kind, body.region, body.year, unitId)) {
        throw new AppError('CONFLICT', {
          zh: `${names.get(body.region)}${body.year}年的${body.kind === 'annual' ? '年度' : '期满'}考核批次已开启`,
          en: `The ${body.kind} batch of ${body.region} for ${body.year} is open already`,
        });
      }
      const list = await repo.assignmentsForBatch(db, body.region, body.year, unitId);
      const latest = new Map<string, (typeof list)[number]>();
      for (const a of list) latest.set(a.cadreId, a); // ordered by start: the last assignment of the year
      const now = clock.now();
      const created = await db.transaction(async (tx) => {
        const batch = await repo.insertBatch(tx, {
          kind: body.kind,
          regionCode: body.region,
          provinceCode: body.region.slice(0, 2),
          unitId,
          year: body.year,
          scheme,
          schemeOn,
          openedBy: actor.userId,
          openedAt: now,
        });
        await repo.insertSubjects(
          tx,
          [...latest.values()].map((a) => {
            const e = eligibilityOf({
              kind: body.kind,
              year: body.year,
              startOn: a.startOn as IsoDate,
              plannedEndOn: a.plannedEndOn as IsoDate,
              endOn: (a.endOn as IsoDate | null) ?? null,
              endReason: a.endReason ?? null,
              minMonthsOnPost: scheme.minMonthsOnPost,
            });
            return {
              batchId: batch.id,
              cadreId: a.cadreId,
              assignmentId: a.id,
              unitId: a.unitId,
              villageCode: a.villageCode,
              eligible: e.eligible,
              reason: e.reason ?? null,
              ruleId: e.ruleId,
              monthsOnPost: e.monthsOnPost,
            };
          }),
        );
        await audit.append(
          tx,
          actor,
          {
            action: 'assessment.open',
            entityType: 'assessment_batch',
            entityId: batch.id,
            regionCode: body.region,
            ...(unitId ? { unitId } : {}),
            after: {
              kind: body.kind,
              year: body.year,
              scheme,
              schemeOn,
              subjects: latest.size,
              ruleId: body.kind === 'annual' ? 'P21.5-annual' : 'P21.5-termend',
            },
          },
          now,
        );
        return batch;
      });
      return view(actor, created);
    },

    async get(actor: Actor, id: string) {
      return view(actor, await batchOr404(actor, id));
    },

    async list(actor: Actor, q: { year?: number | undefined; region?: string | undefined }) {
      requireCapability(actor, 'assessment.read', { zh: '查看考核', en: 'read assessments' });
      const rows = await repo.listBatches(db, actor.scope, {
        ...(q.year ? { year: q.year } : {}),
        ...(q.region ? { region: q.region } : {}),
      });
      const names = await repo.regionNames(db, [...new Set(rows.map((r) => r.b.regionCode))]);
      return {
        items: rows.map(({ b, eligible, decided }) => ({
          id: b.id,
          kind: b.kind,
          region: b.regionCode,
          regionName: names.get(b.regionCode) ?? b.regionCode,
          unitId: b.unitId,
          year: b.year,
          status: b.status,
          scheme: schemeView(b.scheme),
          schemeOn: b.schemeOn,
          openedAt: b.openedAt.toISOString(),
          publishedAt: b.publishedAt?.toISOString() ?? null,
          allowedSteps: stepsOf(actor, b),
          eligible,
          decided,
        })),
      };
    },

    async proposals(actor: Actor, id: string, lang: Lang): Promise<ProposalView[]> {
      const b = await batchOr404(actor, id);
      const show = gradesShown(actor, b);
      return (await computedFor(actor, b)).map((c) => proposalView(b, c, lang, show));
    },

    /** Everything the registration form needs, from one computation. */
    async formData(actor: Actor, id: string, cadreId: string) {
      const b = await batchOr404(actor, id);
      const c = (await computedFor(actor, b)).find((x) => x.subject.cadreId === cadreId);
      if (!c) throw notFound(SUBJECT);
      const names = await repo.regionNames(db, [b.regionCode]);
      return {
        batch: b,
        computed: c,
        countyName: names.get(b.regionCode) ?? b.regionCode,
        labels: labelsOf(b.scheme),
        shown: gradesShown(actor, b),
      };
    },

    async adjust(
      actor: Actor,
      id: string,
      body: { cadreId: string; component: ComponentKey; score: number; reason: string },
    ) {
      const b = await writableBatch(actor, id, 'assessment.score');
      requireOpen(b);
      const subject = (await repo.allSubjects(db, b.id)).find(
        (s) => s.cadreId === body.cadreId && s.eligible,
      );
      if (!subject) throw notFound(SUBJECT);
      const before = subject.adjustments[body.component] ?? null;
      const adjustment = {
        score: round1(body.score),
        reason: body.reason,
        byName: actor.username,
        at: clock.now().toISOString(),
      };
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.updateSubject(tx, subject.id, {
          adjustments: { ...subject.adjustments, [body.component]: adjustment },
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'assessment.adjust',
            entityType: 'assessment_subject',
            entityId: subject.id,
            regionCode: subject.villageCode,
            unitId: subject.unitId,
            before: { [body.component]: before },
            after: {
              batchId: b.id,
              cadreId: subject.cadreId,
              component: body.component,
              score: adjustment.score,
              reason: body.reason,
              ruleId: 'P17.5.1-mix',
            },
          },
          now,
        );
      });
      forget(b.id);
      return { cadreId: subject.cadreId, component: body.component, ...adjustment };
    },

    async decide(
      actor: Actor,
      id: string,
      body: { cadreId: string; grade: Grade; reason?: string | undefined },
    ) {
      const b = await writableBatch(actor, id, 'assessment.decide');
      requireOpen(b);
      // The proposal (it needs the whole batch, for the quota) may come from the moment's computation; the
      // cadre's own figures — the absences the ladder counts — are computed afresh.
      const proposed = (await computedAll(b)).find((x) => x.subject.cadreId === body.cadreId);
      const subject = (await repo.allSubjects(db, b.id)).find(
        (s) => s.cadreId === body.cadreId && s.eligible,
      );
      if (!proposed || !subject) throw notFound(SUBJECT);
      const [own] = await compute(b, [subject]);
      const c = { ...own!, proposedGrade: proposed.proposedGrade, limits: proposed.limits };
      const labels = labelsOf(b.scheme);
      const reason = body.reason?.trim() || null;
      if (c.proposedGrade && body.grade !== c.proposedGrade && (!reason || [...reason].length < 4)) {
        throw validation([
          {
            field: 'reason',
            message: {
              zh: `与建议等次（${labels[c.proposedGrade].zh}）不同，请填写理由（至少4个字）`,
              en: `differs from the proposed grade (${labels[c.proposedGrade].en}); give the reason (at least 4 characters)`,
            },
          },
        ]);
      }
      const now = clock.now();
      const decided = await db.transaction(async (tx) => {
        const locked = await repo.lockBatch(tx, b.id);
        if (!locked) throw notFound(BATCH);
        requireOpen(locked);
        const all = await repo.allSubjects(tx, b.id);
        const eligible = all.filter((s) => s.eligible);
        const excellentOthers = eligible.filter(
          (s) => s.grade === 'excellent' && s.cadreId !== body.cadreId,
        ).length;
        const refusal = decisionRefusal({
          grade: body.grade,
          absences: c.absences,
          scheme: b.scheme,
          eligible: eligible.length,
          excellentOthers,
          labels,
        });
        if (refusal) throw policyRefusal(refusal);
        const subject = all.find((s) => s.cadreId === body.cadreId)!;
        const row = await repo.updateSubject(tx, subject.id, {
          grade: body.grade,
          gradeReason: reason,
          decidedFigures: {
            components: c.components,
            total: c.total,
            absences: c.absences,
            proposedGrade: c.proposedGrade,
          },
          decidedBy: actor.userId,
          decidedByName: actor.username,
          decidedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'assessment.decide',
            entityType: 'assessment_subject',
            entityId: subject.id,
            regionCode: subject.villageCode,
            unitId: subject.unitId,
            before: { grade: subject.grade ?? null },
            after: {
              batchId: b.id,
              cadreId: subject.cadreId,
              grade: body.grade,
              proposedGrade: c.proposedGrade,
              total: c.total,
              ...(reason ? { reason } : {}),
              ruleId: 'P17.5.1-mix',
            },
          },
          now,
        );
        return row;
      });
      forget(b.id);
      return {
        cadreId: decided.cadreId,
        grade: body.grade,
        gradeLabel: labels[body.grade].zh,
        reason,
        decidedAt: now.toISOString(),
        decidedByName: actor.username,
      };
    },

    /** Results to the dispatching units' records, the cadres and their files (P17.5.1-record, P21.5-annual). */
    async publish(actor: Actor, id: string) {
      const b = await writableBatch(actor, id, 'assessment.decide');
      requireOpen(b);
      const all = await repo.allSubjects(db, b.id);
      const open = all.filter((s) => s.eligible && !s.grade);
      if (open.length) {
        throw new AppError('INVALID_STATE', {
          zh: `还有${open.length}人未评定等次，不能公布`,
          en: `${open.length} cadre(s) have no grade yet`,
        });
      }
      const now = clock.now();
      await db.transaction(async (tx) => {
        const row = await repo.publish(tx, b.id, actor.userId, now);
        if (!row)
          throw new AppError('INVALID_STATE', { zh: '该批次已公布', en: 'The batch is published already' });
        const byUnit = new Map<string, Record<string, number>>();
        for (const s of all.filter((x) => x.eligible)) {
          const counts = byUnit.get(s.unitId) ?? {};
          counts[s.grade!] = (counts[s.grade!] ?? 0) + 1;
          byUnit.set(s.unitId, counts);
        }
        // One record per dispatching unit: the unit's audit trail holds its cadres' results (P17.5.1-record).
        for (const [unitId, counts] of byUnit) {
          await audit.append(
            tx,
            actor,
            {
              action: 'assessment.publish',
              entityType: 'assessment_batch',
              entityId: b.id,
              regionCode: b.regionCode,
              unitId,
              after: {
                year: b.year,
                kind: b.kind,
                grades: counts,
                ruleId: 'P17.5.1-record',
              },
            },
            now,
          );
        }
      });
      forget(b.id);
      return view(actor, (await repo.batch(db, actor.scope, b.id))!);
    },

    async progress(actor: Actor, id: string) {
      const b = await batchOr404(actor, id);
      const computed = await computedFor(actor, b);
      const all = await repo.allSubjects(db, b.id);
      const eligibleCount = all.filter((s) => s.eligible).length;
      const visibleVillages = new Set((await repo.subjects(db, actor.scope, b.id)).map((s) => s.villageCode));
      const counts = (await repo.codeCounts(db, b.id)).filter((c) => visibleVillages.has(c.villageCode));
      const responses = await repo.responses(db, b.id);
      const names = await repo.regionNames(
        db,
        counts.map((c) => c.villageCode),
      );
      return {
        batchId: b.id,
        status: b.status,
        subjects:
          computed.length + (await repo.subjects(db, actor.scope, b.id)).filter((s) => !s.eligible).length,
        eligible: computed.length,
        componentsComplete: computed.filter((c) => c.complete).length,
        gradesProposed: computed.filter((c) => c.proposedGrade).length,
        gradesDecided: computed.filter((c) => c.subject.grade).length,
        excellentQuota: excellentQuota(eligibleCount, b.scheme.excellentSharePercent),
        excellentDecided: all.filter((s) => s.grade === 'excellent').length,
        villages: counts.map((c) => {
          const r = surveyScore(
            responses
              .filter((x) => x.villageCode === c.villageCode && x.audience === c.audience)
              .map((x) => x.answers),
          );
          return {
            villageCode: c.villageCode,
            villageName: names.get(c.villageCode) ?? c.villageCode,
            audience: c.audience as SurveyAudience,
            codesIssued: c.issued,
            answered: r.count,
            distribution: r.distribution,
            score: r.score,
            confidenceNote:
              r.count < FEW_ANSWERS
                ? `仅${r.count}份答卷（少于${FEW_ANSWERS}份），结果仅供参考，不宜单独作为评定依据`
                : null,
          };
        }),
      };
    },

    async issueCodes(
      actor: Actor,
      id: string,
      body: { villageCode: string; audience: SurveyAudience; count: number; expiresOn?: string | undefined },
    ) {
      const b = await writableBatch(actor, id, 'assessment.score');
      requireOpen(b);
      const subjects = await repo.allSubjects(db, b.id);
      if (!subjects.some((s) => s.villageCode === body.villageCode && s.eligible)) {
        throw validation([
          {
            field: 'villageCode',
            message: { zh: '该村没有本批次的考核对象', en: 'no cadre of this batch serves that village' },
          },
        ]);
      }
      const t = today();
      const expiresOn = body.expiresOn ?? addDays(t, 30);
      if (expiresOn < t) {
        throw validation([
          { field: 'expiresOn', message: { zh: '有效期不能早于今天', en: 'cannot be before today' } },
        ]);
      }
      const codes = new Set<string>();
      while (codes.size < body.count) codes.add(newCode());
      const now = clock.now();
      await db.transaction(async (tx) => {
        await repo.insertCodes(
          tx,
          [...codes].map((code) => ({
            code,
            batchId: b.id,
            villageCode: body.villageCode,
            audience: body.audience,
            expiresOn,
          })),
        );
        await audit.append(
          tx,
          actor,
          {
            action: 'assessment.surveyCodes',
            entityType: 'assessment_batch',
            entityId: b.id,
            regionCode: body.villageCode,
            after: {
              villageCode: body.villageCode,
              audience: body.audience,
              count: body.count,
              expiresOn,
              ruleId: 'P21.5-voices',
            },
          },
          now,
        );
      });
      forget(b.id);
      return {
        codes: [...codes].sort().map((code) => ({
          code,
          display: displayCode(code),
          path: `/survey/${code}`,
          expiresOn,
        })),
      };
    },

    async unusedCodes(actor: Actor, id: string, q: { villageCode: string; audience: SurveyAudience }) {
      const b = await writableBatch(actor, id, 'assessment.score');
      const rows = await repo.unusedCodes(db, b.id, q.villageCode, q.audience);
      const t = today();
      const names = await repo.regionNames(db, [q.villageCode, b.regionCode]);
      return {
        batch: b,
        villageName: names.get(q.villageCode) ?? q.villageCode,
        countyName: names.get(b.regionCode) ?? b.regionCode,
        codes: rows.filter((r) => r.expiresOn >= t),
      };
    },

    // ── the public survey: no session, nothing that identifies the answerer ──

    async surveyQuestions(typed: string, lang: Lang) {
      const code = normaliseCode(typed);
      if (!isCodeShape(code)) throw notFound(CODE);
      const row = await repo.code(db, code);
      if (!row || row.c.expiresOn < today() || row.batchStatus !== 'open') throw notFound(CODE);
      if (row.c.usedOn) {
        throw new AppError('CONFLICT', {
          zh: '该测评码已使用，每个码只能答一次',
          en: 'This code has been used; one answer per code',
        });
      }
      const audience = row.c.audience as SurveyAudience;
      return {
        audience,
        villageName: row.villageName ?? '',
        year: row.year,
        questions: surveyQuestions[audience].map((q) => ({ text: q[lang] })),
        scale: answerLabels.map((l, i) => ({ value: i + 1, label: l[lang] })),
        expiresOn: row.c.expiresOn,
      };
    },

    async answerSurvey(typed: string, answers: number[]) {
      const code = normaliseCode(typed);
      if (!isCodeShape(code)) throw notFound(CODE);
      const day = today();
      await db.transaction(async (tx) => {
        const row = await repo.code(tx, code);
        if (!row || row.c.expiresOn < day || row.batchStatus !== 'open') throw notFound(CODE);
        const taken = await repo.takeCode(tx, code, day);
        if (!taken) {
          throw new AppError('CONFLICT', {
            zh: '该测评码已使用，每个码只能答一次',
            en: 'This code has been used; one answer per code',
          });
        }
        // No code, no address, no agent, no time of day: the village, the audience, the answers and the day.
        forget(taken.batchId);
        await repo.insertResponse(tx, {
          batchId: taken.batchId,
          villageCode: taken.villageCode,
          audience: taken.audience,
          answers,
          answeredOn: day,
        });
      });
    },

    // ── the cadre's file ──

    async history(actor: Actor, cadreId: string) {
      requireCapability(actor, 'assessment.read', { zh: '查看考核', en: 'read assessments' });
      const cadre = await repo.cadre(db, actor.scope, cadreId);
      if (!cadre) throw notFound(CADRE);
      const rows = await repo.history(db, actor.scope, cadreId);
      const own = Boolean(actor.scope.cadreId);
      return {
        cadreId,
        assessments: rows.map((r) => {
          const shown = r.status === 'published' || !own;
          return {
            batchId: r.batchId,
            kind: r.kind,
            year: r.year,
            status: r.status,
            grade: shown ? (r.grade ?? null) : null,
            gradeLabel: shown && r.grade ? gradeLabels[r.scheme.labels][r.grade].zh : null,
            decidedAt: shown ? (r.decidedAt?.toISOString() ?? null) : null,
            villageName: r.villageName ?? r.villageCode,
          };
        }),
        outcomes: (await repo.outcomes(db, cadreId)).map(outcomeView),
      };
    },

    async recordOutcome(
      actor: Actor,
      cadreId: string,
      body: {
        kind: string;
        on: string;
        basis: string;
        ruleId?: string | undefined;
        decisionMaker?: string | undefined;
        batchId?: string | undefined;
      },
    ) {
      requireCapability(actor, 'outcomes.record', { zh: '记录考核结果运用', en: 'record outcomes' });
      const cadre = await repo.cadre(db, actor.scope, cadreId);
      if (!cadre) throw notFound(CADRE);
      const defaultRule =
        body.kind === 'commendation' || body.kind === 'reserve_listing' || body.kind === 'promotion_reference'
          ? body.on < '2021-05-11'
            ? 'P17.5.2'
            : 'P21.5-use'
          : body.kind === 'other'
            ? null
            : 'P17.5.3-recall';
      const ruleId = body.ruleId ?? defaultRule;
      if (!ruleId || !isRuleId(ruleId)) {
        throw validation([
          {
            field: 'ruleId',
            message: {
              zh: ruleId ? `规则编号 ${ruleId} 不存在` : '请填写依据的规则编号',
              en: ruleId ? `no rule ${ruleId}` : 'name the rule id it rests on',
            },
          },
        ]);
      }
      if (body.on > today()) {
        throw validation([
          { field: 'on', message: { zh: '日期不能晚于今天', en: 'cannot be in the future' } },
        ]);
      }
      const decisionMaker =
        body.decisionMaker ??
        (hasRole(actor, 'org_admin')
          ? '县委组织部'
          : hasRole(actor, 'leading_group')
            ? '县驻村工作领导小组'
            : hasRole(actor, 'unit_hr', 'unit_committee')
              ? `${cadre.unitName}党委（党组）`
              : actor.username);
      const assignment = await repo.latestAssignment(db, cadreId);
      const now = clock.now();
      const created = await db.transaction(async (tx) => {
        let recallProposalId: string | null = null;
        if (body.kind === 'recall_proposal') {
          // Through the existing recall workflow (P17.5.3-recall): the county proposes, the unit confirms.
          if (!assignment || assignment.endOn) {
            throw new AppError('INVALID_STATE', {
              zh: '该干部当前不在驻村任期内，不能提出召回',
              en: 'The cadre is not on post; no recall can be proposed',
            });
          }
          recallProposalId = await deps
            .recalls()
            .proposeWithin(tx, actor, assignment.id, { reasons: body.basis });
        }
        const row = await repo.insertOutcome(tx, {
          cadreId,
          unitId: cadre.unitId,
          villageCode: assignment?.villageCode ?? null,
          batchId: body.batchId ?? null,
          kind: body.kind as OutcomeRecord['kind'],
          on: body.on,
          decisionMaker,
          basis: body.basis,
          ruleId,
          recallProposalId,
          recordedBy: actor.userId,
          recordedByName: actor.username,
          recordedAt: now,
        });
        // Fed back to the dispatching unit: the record carries the unit, whose users read it on the cadre's file.
        await audit.append(
          tx,
          actor,
          {
            action: 'cadre.outcome',
            entityType: 'cadre_outcome',
            entityId: row.id,
            ...(assignment ? { regionCode: assignment.villageCode } : {}),
            unitId: cadre.unitId,
            after: { cadreId, kind: body.kind, on: body.on, decisionMaker, basis: body.basis, ruleId },
          },
          now,
        );
        return row;
      });
      return outcomeView(created);
    },

    async distribution(actor: Actor, q: { year: number; region: string }) {
      requireCapability(actor, 'assessment.read', { zh: '查看考核', en: 'read assessments' });
      if (!actor.scope.national && !regionInScope(actor.scope, q.region) && actor.scope.units.length === 0) {
        throw notFound({ zh: '行政区划', en: 'region' });
      }
      const rows = await repo.distribution(db, actor.scope, q.region, q.year);
      const byCounty = new Map<string, Record<string, number>>();
      const byUnit = new Map<string, { name: string; counts: Record<string, number> }>();
      for (const r of rows) {
        const c = byCounty.get(r.county) ?? {};
        c[r.grade!] = (c[r.grade!] ?? 0) + r.n;
        byCounty.set(r.county, c);
        const u = byUnit.get(r.unitId) ?? { name: r.unitName, counts: {} };
        u.counts[r.grade!] = (u.counts[r.grade!] ?? 0) + r.n;
        byUnit.set(r.unitId, u);
      }
      const names = await repo.regionNames(db, [...byCounty.keys()]);
      return {
        year: q.year,
        region: q.region,
        labels: Object.fromEntries(Object.entries(gradeLabels.competent).map(([k, v]) => [k, v.zh])),
        byCounty: [...byCounty].map(([code, counts]) => ({ code, name: names.get(code) ?? code, counts })),
        // Sorted by name, never by results: no ranking (X-rules).
        byUnit: [...byUnit]
          .map(([unitId, u]) => ({ unitId, name: u.name, counts: u.counts }))
          .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
      };
    },
  };
}

const outcomeView = (o: OutcomeRecord) => ({
  id: o.id,
  cadreId: o.cadreId,
  kind: o.kind,
  kindLabel: outcomeLabels[o.kind]?.zh ?? o.kind,
  on: o.on,
  decisionMaker: o.decisionMaker,
  basis: o.basis,
  ruleId: o.ruleId,
  unitId: o.unitId,
  recallProposalId: o.recallProposalId,
  recordedByName: o.recordedByName,
  recordedAt: o.recordedAt.toISOString(),
});

export type AssessmentService = ReturnType<typeof createAssessmentService>;
export { componentLabels };
