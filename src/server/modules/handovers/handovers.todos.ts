// Handover to-dos (issue 12 item 6; P21.5-rotate): lists waiting for the successor's or the township's
// confirmation, and for a predecessor whose successor is on post, the lists to prepare.
import { can } from '../../../shared/permissions';
import type { TodoEntry, TodoProvider } from '../todos/todos.registry';
import type { HandoverService } from './handovers.service';

export function handoverTodos(handovers: HandoverService): TodoProvider {
  return async ({ actor }) => {
    const out: TodoEntry[] = (await handovers.waitingFor(actor)).map((h) => ({
      kind: 'handover_to_confirm',
      title: {
        zh: `交接清单待确认：${h.villageName}（${h.cadreName} 交 ${h.successorName ?? '接任者'}）`,
        en: `Handover lists to confirm: ${h.villageName} (${h.cadreName} to ${h.successorName ?? 'the successor'})`,
      },
      href: `/assignments/${h.assignmentId}/handover`,
      ruleId: 'P21.5-rotate',
    }));
    if (can(actor, 'handover.prepare') && actor.scope.cadreId) {
      for (const p of await handovers.toPrepare(actor)) {
        out.push({
          kind: 'handover_to_prepare',
          title: {
            zh: `接任者${p.successorName}已到岗：请准备${p.villageName}的三张交接清单`,
            en: `Your successor ${p.successorName} is on post: prepare the three handover lists of ${p.villageName}`,
          },
          href: `/assignments/${p.assignmentId}/handover`,
          ruleId: 'P21.5-rotate',
        });
      }
    }
    return out;
  };
}
