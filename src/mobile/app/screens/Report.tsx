// 半年工作报告 on the phone (issue 12 item 1; P17.4.2-report, P21.6-burden): the report the system drafted from
// the records, each section with where it came from; the cadre corrects it, writes the parts only it can write
// (thinking, problems and plans) and submits. Saving and submitting go through the outbox like every other
// action, so they work without signal. After the leading group's review the report is read-only with its
// opinion. Loaded lazily: the first screen does not carry it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, NetworkError } from '../api';
import { useMobile } from '../context';
import { cachedGet, type Loaded, type ReportSummary, today } from '../data';
import { useT } from '../i18n';
import { owesReport, periodOf, periodText, previousPeriod } from '../period';
import { keep, type QueueItem } from '../queue';
import { Card, Offline, Screen, StateBadge } from '../ui';

interface Section {
  key: string;
  title: string;
  text: string;
  filledFrom: string[];
  cadreWrites: boolean;
}
interface Report extends ReportSummary {
  status: 'draft' | 'submitted' | 'reviewed';
  version: number;
  sections: Section[];
  prefill: { filled: number; total: number };
  submittedAt: string | null;
  reviewerName: string | null;
  reviewOpinion: string | null;
  hearing: { heardOn: string; opinion: string; hearerName: string } | null;
  allowedSteps: string[];
}

/** The records a section was filled from (the contract's names; kept here so zod stays off the phone). */
const SOURCES: Record<string, { zh: string; en: string }> = {
  attendance: { zh: '考勤', en: 'Attendance' },
  leave: { zh: '请假', en: 'Leave' },
  work_logs: { zh: '工作日志', en: 'Work logs' },
  village_tasks: { zh: '任务清单', en: 'Task list' },
  leader_meetings: { zh: '队长会议', en: 'Leader meetings' },
  trainings: { zh: '出差培训', en: 'Trips and training' },
};
const STATUS = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '已提交，待领导小组审阅', en: 'Submitted, awaiting the leading group' },
  reviewed: { zh: '已审阅', en: 'Reviewed' },
} as const;

const pendingOf = (queue: QueueItem[], id: string | undefined) =>
  queue.filter(
    (i) =>
      (i.kind === 'reportSave' || i.kind === 'reportSubmit') && i.target === id && i.state !== 'accepted',
  );

