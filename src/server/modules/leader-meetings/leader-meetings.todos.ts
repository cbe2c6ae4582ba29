// The leading group's to-dos (issue 12 item 6): counties of the user's regions overdue for their quarterly
// team-leader meeting (P17.4.2-meeting) — the county itself and the city above see them — and meetings
// scheduled but not yet recorded as held.
import { can } from '../../../shared/permissions';
import { capped, type TodoEntry, type TodoProvider } from '../todos/todos.registry';
import type { LeaderMeetingService } from './leader-meetings.service';

export function leaderMeetingTodos(meetings: LeaderMeetingService): TodoProvider {
  return async ({ actor, on }) => {
    if (!can(actor, 'meetings.record') || actor.scope.national || !actor.scope.regions.length) return [];
    const overdue = await meetings.overdue(actor, { date: on });
    const out: TodoEntry[] = overdue.counties.map((c) => ({
      kind: 'meeting_overdue',
      title: {
        zh: `${c.name} ${overdue.quarter} 未召开驻村工作队队长会议${c.lastHeldOn ? `（上次 ${c.lastHeldOn}）` : ''}`,
        en: `${c.name}: no team-leader meeting in ${overdue.quarter}${c.lastHeldOn ? ` (last ${c.lastHeldOn})` : ''}`,
      },
      href: `/meetings?county=${c.countyCode}`,
      due: overdue.to,
      ruleId: 'P17.4.2-meeting',
    }));
    const scheduled = await meetings.list(actor, { status: 'scheduled', page: 1, pageSize: 21 });
    out.push(
      ...capped(
        scheduled.items
          .filter((m) => m.plannedOn && m.plannedOn <= on)
          .map((m) => ({
            kind: 'meeting_scheduled',
            title: {
              zh: `${m.countyName} 队长会议（计划 ${m.plannedOn}）待记录会议情况`,
              en: `${m.countyName}: record the team-leader meeting planned for ${m.plannedOn}`,
            },
            href: `/meetings/${m.id}`,
            due: m.plannedOn!,
            ruleId: 'P17.4.2-meeting',
          })),
        { kind: 'meeting_scheduled', href: '/meetings?status=scheduled', total: scheduled.total },
      ),
    );
    return out;
  };
}
