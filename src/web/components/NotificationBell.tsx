import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useNotifications, useReadAllNotifications, useReadNotification } from '../api/daily';
import { useT } from '../app/i18n';

/** The bell in the header: in-app notifications with the unread count (issue 12 item 6). */
export function NotificationBell() {
  const { l } = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data } = useNotifications();
  const read = useReadNotification();
  const readAll = useReadAllNotifications();
  const unread = data?.unread ?? 0;
  const label = l({ zh: `通知（${unread} 条未读）`, en: `Notifications (${unread} unread)` });
  const content = (
    <Flex vertical gap={8} style={{ width: 340, maxHeight: 420, overflow: 'auto' }}>
      {data && data.items.length > 0 ? (
        <List
          size="small"
          dataSource={data.items}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', background: n.read ? undefined : '#f0f7ff' }}
              onClick={() => {
                if (!n.read) read.mutate(n.id);
                setOpen(false);
                navigate(n.href);
              }}
            >
              <Flex vertical>
                <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {n.createdAt.slice(0, 16).replace('T', ' ')}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={l({ zh: '暂无通知', en: 'No notifications' })}
        />
      )}
      {unread > 0 && (
        <Button size="small" onClick={() => readAll.mutate()} loading={readAll.isPending}>
          {l({ zh: '全部标为已读', en: 'Mark all read' })}
        </Button>
      )}
    </Flex>
  );
  return (
    <Popover
      content={content}
      title={l({ zh: '通知', en: 'Notifications' })}
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button type="text" icon={<BellOutlined />} aria-label={label} title={label} />
      </Badge>
    </Popover>
  );
}
