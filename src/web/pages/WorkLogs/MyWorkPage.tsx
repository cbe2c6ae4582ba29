import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useState } from 'react';
import { ownCadre } from '../../api/attendance';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { CardHeading } from '../../components/CardHeading';
import { TaskListCard } from './TaskListCard';
import { WorkLogsCard } from './WorkLogsCard';
import { WriteLogModal } from './WriteLogModal';

/**
 * 我的驻村工作: the cadre's own logs and the task list of the village it serves, with a log to write and
 * progress to record — the same as the phone app, on the desktop (issue 11 item 7).
 */
export default function MyWorkPage() {
  const session = useSession();
  const { l } = useT();
  const own = ownCadre(session);
  const [writing, setWriting] = useState(false);
  if (!own.cadreId || !own.assignment)
    return (
      <Card title={<CardHeading>{l({ zh: '我的驻村工作', en: 'My village work' })}</CardHeading>}>
        <Empty
          description={l({ zh: '您今天没有在岗的驻村任期', en: 'You have no assignment on post today' })}
        />
      </Card>
    );
  const village = own.assignment.villageCode;
  return (
    <Flex vertical gap={16}>
      <WorkLogsCard
        heading
        cadreId={own.cadreId}
        title={l({
          zh: `我的工作日志 · ${own.assignment.villageName}`,
          en: `My work logs · ${own.assignment.villageName}`,
        })}
        extra={
          <Button type="primary" icon={<EditOutlined />} onClick={() => setWriting(true)}>
            {l({ zh: '写日志', en: 'Write a log' })}
          </Button>
        }
      />
      <TaskListCard code={village} />
      {writing && <WriteLogModal villageCode={village} onClose={() => setWriting(false)} />}
    </Flex>
  );
}