export default function ReportScreen({ period: asked }: { period?: string }) {
  const { t, l, lang } = useT();
  const { session, queue, online, reload } = useMobile();
  const post = session.cadreAssignment;
  const day = today();
  const current = periodOf(day);
  const ended = previousPeriod(current);
  // The half year just ended, unless the assignment started after it ended: then the current one.
  const owes = post ? owesReport(post.startOn, ended, day) : false;
  const period = asked && /^\d{4}H[12]$/.test(asked) ? asked : owes ? ended : current;

  const [loaded, setLoaded] = useState<Loaded<Report | null>>();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string>();
  const [drafting, setDrafting] = useState(false);
  const [confirming, setConfirming] = useState(false);

  const load = useCallback(async () => {
    if (!post) return;
    const key = `report:${post.id}:${period}`;
    try {
      const list = await cachedGet<{ items: ReportSummary[] }>(
        `${key}:list`,
        `/api/half-year-reports?cadreId=${session.cadreId}&period=${period}&pageSize=5`,
      );
      const found = list.value?.items.find((r) => r.assignmentId === post.id);
      if (!found) {
        setLoaded({ value: null, at: list.at, offline: list.offline });
        return;
      }
      const one = await cachedGet<{ report: Report }>(key, `/api/half-year-reports/${found.id}`);
      setLoaded({ value: one.value?.report ?? null, at: one.at, offline: one.offline });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }, [post, period, session.cadreId]);
  useEffect(() => {
    void load();
  }, [load]);

  const report = loaded?.value ?? undefined;
  const pending = pendingOf(queue, report?.id);
  // What was kept on the phone and not yet accepted is shown over the server's text — set when the report read
  // from the server changes only, so typing is never overwritten by a queue update.
  const queueNow = useRef(queue);
  queueNow.current = queue;
  useEffect(() => {
    if (!report) return;
    const kept: Record<string, string> = {};
    for (const i of pendingOf(queueNow.current, report.id))
      for (const s of (i.body.sections ?? []) as { key: string; text: string }[]) kept[s.key] = s.text;
    setTexts({ ...Object.fromEntries(report.sections.map((s) => [s.key, s.text])), ...kept });
  }, [report]);
  // An item of this report just accepted: read the report again.
  const acceptedHere = queue.filter(
    (i) => (i.kind === 'reportSave' || i.kind === 'reportSubmit') && i.state === 'accepted',
  ).length;
  useEffect(() => {
    if (acceptedHere > 0) void load();
  }, [acceptedHere, load]);

  const draft = async () => {
    if (!post) return;
    setDrafting(true);
    setProblem(undefined);
    try {
      await api('POST', '/api/half-year-reports', { assignmentId: post.id, period });
    } catch (e) {
      // 409: drafted already (on another device or the desktop) — open that one.
      if (!(e instanceof ApiError && e.status === 409))
        setProblem(
          e instanceof NetworkError
            ? t(
                '起草需要信号：系统要读取本半年的记录。',
                'Drafting needs a signal: the system reads the records.',
              )
            : e instanceof Error
              ? e.message
              : String(e),
        );
    } finally {
      setDrafting(false);
    }
    await load();
    void reload();
  };

  const periods = [ended, current].filter((p, n, all) => all.indexOf(p) === n);
  const switcher = (
    <nav className="actions small" aria-label={t('半年', 'Half year')}>
      {periods.map((p) => (
        <a key={p} className="action" href={`#/report/${p}`} aria-current={p === period ? 'page' : undefined}>
          {periodText(p, lang)}
        </a>
      ))}
    </nav>
  );

  if (!post)
    return (
      <Screen title={t('半年工作报告', 'Half-year report')}>
        <p className="muted">{t('今天没有在岗的驻村任期。', 'No assignment on post today.')}</p>
      </Screen>
    );

  const title = `${t('半年工作报告', 'Half-year report')} · ${periodText(period, lang)}`;
  if (loaded === undefined)
    return (
      <Screen title={title}>
        {switcher}
        <p className="loading">{problem ?? t('正在打开…', 'Opening…')}</p>
      </Screen>
    );
  if (!report)
    return (
      <Screen title={title}>
        {loaded.offline || !online ? <Offline at={loaded.at} /> : null}
        {switcher}
        <Card>
          <p>
            {t(
              `${periodText(period, 'zh')}的报告还没有起草。系统会根据本半年的考勤、日志、任务、会议和培训记录起草，你只需核对修改，补写思想、问题和打算。`,
              `The report of the ${periodText(period, 'en').toLowerCase()} is not drafted yet. The system drafts it from the half year's attendance, logs, tasks, meetings and training; you check it and write your thinking, problems and plans.`,
            )}
          </p>
          {problem ? (
            <p className="error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="buttons">
            <button className="primary" type="button" disabled={drafting} onClick={() => void draft()}>
              {drafting ? t('正在起草…', 'Drafting…') : t('起草报告', 'Draft the report')}
            </button>
          </div>
        </Card>
      </Screen>
    );

  const r = report;
  const submitting = pending.find((i) => i.kind === 'reportSubmit');
  const editable = r.allowedSteps.includes('edit') && !submitting;
  const changed = r.sections
    .filter((s) => (texts[s.key] ?? s.text) !== s.text)
    .map((s) => ({ key: s.key, text: texts[s.key] ?? '' }));
  const emptyOwn = r.sections.filter((s) => s.cadreWrites && !(texts[s.key] ?? s.text).trim());
  const share = r.prefill.total ? Math.round((r.prefill.filled / r.prefill.total) * 100) : 0;
  const body = (sections: typeof changed) => ({ sections, period: r.period });

  const save = () =>
    void keep({ kind: 'reportSave', target: r.id, body: body(changed) }, 'waiting').then(() =>
      setProblem(undefined),
    );
  const submit = () => {
    setConfirming(false);
    if (emptyOwn.length) {
      setProblem(
        t(
          `请先填写：${emptyOwn.map((s) => s.title).join('、')}`,
          `Write these first: ${emptyOwn.map((s) => s.title).join(', ')}`,
        ),
      );
      return;
    }
    setProblem(undefined);
    void keep({ kind: 'reportSubmit', target: r.id, body: body(changed) }, 'waiting');
  };

  return (
    <Screen title={title}>
      {loaded.offline || !online ? <Offline at={loaded.at} /> : null}
      {switcher}
      <Card>
        <p className="figure" data-testid="report-status">
          {l(STATUS[r.status])}
          {r.version > 1 ? ` · ${t(`第 ${r.version} 版`, `version ${r.version}`)}` : ''}
          {r.late && r.status !== 'draft' ? ` · ${t('逾期提交', 'late')}` : ''}
        </p>
        <p data-testid="report-prefill">
          {t(
            `由记录生成 ${r.prefill.filled} / ${r.prefill.total} 部分（${share}%），你只需核对并补写标“本人填写”的部分。`,
            `${r.prefill.filled} of ${r.prefill.total} sections (${share}%) filled from the records; check them and write the ones marked “yours”.`,
          )}
        </p>
        <p className="muted">
          {t(`报送期限 ${r.dueOn}`, `Due ${r.dueOn}`)}
          {r.submittedAt
            ? ` · ${t('提交于', 'submitted')} ${new Date(r.submittedAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}`
            : ''}
        </p>
        {r.reviewOpinion ? (
          <div className="opinion" data-testid="review-opinion">
            <h2>
              {t(
                `领导小组审阅意见（${r.reviewerName ?? ''}）`,
                `Leading group’s opinion (${r.reviewerName ?? ''})`,
              )}
            </h2>
            <p>{r.reviewOpinion}</p>
          </div>
        ) : null}
        {r.hearing ? (
          <p className="muted">
            {t('派出单位听取：', 'The unit heard it: ')}
            {r.hearing.heardOn} {r.hearing.hearerName}：{r.hearing.opinion}
          </p>
        ) : null}
        {r.status === 'reviewed' ? (
          <p className="hint">
            {t(
              '已审阅的报告已锁定，只能查看；如需更正，请在电脑端提交更正并说明理由。',
              'A reviewed report is locked; to correct it, submit a correction with its reason on the desktop.',
            )}
          </p>
        ) : null}
        {pending.map((i) => (
          <p key={i.id} className="pending" data-kind={i.kind}>
            {i.kind === 'reportSubmit' ? t('提交', 'Submission') : t('修改', 'Changes')}{' '}
            <StateBadge state={i.state} />
            {i.state === 'refused' ? (
              <span className="error" role="alert">
                {' '}
                {i.refusal}
                {(i.fields ?? []).map((f) => ` ${f.message}`).join('')}
              </span>
            ) : null}
            {i.state === 'waiting' && !online
              ? ` ${t('已保存在手机上，有信号时自动发送', 'kept on the phone, sent when the signal returns')}`
              : ''}
          </p>
        ))}
      </Card>

      {r.sections.map((s) => (
        <section key={s.key} className="card section" data-key={s.key}>
          <h2>{s.title}</h2>
          <p className="muted sources">
            {s.cadreWrites ? (
              <span className="badge own">{t('本人填写', 'Yours to write')}</span>
            ) : s.filledFrom.length ? (
              `${t('来自：', 'From: ')}${s.filledFrom.map((f) => l(SOURCES[f] ?? { zh: f, en: f })).join(t('、', ', '))}`
            ) : (
              t('本半年没有相关记录', 'Nothing recorded this half year')
            )}
          </p>
          {editable ? (
            <textarea
              aria-label={s.title}
              rows={Math.min(12, Math.max(4, Math.ceil((texts[s.key] ?? s.text).length / 18)))}
              maxLength={5000}
              value={texts[s.key] ?? s.text}
              placeholder={s.cadreWrites ? t('请填写', 'Write this part') : ''}
              onChange={(e) => setTexts((x) => ({ ...x, [s.key]: e.target.value }))}
            />
          ) : (
            <p className="text">{(texts[s.key] ?? s.text) || '—'}</p>
          )}
        </section>
      ))}

      {editable ? (
        <Card>
          {problem ? (
            <p className="error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="buttons">
            <button type="button" disabled={changed.length === 0} onClick={save}>
              {online
                ? t('保存修改', 'Save the changes')
                : t('保存，有信号时发送', 'Keep and send when the signal returns')}
            </button>
            {r.allowedSteps.includes('submit') && !confirming ? (
              <button className="primary" type="button" onClick={() => setConfirming(true)}>
                {t('提交报告', 'Submit the report')}
              </button>
            ) : null}
          </div>
          {confirming ? (
            <fieldset className="confirm">
              <legend className="label">{t('确认提交', 'Confirm')}</legend>
              <p>
                {t(
                  '提交给领导小组审阅？审阅前仍可修改，审阅后锁定。',
                  'Submit to the leading group? You can still edit until it is reviewed; then it is locked.',
                )}
              </p>
              <div className="buttons row">
                <button className="primary" type="button" onClick={submit}>
                  {online
                    ? t('确认提交', 'Submit')
                    : t('提交，有信号时发送', 'Submit when the signal returns')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('取消', 'Cancel')}
                </button>
              </div>
            </fieldset>
          ) : null}
        </Card>
      ) : null}
    </Screen>
  );
}
