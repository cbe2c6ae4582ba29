import { App, Button, Empty, List, Popconfirm, Typography } from 'antd';
import { useDevices, useRevokeDevice } from '../../api/devices';
import { useT } from '../../app/i18n';

/**
 * The phones a cadre's own account is signed in on (issue 11 item 1): each stays signed in for the settings'
 * deviceSessionDays; the county's user administrator signs one out (audited). X26-apps art. 6.
 */
export function DeviceList({ userId }: { userId: string }) {
  const { l } = useT();
  const { message } = App.useApp();
  const devices = useDevices(userId);
  const revoke = useRevokeDevice(userId);
  const items = devices.data?.items ?? [];
  return (
    <section aria-label={l({ zh: '手机登录设备', en: 'Signed-in phones' })} style={{ marginTop: 24 }}>
      <Typography.Title level={5}>{l({ zh: '手机登录设备', en: 'Signed-in phones' })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {l({
          zh: '驻村干部在手机端登录后保持登录（天数由省级参数设定）；手机遗失或人员调整时可在此让设备退出登录。',
          en: 'A cadre stays signed in on the phone app for the days the provincial parameter sets; sign a device out here when a phone is lost or the cadre leaves.',
        })}
      </Typography.Paragraph>
      {items.length === 0 && !devices.isLoading ? (
        <Empty description={l({ zh: '没有登录中的手机', en: 'No phone signed in' })} />
      ) : (
        <List
          loading={devices.isLoading}
          dataSource={items}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="revoke"
                  title={l({ zh: `让“${d.name}”退出登录？`, en: `Sign “${d.name}” out?` })}
                  okText={l({ zh: '退出登录', en: 'Sign out' })}
                  cancelText={l({ zh: '取消', en: 'Cancel' })}
                  onConfirm={async () => {
                    await revoke.mutateAsync(d.id);
                    message.success(l({ zh: '该设备已退出登录', en: 'The device is signed out' }));
                  }}
                >
                  <Button danger size="small">
                    {l({ zh: '退出登录', en: 'Sign out' })}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={d.name}
                description={l({
                  zh: `${d.signedInAt.slice(0, 10)} 登录，保持到 ${d.expiresAt.slice(0, 10)}`,
                  en: `Signed in ${d.signedInAt.slice(0, 10)}, until ${d.expiresAt.slice(0, 10)}`,
                })}
              />
            </List.Item>
          )}
        />
      )}
    </section>
  );
}
