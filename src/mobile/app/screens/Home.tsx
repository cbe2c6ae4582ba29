import type { LeaveKind, LeaveStatus } from '../../../shared/contracts/attendance';
import { useMobile } from '../context';
import { type LedgerDay, today } from '../data';
import { useT } from '../i18n';
import { leaveKindLabels, leaveStatusLabels, teamRoleLabels, tripKindLabels } from '../labels';
import { owesReport, periodOf, periodText, previousPeriod, reportDueOn } from '../period';
import { Card, Offline } from '../ui';

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

/** A day counted in the village so far this month (presumed, stayed on a rest day, a trip that counts). */
const inVillage = (d: LedgerDay) =>
  !d.future &&
  (d.status === 'in_village' ||
    d.status === 'in_village_rest_day' ||
    ((d.status === 'official_trip' || d.status === 'training') && d.countsInVillage));

/**
 * Home (issue 11 item 3): my village and team, my term, days in the village this month against the minimum,
 * and what awaits me. Nothing is ranked and no activity is scored (X19-burden, X24-rules, X26-apps art. 6).
 */
export function Home() {
  const { t, l } = useT();
  const { session, data, queue, online } = useMobile();
  const post = session.cadreAssignment;
  const day = today();
  const offline = !online || Object.values(data ?? {}).some((x) => x.offline);
  const at = data?.ledger.at;

  const term = post
    ? {
        total: Math.max(1, daysBetween(post.startOn, post.plannedEndOn)),
        gone: Math.max(0, daysBetween(post.startOn, day)),
        left: Math.max(0, daysBetween(day, post.plannedEndOn)),
      }
    : null;
  const ledger = data?.ledger.value;
  const soFar = ledger ? ledger.days.filter(inVillage).length : null;
  const leaves = data?.leaves.value?.items ?? [];
  const tasks = data?.tasks.value;
  const refused = queue.filter((i) => i.state === 'refused').length;
  const waiting = queue.filter(
    (i) => i.state === 'waiting' || i.state === 'sent' || i.state === 'draft',
  ).length;

  const awaits: { key: string; text: string; href?: string }[] = [];
  for (const lv of leaves) {
    const what = `${l(leaveKindLabels[lv.kind as LeaveKind] ?? { zh: lv.kind, en: lv.kind })} ${lv.startOn} – ${lv.endOn}`;
    if (lv.status === 'pending' || lv.status === 'pending_county')
      awaits.push({ key: lv.id, text: `${what}：${l(leaveStatusLabels[lv.status as LeaveStatus])}` });
    else if (lv.status === 'approved' && lv.startOn <= day)
      awaits.push({
        key: lv.id,
        text: lv.overdue
          ? t(`${what}：假期已结束，请销假`, `${what}: the leave has ended — report your return`)
          : t(`${what}：回村后请销假`, `${what}: report your return when back`),
        href: `#/return`,
      });
  }
  for (const a of data?.absences.value?.items ?? [])
    awaits.push({
      key: a.id,
      text: t(
        `${a.on} 的核查记录为不在岗，待你说明情况`,
        `The check of ${a.on} found you away: your explanation is awaited`,
      ),
    });
  if (refused)
    awaits.push({
      key: 'refused',
      text: t(`${refused} 项被退回，需要修改后重发`, `${refused} refused — fix and resend`),
      href: '#/queue',
    });
  if (waiting)
    awaits.push({
      key: 'waiting',
      text: t(`${waiting} 项保存在手机上，等待发送`, `${waiting} kept on the phone, waiting to be sent`),
      href: '#/queue',
    });
  for (const task of tasks?.items ?? [])
    if (
      task.status === 'open' &&
      task.ownerCadreId === session.cadreId &&
      task.dueOn &&
      daysBetween(day, task.dueOn) <= 14
    )
      awaits.push({
        key: task.id,
        text:
          task.dueOn < day
            ? t(
                `任务“${task.title}”已过完成期限（${task.dueOn}）`,
                `Task “${task.title}” past its due date (${task.dueOn})`,
              )
            : t(`任务“${task.title}”${task.dueOn} 到期`, `Task “${task.title}” due ${task.dueOn}`),
        href: `#/task/${task.id}`,
      });

  // Half-year reports (issue 12 item 1, P17.4.2-report): the drafts to complete and submit, and the half year
  // just ended when it is owed and not drafted yet.
  if (post) {
    const ended = previousPeriod(periodOf(day));
    const mine = (data?.reports.value?.items ?? []).filter((r) => r.assignmentId === post.id);
    for (const r of mine.filter((x) => x.status === 'draft'))
      awaits.push({
        key: `report-${r.id}`,
        text: t(
          `半年工作报告（${periodText(r.period, 'zh')}）草稿：请补全本人填写的部分并提交，期限 ${r.dueOn}`,
          `Half-year report (${periodText(r.period, 'en')}) in draft: complete your sections and submit by ${r.dueOn}`,
        ),
        href: `#/report/${r.period}`,
      });
    if (data?.reports.value && !mine.some((r) => r.period === ended) && owesReport(post.startOn, ended, day))
      awaits.push({
        key: 'report-due',
        text: t(
          `半年工作报告（${periodText(ended, 'zh')}）待起草，系统按记录起草，期限 ${reportDueOn(ended)}`,
          `Half-year report (${periodText(ended, 'en')}) to draft from your records, due ${reportDueOn(ended)}`,
        ),
        href: `#/report/${ended}`,
      });
  }

  // The latest leave and trips of the cadre: its own record, in date order (never a comparison with others).
  const recent = [
    ...leaves
      .filter((lv) => lv.status !== 'cancelled')
      .map((lv) => ({
        key: lv.id,
        on: lv.startOn,
        text: `${l(leaveKindLabels[lv.kind as LeaveKind] ?? { zh: lv.kind, en: lv.kind })} ${lv.startOn} – ${lv.endOn} · ${l(leaveStatusLabels[lv.status as LeaveStatus])}`,
      })),
    ...(data?.trips.value?.items ?? []).map((x) => ({
      key: x.id,
      on: x.startOn,
      text: `${l(tripKindLabels[x.kind])} ${x.startOn} – ${x.endOn} · ${x.destination}${x.status === 'pending' ? ` · ${t('待乡镇审批', 'awaiting the township')}` : ''}`,
    })),
  ]
    .sort((a, b) => b.on.localeCompare(a.on))
    .slice(0, 4);

  return (
    <main className="screen">
      <header className="bar home">
        <h1>{post ? post.villageName : t('驻村 · 手机端', 'Zhucun')}</h1>
        <p className="who">
          {session.displayName}
          {post ? ` · ${l(teamRoleLabels[post.teamRole] ?? { zh: post.teamRole, en: post.teamRole })}` : ''}
        </p>
      </header>
      {offline ? <Offline at={at} /> : null}
      {!post ? (
        <Card>
          <p>{t('今天没有在岗的驻村任期。', 'No assignment on post today.')}</p>
        </Card>
      ) : null}

      <nav className="actions" aria-label={t('常用操作', 'Actions')}>
        <a className="action" href="#/leave">
          {t('请假', 'Ask for leave')}
        </a>
        <a className="action" href="#/return">
          {t('销假', 'Report return')}
        </a>
        <a className="action" href="#/trip">
          {t('出差 / 培训', 'Trip / training')}
        </a>
        <a className="action" href="#/rest">
          {t('休息日在村', 'Stayed on a rest day')}
        </a>
        <a className="action" href="#/log">
          {t('写日志', 'Write a log')}
        </a>
        <a className="action" href="#/tasks">
          {t('任务清单', 'Task list')}
        </a>
        <a className="action" href="#/report">
          {t('半年报告', 'Half-year report')}
        </a>
      </nav>

      <Card title={t('等待我处理', 'What awaits me')}>
        {awaits.length === 0 ? (
          <p className="muted">{t('目前没有需要处理的事项。', 'Nothing awaits you.')}</p>
        ) : (
          <ul className="list">
            {awaits.map((a) => (
              <li key={a.key}>{a.href ? <a href={a.href}>{a.text}</a> : a.text}</li>
            ))}
          </ul>
        )}
      </Card>

      {post && term ? (
        <Card title={t('我的任期', 'My term')}>
          <p>
            {post.startOn} – {post.plannedEndOn}
          </p>
          <div
            className="progress"
            role="progressbar"
            aria-label={t('任期进度', 'Term progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.min(100, Math.round((term.gone / term.total) * 100))}
          >
            <span style={{ width: `${Math.min(100, (term.gone / term.total) * 100)}%` }} />
          </div>
          <p>
            {t(
              `已驻村 ${term.gone} 天，距计划期满还有 ${term.left} 天`,
              `${term.gone} days on post, ${term.left} days to the planned end`,
            )}
          </p>
        </Card>
      ) : null}

      {ledger ? (
        <Card title={t('本月驻村天数', 'Days in the village this month')}>
          <p className="figure">{t(`截至今天在村 ${soFar} 天`, `${soFar} days in the village so far`)}</p>
          <p>
            {ledger.summary.minimumDays === null
              ? t('本省按年计算驻村天数下限', 'The province counts the minimum per year')
              : t(
                  `本月下限 ${ledger.summary.minimumDays} 天（按在岗工作日折算，P17.4.2-attend）`,
                  `This month's minimum: ${ledger.summary.minimumDays} days (pro rata to working days on post, P17.4.2-attend)`,
                )}
          </p>
          <p className="muted">
            {t(
              `本月请假 ${ledger.summary.leaveDays} 天 · 出差 ${ledger.summary.tripDays} 天 · 培训 ${ledger.summary.trainingDays} 天`,
              `This month: leave ${ledger.summary.leaveDays} · trips ${ledger.summary.tripDays} · training ${ledger.summary.trainingDays} days`,
            )}
          </p>
          {ledger.summary.unknownCalendarYear ? (
            <p className="notice">
              {t(
                '本年工作日历尚未发布，天数可能不准',
                'This year’s work calendar is not published yet: the counts may be wrong',
              )}
            </p>
          ) : null}
        </Card>
      ) : null}

      {recent.length > 0 ? (
        <Card title={t('我的请假和出差', 'My leave and trips')}>
          <ul className="list">
            {recent.map((r) => (
              <li key={r.key}>{r.text}</li>
            ))}
          </ul>
        </Card>
      ) : null}

      {tasks && tasks.items.length > 0 ? (
        <Card title={t('本村任务清单', 'The village’s task list')}>
          <p>
            {t(
              `进行中 ${tasks.items.filter((x) => x.status === 'open').length} 项，已完成 ${tasks.items.filter((x) => x.status === 'done').length} 项`,
              `${tasks.items.filter((x) => x.status === 'open').length} open, ${tasks.items.filter((x) => x.status === 'done').length} done`,
            )}
          </p>
          <a className="button" href="#/tasks">
            {t('查看任务清单', 'Open the task list')}
          </a>
        </Card>
      ) : null}

      {tasks ? (
        <Card title={t('我们的工作队', 'Our team')}>
          <ul className="list">
            {tasks.team.map((m) => (
              <li key={m.cadreId}>
                {m.name} · {l(teamRoleLabels[m.teamRole] ?? { zh: m.teamRole, en: m.teamRole })}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card title={t('最近的日志', 'Recent logs')}>
        {(data?.logs.value?.items ?? []).slice(0, 5).map((g) => (
          <p key={g.id} className="log">
            <span className="muted">{g.on}</span> {g.text}
          </p>
        ))}
        {(data?.logs.value?.items ?? []).length === 0 ? (
          <p className="muted">{t('还没有日志。', 'No logs yet.')}</p>
        ) : null}
        <p className="hint">
          {t('有事时记一笔即可，不要求每天写。', 'Write when something happened; there is no daily quota.')}
        </p>
      </Card>

      <nav className="actions small" aria-label={t('更多', 'More')}>
        <a className="action" href="#/queue">
          {t('待发送', 'Outbox')} {queue.filter((i) => i.state !== 'accepted').length || ''}
        </a>
        <a className="action" href="#/devices">
          {t('我的设备', 'My devices')}
        </a>
      </nav>
    </main>
  );
}
