import { type FormEvent, useState } from 'react';
import type { SessionInfo } from '../../../shared/contracts/session';
import { ApiError, api, NetworkError } from '../api';
import { useT } from '../i18n';
import { Field } from '../ui';

/** Signing in once on this phone (a device session: issue 11 item 1; X26-apps art. 6, no forced log-ins). */
export function SignIn({
  onSignedIn,
  again,
}: {
  onSignedIn: (s: SessionInfo) => Promise<void>;
  again: boolean;
}) {
  const { t } = useT();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const s = await api<SessionInfo>('POST', '/api/session/device', {
        username,
        password,
        ...(deviceName.trim() ? { deviceName: deviceName.trim() } : {}),
      });
      await onSignedIn(s);
    } catch (err) {
      setError(
        err instanceof NetworkError
          ? t(
              '没有信号，登录需要联网；登录后没有信号也能使用',
              'No signal: signing in needs the network; afterwards the app works without it',
            )
          : err instanceof ApiError
            ? err.message
            : String(err),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="screen">
      <header className="bar">
        <h1>{t('驻村 · 手机端登录', 'Zhucun · sign in on this phone')}</h1>
      </header>
      {again ? (
        <p className="notice" role="status">
          {t(
            '这台手机的登录已结束（到期或已被退出），请重新登录；未发送的内容仍保存在手机上。',
            'This phone was signed out (expired or revoked); sign in again — what waits to be sent is still on the phone.',
          )}
        </p>
      ) : null}
      <form className="card" onSubmit={submit}>
        <Field label={t('用户名', 'User name')}>
          <input
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </Field>
        <Field label={t('密码', 'Password')}>
          <input
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </Field>
        <Field label={t('这台手机的名称（可不填）', 'Name of this phone (optional)')}>
          <input value={deviceName} maxLength={60} onChange={(e) => setDeviceName(e.target.value)} />
        </Field>
        <p className="hint">
          {t(
            '登录后这台手机将保持登录（天数由省里设定），不要求定期重新登录；可在“我的设备”中随时退出。',
            'This phone stays signed in (for the days the province sets), with no forced regular log-ins; sign it out any time under "My devices".',
          )}
        </p>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button className="primary" type="submit" disabled={busy}>
          {t('登录', 'Sign in')}
        </button>
      </form>
    </main>
  );
}
