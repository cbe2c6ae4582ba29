import { useEffect, useState } from 'react';
import { useMobile } from '../context';
import { useT } from '../i18n';
import { Card, Field, Screen, StateBadge } from '../ui';
import { submit, useEditing } from './common';

/** The village's task list (细化任务清单, P21.4-list): the team's tasks under the duties, with progress. */
export function Tasks() {
  const { t, lang } = useT();
  const { data, queue } = useMobile();
  const list = data?.tasks.value;
  const duties = new Map((data?.duties.value?.duties ?? []).map((d) => [d.key, lang === 'en' ? d.en : d.zh]));
  return (
    <Screen title={t('任务清单', 'Task list')}>
      {!list ? (
        <p className="muted">{t('任务清单尚未下载。', 'The task list is not on the phone yet.')}</p>
      ) : null}
      {list && list.items.length === 0 ? <p className="muted">{t('还没有任务。', 'No tasks yet.')}</p> : null}
      {list?.items.map((task) => {
        const pending = queue.filter(
          (i) => i.kind === 'progress' && i.target === task.id && i.state !== 'accepted',
        );
        return (
          <a key={task.id} className="card task" href={`#/task/${task.id}`}>
            <h2>{task.title}</h2>
            <p className="muted">
              {duties.get(task.duty) ?? task.duty}
              {task.ownerName ? ` · ${task.ownerName}` : ''}
              {task.dueOn ? ` · ${t('到期', 'due')} ${task.dueOn}` : ''}
              {task.status !== 'open'
                ? ` · ${task.status === 'done' ? t('已完成', 'Done') : t('已终止', 'Dropped')}`
                : ''}
            </p>
            <div className="progress" aria-hidden="true">
              <span style={{ width: `${task.latestProgress?.percent ?? 0}%` }} />
            </div>
            <p>
              {task.latestProgress
                ? `${task.latestProgress.percent}% · ${task.latestProgress.note}`
                : t('尚无进展记录', 'No progress recorded yet')}
            </p>
            {pending.length ? <StateBadge state={pending.at(-1)!.state} /> : null}
          </a>
        );
      })}
    </Screen>
  );
}

export function TaskDetail({ id, editId }: { id: string; editId?: string }) {
  const { t } = useT();
  const { data, online } = useMobile();
  const task = data?.tasks.value?.items.find((x) => x.id === id);
  const editing = useEditing(editId);
  const [percent, setPercent] = useState(task?.latestProgress?.percent ?? 0);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (editing) {
      setPercent(Number(editing.body.percent));
      setNote(String(editing.body.note));
    }
  }, [editing]);
  if (!task)
    return (
      <Screen title={t('任务', 'Task')}>
        <p className="muted">{t('找不到这项任务。', 'Task not found.')}</p>
      </Screen>
    );
  return (
    <Screen title={task.title}>
      <Card>
        {task.target ? (
          <p>
            {t('目标：', 'Target: ')}
            {task.target}
          </p>
        ) : null}
        <p className="muted">
          {task.ownerName ? `${t('负责人：', 'Owner: ')}${task.ownerName}` : ''}
          {task.dueOn ? ` · ${t('到期', 'due')} ${task.dueOn}` : ''}
        </p>
      </Card>
      {task.mayWrite && task.status === 'open' ? (
        <Card title={t('更新进展', 'Update the progress')}>
          {editing?.refusal ? (
            <p className="error" role="alert">
              {t('退回原因：', 'Refused: ')}
              {editing.refusal}
            </p>
          ) : null}
          <Field label={t(`完成程度：${percent}%`, `Done: ${percent}%`)}>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={percent}
              onChange={(e) => setPercent(Number(e.target.value))}
            />
          </Field>
          <Field label={t('进展说明', 'What moved')}>
            <textarea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <div className="buttons">
            <button
              className="primary"
              type="button"
              disabled={!note.trim()}
              onClick={() =>
                void submit('progress', { percent, note: note.trim() }, 'waiting', editing, {
                  target: task.id,
                })
              }
            >
              {online
                ? t('提交进展', 'Submit progress')
                : t('保存，有信号时发送', 'Keep and send when the signal returns')}
            </button>
          </div>
        </Card>
      ) : (
        <p className="muted">
          {t(
            '只有本村现任工作队成员可以更新进展。',
            'Only members of the village’s current team update progress.',
          )}
        </p>
      )}
    </Screen>
  );
}
