import { useEffect, useState } from 'react';
import type { TripKind } from '../../../shared/contracts/attendance';
import { useMobile } from '../context';
import { today } from '../data';
import { useT } from '../i18n';
import { tripKindLabels } from '../labels';
import { Card, Choice, Field, Screen } from '../ui';
import { isoDate, submit, useEditing } from './common';

const keepLabel = (online: boolean, t: (zh: string, en: string) => string, send: string) =>
  online ? send : t('保存，有信号时发送', 'Keep and send when the signal returns');

function Refusal({ text }: { text: string | undefined }) {
  const { t } = useT();
  return text ? (
    <p className="error" role="alert">
      {t('退回原因：', 'Refused: ')}
      {text}
    </p>
  ) : null;
}

/** 公务出差、培训 reported to the township (P17.4.2-attend; approval only where the settings ask). */
export function TripForm({ editId }: { editId?: string }) {
  const { t, l } = useT();
  const { session, online } = useMobile();
  const editing = useEditing(editId);
  const [kind, setKind] = useState<TripKind>('trip');
  const [startOn, setStartOn] = useState(today());
  const [endOn, setEndOn] = useState(today());
  const [destination, setDestination] = useState('');
  const [purpose, setPurpose] = useState('');
  useEffect(() => {
    if (!editing) return;
    const b = editing.body as {
      kind: TripKind;
      startOn: string;
      endOn: string;
      destination: string;
      purpose: string;
    };
    setKind(b.kind);
    setStartOn(b.startOn);
    setEndOn(b.endOn);
    setDestination(b.destination);
    setPurpose(b.purpose);
  }, [editing]);
  const assignmentId = session.cadreAssignment?.id;
  const ready = Boolean(
    assignmentId &&
      isoDate(startOn) &&
      isoDate(endOn) &&
      endOn >= startOn &&
      destination.trim() &&
      purpose.trim(),
  );
  return (
    <Screen title={t('报备出差或培训', 'Report a trip or training')}>
      <Refusal text={editing?.refusal} />
      <Card>
        <Choice
          label={t('类别', 'Kind')}
          options={(['trip', 'training'] as const).map((k) => ({ value: k, text: l(tripKindLabels[k]) }))}
          value={kind}
          onChange={setKind}
        />
        <Field label={t('开始日期', 'First day')}>
          <input
            type="date"
            value={startOn}
            onChange={(e) => {
              setStartOn(e.target.value);
              if (endOn < e.target.value) setEndOn(e.target.value);
            }}
          />
        </Field>
        <Field label={t('结束日期', 'Last day')}>
          <input type="date" value={endOn} min={startOn} onChange={(e) => setEndOn(e.target.value)} />
        </Field>
        <Field label={t('地点', 'Destination')}>
          <input value={destination} maxLength={200} onChange={(e) => setDestination(e.target.value)} />
        </Field>
        <Field label={t('事由', 'Purpose')}>
          <textarea rows={3} maxLength={1000} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
        </Field>
        <div className="buttons">
          <button
            className="primary"
            type="button"
            disabled={!ready}
            onClick={() =>
              void submit(
                'trip',
                {
                  assignmentId,
                  kind,
                  startOn,
                  endOn,
                  destination: destination.trim(),
                  purpose: purpose.trim(),
                },
                'waiting',
                editing,
              )
            }
          >
            {keepLabel(online, t, t('报备', 'Report'))}
          </button>
        </div>
      </Card>
    </Screen>
  );
}

/** "I stayed in the village" on a rest day: one tap (P17.4.2-attend). */
export function RestDayForm({ editId }: { editId?: string }) {
  const { t } = useT();
  const { data, online } = useMobile();
  const editing = useEditing(editId);
  const day = today();
  const restDays = (data?.ledger.value?.days ?? []).filter(
    (d) => !d.future && d.dayKind !== 'working' && d.status === 'rest',
  );
  const [on, setOn] = useState(restDays.some((d) => d.date === day) ? day : (restDays.at(-1)?.date ?? day));
  useEffect(() => {
    if (editing) setOn(String(editing.body.on));
  }, [editing]);
  return (
    <Screen title={t('休息日在村', 'Stayed in the village on a rest day')}>
      <Refusal text={editing?.refusal} />
      <Card>
        {restDays.length > 0 ? (
          <Choice
            label={t('本月的休息日', 'Rest days this month')}
            options={restDays.slice(-8).map((d) => ({ value: d.date, text: d.date.slice(5) }))}
            value={on}
            onChange={setOn}
          />
        ) : null}
        <Field label={t('日期', 'Date')}>
          <input type="date" value={on} max={day} onChange={(e) => setOn(e.target.value)} />
        </Field>
        <div className="buttons">
          <button
            className="primary"
            type="button"
            disabled={!isoDate(on)}
            onClick={() => void submit('restDay', { on }, 'waiting', editing)}
          >
            {keepLabel(online, t, t('我这天在村', 'I stayed in the village'))}
          </button>
        </div>
      </Card>
    </Screen>
  );
}

const LOG_KINDS = [
  ['household_visit', '走访农户', 'Household visit'],
  ['problem_solved', '为群众办实事', 'Problem solved'],
  ['meeting', '会议', 'Meeting'],
  ['project', '项目推进', 'Project step'],
  ['study', '学习', 'Study'],
  ['other', '其他', 'Other'],
] as const;
type LogKind = (typeof LOG_KINDS)[number][0];
const PHOTO_MAX = 3 * 1024 * 1024;

