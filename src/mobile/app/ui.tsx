// Small building blocks of the phone app: large tap targets (≥ 44 px), text that grows with the system font.
import type { ReactNode } from 'react';
import { useT } from './i18n';
import type { QueueState } from './queue';

export function Screen({
  title,
  children,
  back = true,
}: {
  title: string;
  children: ReactNode;
  back?: boolean;
}) {
  const { t } = useT();
  return (
    <main className="screen">
      <header className="bar">
        {back ? (
          <a className="back" href="#/" aria-label={t('返回首页', 'Back to home')}>
            ‹ {t('首页', 'Home')}
          </a>
        ) : null}
        <h1>{title}</h1>
      </header>
      {children}
    </main>
  );
}

export function Card({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="card">
      {title ? <h2>{title}</h2> : null}
      {children}
    </section>
  );
}

export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is the child
    <label className="field">
      <span className="label">{label}</span>
      {children}
      {hint ? <span className="hint">{hint}</span> : null}
      {error ? (
        <span className="error" role="alert">
          {error}
        </span>
      ) : null}
    </label>
  );
}

export function Choice<V extends string>({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { value: V; text: string }[];
  value: V | undefined;
  onChange: (v: V) => void;
}) {
  return (
    <fieldset className="choice">
      <legend className="label">{label}</legend>
      <div className="chips">
        {options.map((o) => (
          <button
            type="button"
            key={o.value}
            className={o.value === value ? 'chip on' : 'chip'}
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
          >
            {o.text}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

export function StateBadge({ state }: { state: QueueState }) {
  const { t } = useT();
  const text: Record<QueueState, string> = {
    draft: t('草稿', 'Draft'),
    waiting: t('等待发送', 'Waiting to send'),
    sent: t('已发出', 'Sent'),
    accepted: t('已受理', 'Accepted'),
    refused: t('被退回', 'Refused'),
  };
  return <span className={`badge ${state}`}>{text[state]}</span>;
}

export function Offline({ at }: { at: string | undefined }) {
  const { t } = useT();
  const when = at ? new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—';
  return (
    <p className="offline" role="status">
      {t(
        `无信号：显示的是 ${when} 保存的数据，操作会先存在手机上，有信号时自动发送`,
        `No signal: data as saved at ${when}; what you do is kept on the phone and sent when the signal returns`,
      )}
    </p>
  );
}
