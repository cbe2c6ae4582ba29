// Terms ending (issue 12 item 6; P21.5-rotate): for the county, terms ending within 60 days without a successor
// in place; for a cadre, their own term ending within 60 days.
import { can } from '../../../shared/permissions';
import { capped, type TodoProvider } from '../todos/todos.registry';
import type { TermService } from './terms.service';

const WITHIN_DAYS = 60;

export function termTodos(terms: TermService): TodoProvider {
  return async ({ actor, on }) => {
    const own = !!actor.scope.cadreId;
    if (!own && !can(actor, 'teams.compose')) return [];
    if (!own && actor.scope.national) return [];
    const ending = await terms.ending(actor, { withinDays: WITHIN_DAYS, date: on });
    const items = ending.items.filter((t) => (own ? t.cadreId === actor.scope.cadreId : !t.successorInPlace));
    return capped(
      items.map((t) => ({
        kind: 'term_ending',
        title: own
          ? { zh: `您的驻村任期将于 ${t.lastDay} 届满`, en: `Your term ends on ${t.lastDay}` }
          : {
              zh: `任期将满：${t.cadreName}（${t.villageName}）${t.lastDay}，尚无接任者`,
              en: `Term ending: ${t.cadreName} (${t.villageName}) ${t.lastDay}, no successor yet`,
            },
        href: own ? '/' : `/terms?id=${t.assignmentId}`,
        due: t.lastDay,
        ruleId: 'P21.5-rotate',
      })),
      { kind: 'term_ending', href: '/terms' },
    );
  };
}
