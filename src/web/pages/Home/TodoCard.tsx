import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTodos } from '../../api/daily';
import { useT } from '../../app/i18n';

const kindLabels: Record<string, { zh: string; en: string }> = {
  leave_to_approve: { zh: '请假审批', en: 'Leave' },
  return_overdue: { zh: '销假', en: 'Return' },
  trip_to_approve: { zh: '出差审批', en: 'Trip' },
  explanation_to_decide: { zh: '缺勤说明', en: 'Explanation' },
  absence_to_explain: { zh: '缺勤说明', en: 'Absence' },
  attendance_alert: { zh: '考勤提醒', en: 'Attendance' },
  meeting_overdue: { zh: '队长会议', en: 'Meeting' },
  meeting_scheduled: { zh: '队长会议', en: 'Meeting' },
  handover_to_prepare: { zh: '交接清单', en: 'Handover' },
  handover_to_confirm: { zh: '交接清单', en: 'Handover' },
  term_ending: { zh: '任期', en: 'Term' },
  talk_due: { zh: '谈心谈话', en: 'Talk' },
  discipline_statement: { zh: '纪律记录', en: 'Discipline' },
};

/** What waits for the signed-in user, from every module; each a link to the record, nothing ranked. */
export function TodoCard() {
  const { l } = useT();
  const { data, isLoading } = useTodos();
  const items = data?.items ?? [];
  return (
    <Card
      title={l({ zh: `我的待办（${items.length}）`, en: `My to-dos (${items.length})` })}
      loading={isLoading}
      data-testid="todos"
    >
      {items.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={l({ zh: '没有待办事项', en: 'Nothing waits for you' })}
        />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item>
              <Link to={item.href} style={{ display: 'flex', gap: 8, alignItems: 'baseline', width: '100%' }}>
                <Tag color="blue">{l(kindLabels[item.kind] ?? { zh: '待办', en: 'To-do' })}</Tag>
                <Typography.Text style={{ flex: 1 }}>{item.title}</Typography.Text>
                {item.due && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.due}
                  </Typography.Text>
                )}
                {item.ruleId && <Tag>{item.ruleId}</Tag>}
              </Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
