import type { LeaveKind, TripKind } from '../../../shared/contracts/attendance';
import { useMobile } from '../context';
import { useT } from '../i18n';
import { leaveKindLabels, tripKindLabels } from '../labels';
import { discard, flush, type QueueItem } from '../queue';
import { Card, Screen, StateBadge } from '../ui';

const editHref = (i: QueueItem) =>
  ({
    leave: `#/leave/${i.id}`,
    trip: `#/trip/${i.id}`,
    restDay: `#/rest/${i.id}`,
    return: `#/return/${i.id}`,
    workLog: `#/log/${i.id}`,
    progress: `#/task/${i.target}/${i.id}`,
    reportSave: '#/report',
    reportSubmit: '#/report',
  })[i.kind];

/** What was done on the phone, with its state (issue 11 item 2): draft → waiting → sent → accepted, or refused. */
export function Queue() {
  const { t, l } = useT();
  const { queue, online } = useMobile();
  const title = (i: QueueItem): string => {
    const b = i.body as Record<string, string>;
    switch (i.kind) {
      case 'leave':
        return `${t('请假', 'Leave')} · ${b.kind ? l(leaveKindLabels[b.kind as LeaveKind]) : ''} ${b.startOn ?? ''} – ${b.endOn ?? ''}`;
      case 'trip':
        return `${l(tripKindLabels[b.kind as TripKind])} · ${b.startOn} – ${b.endOn} ${b.destination}`;
      case 'restDay':
        return `${t('休息日在村', 'Stayed on a rest day')} · ${b.on}`;
      case 'return':
        return `${t('销假', 'Return')} · ${b.returnedOn}`;
      case 'workLog':
        return `${t('日志', 'Log')} · ${b.on} · ${(b.text ?? '').slice(0, 30)}`;
      case 'progress':
        return `${t('任务进展', 'Task progress')} · ${b.percent}%`;
      case 'reportSave':
        return `${t('半年工作报告 · 保存修改', 'Half-year report · save')} ${b.period ?? ''}`;
      case 'reportSubmit':
        return `${t('半年工作报告 · 提交', 'Half-year report · submit')} ${b.period ?? ''}`;
    }
  };
  const outcome = (i: QueueItem): string | null => {
    const r = i.result ?? {};
    if (i.kind === 'leave' && r.workingDays !== undefined)
      return t(
        `${r.workingDays} 个工作日，${r.approver === 'county' ? '县委组织部审批' : '乡镇党委审批'}`,
        `${r.workingDays} working days, ${r.approver === 'county' ? 'the county approves' : 'the township approves'}`,
      );
    if (i.kind === 'trip' && r.status === 'pending') return t('等待乡镇审批', 'Awaiting the township');
    return null;
  };
  const items = [...queue].reverse();
  return (
    <Screen title={t('待发送与已发送', 'Outbox')}>
      <p className="hint">
        {online
          ? t('有信号：等待发送的内容会自动发出。', 'Signal: what waits is sent automatically.')
          : t(
              '无信号：内容保存在手机上，有信号时自动发送。',
              'No signal: kept on the phone, sent when the signal returns.',
            )}
      </p>
      {items.length === 0 ? <p className="muted">{t('没有内容。', 'Nothing here.')}</p> : null}
      <ul className="queue">
        {items.map((i) => (
          <li key={i.id} className={`card item ${i.state}`} data-kind={i.kind}>
            <p className="what">{title(i)}</p>
            <StateBadge state={i.state} />
            {i.state === 'accepted' && outcome(i) ? <p className="muted">{outcome(i)}</p> : null}
            {i.state === 'refused' ? (
              <p className="error" role="alert">
                {t('退回原因：', 'Refused: ')}
                {i.refusal}
                {(i.fields ?? []).map((f) => ` ${f.message}`).join('')}
              </p>
            ) : null}
            <div className="buttons row">
              {i.state === 'refused' || i.state === 'draft' ? (
                <a className="button" href={editHref(i)}>
                  {i.state === 'refused' ? t('修改后重发', 'Fix and resend') : t('继续填写', 'Continue')}
                </a>
              ) : null}
              {i.state === 'waiting' && online ? (
                <button type="button" onClick={() => void flush()}>
                  {t('立即发送', 'Send now')}
                </button>
              ) : null}
              {i.state !== 'sent' && i.state !== 'waiting' ? (
                <button type="button" onClick={() => void discard(i.id)}>
                  {i.state === 'accepted' ? t('移出列表', 'Clear') : t('删除', 'Delete')}
                </button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <Card>
        <p className="hint">
          {t(
            '同一项内容重复发送不会产生两条记录（每项都带有手机生成的编号）。',
            'Sending the same item again never makes two records (each carries an id made on the phone).',
          )}
        </p>
      </Card>
    </Screen>
  );
}
