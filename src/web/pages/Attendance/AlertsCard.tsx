import { Alert, Button, Card, List, Typography } from 'antd';
import { useAttendanceAlerts, useReadAlert } from '../../api/attendance';
import { formatDateTime } from '../../app/format';
import { useT } from '../../app/i18n';
import { RuleTag } from '../../components/RuleTag';

/** 待办/提醒: the unread attendance alerts for the signed-in user; nothing shows when there are none. */
export function AlertsCard({ region }: { region?: string }) {
  const { l, lang } = useT();
  const alerts = useAttendanceAlerts({ region, unread: true, page: 1, pageSize: 20 });
  const read = useReadAlert();
  const items = alerts.data?.items ?? [];
  if (alerts.isError) return <Alert type="error" showIcon role="alert" title={alerts.error.message} />;
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {l({
            zh: `待办提醒（${alerts.data?.total ?? items.length}）`,
            en: `Reminders (${alerts.data?.total ?? items.length})`,
          })}
        </Typography.Title>
      }
    >
      <List
        dataSource={items}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button
                key="read"
                size="small"
                loading={read.isPending && read.variables === a.id}
                onClick={() => read.mutate(a.id)}
              >
                {l({ zh: '知道了', en: 'Mark read' })}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  {l(a.message)} {a.ruleId && <RuleTag ruleId={a.ruleId} compact />}
                </span>
              }
              description={`${a.cadreName} · ${formatDateTime(a.createdAt, lang)}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
