// The talker's to-dos (issue 12 item 6): cadres on post in the office's scope without a talk by the office in
// the interval the settings name (talkIntervalMonths, P21.6-talk / P17.6.4-talk).
import { can } from '../../../shared/permissions';
import { capped, type TodoProvider } from '../todos/todos.registry';
import type { TalkService } from './talks.service';

export function talkTodos(talks: TalkService): TodoProvider {
  return async ({ actor, on }) => {
    if (!can(actor, 'talks.record') || actor.scope.national) return [];
    const due = await talks.due(actor, { date: on });
    return capped(
      due.items.map((c) => ({
        kind: 'talk_due',
        title: {
          zh: `谈心谈话：${c.name}（${c.villageName}）${c.lastTalkOn ? `上次 ${c.lastTalkOn}` : '本期尚未谈话'}`,
          en: `Heart-to-heart talk: ${c.name} (${c.villageName}) ${c.lastTalkOn ? `last ${c.lastTalkOn}` : 'none yet'}`,
        },
        href: `/talks?cadreId=${c.cadreId}`,
        ruleId: 'P21.6-talk',
      })),
      { kind: 'talk_due', href: '/talks?due=true' },
    );
  };
}