/** Draws the photo again at most 1600 px wide: the copy carries no location or other metadata. */
async function stripped(file: File): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('photo'))), 'image/jpeg', 0.82),
  );
}

/**
 * A work log (驻村日志, issue 11 item 5): written when something happened, under one of the duties in force
 * (P21.4), optionally a task and the households visited. No quota, no count shown as a score (X19-burden).
 */
export function LogForm({ editId }: { editId?: string }) {
  const { t, lang } = useT();
  const { data, online } = useMobile();
  const editing = useEditing(editId);
  const day = today();
  const duties = data?.duties.value?.duties ?? [];
  const tasks = (data?.tasks.value?.items ?? []).filter((x) => x.status === 'open');
  const [on, setOn] = useState(day);
  const [kind, setKind] = useState<LogKind>();
  const [duty, setDuty] = useState<string>();
  const [taskId, setTaskId] = useState('');
  const [households, setHouseholds] = useState('');
  const [text, setText] = useState('');
  const [photo, setPhoto] = useState<Blob | null>(null);
  const [photoError, setPhotoError] = useState<string>();
  useEffect(() => {
    if (!editing) return;
    const b = editing.body as {
      on: string;
      kind: LogKind;
      duty: string;
      taskId?: string | null;
      text: string;
      householdsVisited?: number | null;
    };
    setOn(b.on);
    setKind(b.kind);
    setDuty(b.duty);
    setTaskId(b.taskId ?? '');
    setText(b.text);
    setHouseholds(b.householdsVisited == null ? '' : String(b.householdsVisited));
    setPhoto(editing.photo ?? null);
  }, [editing]);
  const fieldError = (name: string) => editing?.fields?.find((f) => f.field === name)?.message;
  const count = households.trim() === '' ? null : Number(households);
  const ready = Boolean(
    isoDate(on) && kind && duty && text.trim() && (count === null || Number.isInteger(count)),
  );
  const send = (state: 'draft' | 'waiting') =>
    submit(
      'workLog',
      {
        on,
        kind,
        duty,
        text: text.trim(),
        ...(taskId ? { taskId } : {}),
        ...(count !== null ? { householdsVisited: count } : {}),
      },
      state,
      editing,
      { photo },
    );
  return (
    <Screen title={t('写日志', 'Write a work log')}>
      <Refusal text={editing?.refusal} />
      <Card>
        <Field label={t('日期', 'Date')} error={fieldError('on')}>
          <input type="date" value={on} max={day} onChange={(e) => setOn(e.target.value)} />
        </Field>
        <Choice
          label={t('什么事', 'What happened')}
          options={LOG_KINDS.map(([v, zh, en]) => ({ value: v, text: lang === 'en' ? en : zh }))}
          value={kind}
          onChange={setKind}
        />
        <Choice
          label={t(
            `属于哪项职责（${data?.duties.value?.ruleId ?? 'P21.4'}）`,
            `Which duty (${data?.duties.value?.ruleId ?? 'P21.4'})`,
          )}
          options={duties.map((d) => ({ value: d.key, text: lang === 'en' ? d.en : d.zh }))}
          value={duty}
          onChange={setDuty}
        />
        {duties.length === 0 ? (
          <p className="notice">
            {t(
              '职责列表尚未下载，请在有信号时打开一次',
              'The duties are not on the phone yet: open once with signal',
            )}
          </p>
        ) : null}
        <Field label={t('记下发生了什么', 'What happened')} error={fieldError('text')}>
          <textarea rows={4} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        {tasks.length > 0 ? (
          <Field label={t('关联任务（可不选）', 'Task (optional)')}>
            <select value={taskId} onChange={(e) => setTaskId(e.target.value)}>
              <option value="">—</option>
              {tasks.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field
          label={t('走访户数（可不填）', 'Households visited (optional)')}
          error={fieldError('householdsVisited')}
        >
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={200}
            value={households}
            onChange={(e) => setHouseholds(e.target.value)}
          />
        </Field>
        <Field
          label={t('照片（可不加）', 'Photo (optional)')}
          hint={t(
            '不要求上传照片；加上的照片会去掉位置等信息，最大 3 MB',
            'Photos are never required; one added is stripped of location data, at most 3 MB',
          )}
          error={photoError}
        >
          <input
            type="file"
            accept="image/jpeg,image/png"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              setPhotoError(undefined);
              if (!file) return setPhoto(null);
              try {
                const blob = await stripped(file);
                if (blob.size > PHOTO_MAX) {
                  setPhoto(null);
                  setPhotoError(t('照片太大（超过 3 MB）', 'The photo is larger than 3 MB'));
                } else setPhoto(blob);
              } catch {
                setPhotoError(t('无法读取这张照片', 'This photo cannot be read'));
              }
            }}
          />
        </Field>
        <div className="buttons">
          <button className="primary" type="button" disabled={!ready} onClick={() => void send('waiting')}>
            {keepLabel(online, t, t('提交日志', 'Submit the log'))}
          </button>
          <button type="button" disabled={!text.trim()} onClick={() => void send('draft')}>
            {t('存草稿', 'Save as draft')}
          </button>
        </div>
      </Card>
    </Screen>
  );
}
