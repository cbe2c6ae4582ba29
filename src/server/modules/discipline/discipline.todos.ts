// The cadre's to-dos (issue 12 item 6): discipline records about them still without their statement
// (P21.5-discipline).
import { can } from '../../../shared/permissions';
import type { TodoProvider } from '../todos/todos.registry';
import type { DisciplineService } from './discipline.service';

export function disciplineTodos(discipline: DisciplineService): TodoProvider {
  return async ({ actor }) => {
    if (!can(actor, 'discipline.statement')) return [];
    return (await discipline.awaitingStatement(actor)).map((r) => ({
      kind: 'discipline_statement',
      title: {
        zh: `纪律记录（${r.on}）：可填写本人说明`,
        en: `Discipline record (${r.on}): you may give your statement`,
      },
      href: `/discipline/${r.id}`,
      ruleId: 'P21.5-discipline',
    }));
  };
}
