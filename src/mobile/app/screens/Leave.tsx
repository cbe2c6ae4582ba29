import { useEffect, useRef, useState } from 'react';
import type { LeaveKind } from '../../../shared/contracts/attendance';
import { ApiError, api, NetworkError } from '../api';
import { useMobile } from '../context';
import { parameter, today } from '../data';
import { useT } from '../i18n';
import { approverLabels, commonLeaveKinds, leaveKindLabels, leaveKinds } from '../labels';
import { Card, Choice, Field, Screen } from '../ui';
import { estimateWorkingDays, isoDate, submit, useEditing } from './common';

interface Preview {
  workingDays: number;
  approver: 'township' | 'county';
  townshipMaxDays: number;
  unknownCalendarYear: boolean;
  problems: { field: string; zh: string; en: string }[];
  estimate: boolean;
}

/**
 * Leave in three taps (issue 11 item 4; P17.4.2-leave / P21.5-leave): the kind, the dates, the reason. The
 * working days and who approves are shown before sending — from the server, or without signal estimated from
 * the kept work calendar and the threshold in force.
 */
export function LeaveForm({ editId }: { editId?: string }) {
  const { t, l, lang } = useT();
  const { session, data, online } = useMobile();
  const editing = useEditing(editId);
  const [kind, setKind] = useState<LeaveKind>();
  const [startOn, setStartOn] = useState('');
  const [endOn, setEndOn] = useState('');
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<Preview>();
  const assignmentId = session.cadreAssignment?.id;

  useEffect(() => {
    if (!editing) return;
    const b = editing.body as { kind: LeaveKind; startOn: string; endOn: string; reason: string };
    setKind(b.kind);
    setStartOn(b.startOn);
    setEndOn(b.endOn);
    setReason(b.reason);
  }, [editing]);

  // The kept data is read when the preview is made, not watched: it is refreshed in the background, and a
  // refresh must not cancel the preview under way (it would never be shown).
  const kept = useRef(data);
  kept.current = data;
  useEffect(() => {
    setPreview(undefined);
    if (!assignmentId || !isoDate(startOn) || !isoDate(endOn) || endOn < startOn) return;
    const offlineEstimate = () => {
      const workingDays = estimateWorkingDays(kept.current?.ledger.value, startOn, endOn);
      const max = parameter(kept.current, 'leaveTownshipMaxDays', 3);
      setPreview({
        workingDays,
        approver: workingDays <= max ? 'township' : 'county',
        townshipMaxDays: max,
        unknownCalendarYear: false,
        problems: [],
        estimate: true,
      });
    };
    if (!online) return offlineEstimate();
    const timer = setTimeout(() => {
      api<Omit<Preview, 'estimate'>>(
        'GET',
        `/api/leave-requests/preview?assignmentId=${assignmentId}&startOn=${startOn}&endOn=${endOn}`,
      )
        .then((p) => setPreview({ ...p, estimate: false }))
        .catch((e) => {
          if (e instanceof NetworkError) offlineEstimate();
          else if (e instanceof ApiError)
            setPreview({
              workingDays: 0,
              approver: 'township',
              townshipMaxDays: 0,
              unknownCalendarYear: false,
              problems: [{ field: 'startOn', zh: e.message, en: e.message }],
              estimate: false,
            });
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [assignmentId, startOn, endOn, online]);

  if (!assignmentId)
    return (
      <Screen title={t('请假', 'Ask for leave')}>
        <p>{t('今天没有在岗的驻村任期。', 'No assignment on post today.')}</p>
      </Screen>
    );

  const ready = Boolean(kind && isoDate(startOn) && isoDate(endOn) && endOn >= startOn && reason.trim());
  const send = (state: 'draft' | 'waiting') =>
    submit('leave', { assignmentId, kind, startOn, endOn, reason: reason.trim() }, state, editing);
  const options = (
    kind && !commonLeaveKinds.includes(kind) ? [...commonLeaveKinds, kind] : commonLeaveKinds
  ).map((k) => ({ value: k, text: l(leaveKindLabels[k]) }));

  return (
    <Screen title={editing ? t('修改请假', 'Fix the leave request') : t('请假', 'Ask for leave')}>
      {editing?.refusal ? (
        <p className="error" role="alert">
          {t('退回原因：', 'Refused: ')}
          {editing.refusal}
        </p>
      ) : null}
      <Card title={t('① 假别', '① Kind')}>
        <Choice label={t('假别', 'Kind of leave')} options={options} value={kind} onChange={setKind} />
        <Field label={t('其他假别', 'Other kinds')}>
          <select value={kind ?? ''} onChange={(e) => setKind(e.target.value as LeaveKind)}>
            <option value="">—</option>
            {leaveKinds.map((k) => (
              <option key={k} value={k}>
                {l(leaveKindLabels[k])}
              </option>
            ))}
          </select>
        </Field>
      </Card>
      <Card title={t('② 日期', '② Dates')}>
        <Field label={t('开始日期', 'First day')}>
          <input
            type="date"
            value={startOn}
            min={session.cadreAssignment?.startOn}
            onChange={(e) => {
              setStartOn(e.target.value);
              if (!endOn || endOn < e.target.value) setEndOn(e.target.value);
            }}
          />
        </Field>
        <Field label={t('结束日期', 'Last day')}>
          <input
            type="date"
            value={endOn}
            min={startOn || undefined}
            onChange={(e) => setEndOn(e.target.value)}
          />
        </Field>
        {preview ? (
          <div className="preview" aria-live="polite">
            <p className="figure">
              {t(`共 ${preview.workingDays} 个工作日`, `${preview.workingDays} working days`)}
              {preview.estimate ? t('（离线估算）', ' (estimated offline)') : ''}
            </p>
            <p>
              {t('审批：', 'Approval: ')}
              {l(approverLabels[preview.approver])}
              {t(
                `（${preview.townshipMaxDays} 个工作日以内由乡镇审批，P17.4.2-leave）`,
                ` (up to ${preview.townshipMaxDays} working days the township, P17.4.2-leave)`,
              )}
            </p>
            {preview.unknownCalendarYear ? (
              <p className="notice">
                {t('该年工作日历尚未发布，天数可能不准', 'That year’s calendar is not published yet')}
              </p>
            ) : null}
            {preview.problems.map((p) => (
              <p key={p.zh} className="error" role="alert">
                {lang === 'en' ? p.en : p.zh}
              </p>
            ))}
            {preview.estimate ? (
              <p className="hint">
                {t(
                  '有信号时由服务器按工作日历核定。',
                  'The server counts it by the work calendar when sent.',
                )}
              </p>
            ) : null}
          </div>
        ) : null}
      </Card>
      <Card title={t('③ 事由', '③ Reason')}>
        <Field label={t('请假事由', 'Reason')}>
          <textarea rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
      </Card>
      <div className="buttons">
        <button className="primary" type="button" disabled={!ready} onClick={() => void send('waiting')}>
          {online ? t('发送', 'Send') : t('保存，有信号时发送', 'Keep and send when the signal returns')}
        </button>
        <button type="button" onClick={() => void send('draft')} disabled={!kind && !startOn && !reason}>
          {t('存草稿', 'Save as draft')}
        </button>
      </div>
    </Screen>
  );
}

/** 销假: the date back in the village, for an approved leave (P17.4.2-leave). */
export function ReturnForm({ editId }: { editId?: string }) {
  const { t, l } = useT();
  const { data, online } = useMobile();
  const editing = useEditing(editId);
  const open = (data?.leaves.value?.items ?? []).filter((lv) => lv.status === 'approved');
  const [leaveId, setLeaveId] = useState<string>();
  const [returnedOn, setReturnedOn] = useState(today());
  useEffect(() => {
    if (editing) {
      setLeaveId(editing.target);
      setReturnedOn(String(editing.body.returnedOn));
    } else if (open.length === 1 && !leaveId) setLeaveId(open[0]!.id);
  }, [editing, open, leaveId]);

  return (
    <Screen title={t('销假', 'Report the return')}>
      {editing?.refusal ? (
        <p className="error" role="alert">
          {t('退回原因：', 'Refused: ')}
          {editing.refusal}
        </p>
      ) : null}
      {open.length === 0 && !editing ? (
        <Card>
          <p>{t('没有待销假的请假。', 'No approved leave to close.')}</p>
        </Card>
      ) : (
        <Card>
          <Choice
            label={t('哪一次请假', 'Which leave')}
            options={open.map((lv) => ({
              value: lv.id,
              text: `${l(leaveKindLabels[lv.kind as LeaveKind] ?? { zh: lv.kind, en: lv.kind })} ${lv.startOn} – ${lv.endOn}`,
            }))}
            value={leaveId}
            onChange={setLeaveId}
          />
          <Field
            label={t('回到村里的日期', 'Date back in the village')}
            hint={t('提前回村的，未用的假期不计', 'An early return frees the unused days')}
          >
            <input
              type="date"
              value={returnedOn}
              max={today()}
              onChange={(e) => setReturnedOn(e.target.value)}
            />
          </Field>
          <div className="buttons">
            <button
              className="primary"
              type="button"
              disabled={!leaveId || !isoDate(returnedOn)}
              onClick={() => void submit('return', { returnedOn }, 'waiting', editing, { target: leaveId! })}
            >
              {online
                ? t('销假', 'Report return')
                : t('保存，有信号时发送', 'Keep and send when the signal returns')}
            </button>
          </div>
        </Card>
      )}
    </Screen>
  );
}
