import { useCallback, useEffect, useState } from 'react';
import type { DeviceView } from '../../../shared/contracts/devices';
import { ApiError, api, NetworkError } from '../api';
import { useMobile } from '../context';
import { useT } from '../i18n';
import { Card, Screen } from '../ui';

/** My devices (issue 11 item 1): the phones signed in to this account; sign one out, or this one. */
export function Devices() {
  const { t } = useT();
  const { signOut, queue } = useMobile();
  const [items, setItems] = useState<DeviceView[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(async () => {
    try {
      setItems((await api<{ items: DeviceView[] }>('GET', '/api/devices')).items);
      setError(undefined);
    } catch (e) {
      setError(
        e instanceof NetworkError
          ? t('没有信号，设备列表需要联网查看', 'No signal: the device list needs the network')
          : e instanceof ApiError
            ? e.message
            : String(e),
      );
    }
  }, [t]);
  useEffect(() => void load(), [load]);
  const unsent = queue.filter((i) => i.state !== 'accepted').length;
  const when = (iso: string) => iso.slice(0, 10);
  return (
    <Screen title={t('我的设备', 'My devices')}>
      {error ? <p className="notice">{error}</p> : null}
      {items?.map((d) => (
        <Card key={d.id} title={d.name}>
          <p className="muted">
            {t(
              `${when(d.signedInAt)} 登录，保持到 ${when(d.expiresAt)}`,
              `Signed in ${when(d.signedInAt)}, until ${when(d.expiresAt)}`,
            )}
            {d.current ? ` · ${t('就是这台', 'this phone')}` : ''}
          </p>
          {!d.current ? (
            <button
              type="button"
              onClick={async () => {
                try {
                  await api('DELETE', `/api/devices/${d.id}`);
                  await load();
                } catch (e) {
                  setError(e instanceof Error ? e.message : String(e));
                }
              }}
            >
              {t('让这台设备退出登录', 'Sign this device out')}
            </button>
          ) : null}
        </Card>
      ))}
      <Card>
        {unsent ? (
          <p className="notice">
            {t(
              `还有 ${unsent} 项未发送，退出后会从手机上删除。`,
              `${unsent} items are not sent yet; signing out deletes them from the phone.`,
            )}
          </p>
        ) : null}
        <button type="button" className="danger" onClick={() => void signOut()}>
          {t('在这台手机上退出登录', 'Sign out on this phone')}
        </button>
      </Card>
    </Screen>
  );
}
