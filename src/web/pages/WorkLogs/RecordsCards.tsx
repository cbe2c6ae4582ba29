import { can } from '../../../shared/permissions';
import { useSession } from '../../app/auth';
import { useT } from '../../app/i18n';
import { TaskListCard } from './TaskListCard';
import { WorkLogsCard } from './WorkLogsCard';

/** On a village's page: its task list (P21.4-list) and its work logs, for those who read them (issue 11 item 7). */
export function VillageWorkCards({ code }: { code: string }) {
  const session = useSession();
  return (
    <>
      {can(session, 'villageTasks.read') && <TaskListCard code={code} />}
      {can(session, 'workLogs.read') && <WorkLogsCard villageCode={code} />}
    </>
  );
}

/** On a cadre's file: the cadre's work logs, for those who read them (issue 11 item 7). */
export function CadreWorkLogs({ cadreId }: { cadreId: string }) {
  const session = useSession();
  const { l } = useT();
  if (!can(session, 'workLogs.read')) return null;
  return <WorkLogsCard cadreId={cadreId} title={l({ zh: '驻村工作日志', en: 'Work logs' })} />;
}
