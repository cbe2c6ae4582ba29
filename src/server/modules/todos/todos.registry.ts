// To-dos (issue 12 item 6): what waits for the signed-in user, gathered from every module through a small
// registry. Each module contributes one provider function in its own `<module>.todos.ts`; the container
// registers it with a name. A provider answers the items for the actor on a date — each a link to the record,
// with its due date where it has one — and nothing is ranked or scored (X24-rules): items are listed in the
// order the providers were registered, each provider's in its own order (oldest due first).
//
// To add one (e.g. half-year reports to review or hear):
//   1. write `src/server/modules/<m>/<m>.todos.ts` exporting `(service) => TodoProvider`;
//   2. in `src/server/container.ts`: `todos.register('<m>', <m>Todos(services.<m>))`.
// A provider checks the actor's capabilities itself and answers [] when nothing concerns them; it must be
// cheap (one or two indexed queries): the home page and the daily digest call every provider.
import type { IsoDate } from '../../../domain/time';
import type { TodoItem } from '../../../shared/contracts/daily';
import type { LocalisedText } from '../../../shared/errors';
import type { Actor } from '../../context';

/** A to-do as providers answer it: the title in both languages (the route answers the request's one). */
export type TodoEntry = Omit<TodoItem, 'title'> & { title: LocalisedText };

export interface TodoContext {
  actor: Actor;
  /** Today in Asia/Shanghai. */
  on: IsoDate;
}
export type TodoProvider = (ctx: TodoContext) => Promise<TodoEntry[]>;

/** At most this many items of one kind; past it, one more item links to the whole list. */
export const TODO_CAP = 20;

/** The first `TODO_CAP` items, then one linking to the rest. */
export function capped(
  items: TodoEntry[],
  more: { kind: string; href: string; total?: number },
): TodoEntry[] {
  const total = more.total ?? items.length;
  if (total <= TODO_CAP) return items.slice(0, TODO_CAP);
  return [
    ...items.slice(0, TODO_CAP),
    {
      kind: more.kind,
      title: { zh: `还有 ${total - TODO_CAP} 项`, en: `${total - TODO_CAP} more` },
      href: more.href,
    },
  ];
}

export function createTodoRegistry() {
  const providers = new Map<string, TodoProvider>();
  return {
    /** Adds a module's provider; a name registered twice is a wiring mistake. */
    register(name: string, provider: TodoProvider) {
      if (providers.has(name)) throw new Error(`to-do provider ${name} is registered twice`);
      providers.set(name, provider);
    },
    names: () => [...providers.keys()],
    /** Every provider's items for the actor, in registration order; nothing ranked. */
    async gather(ctx: TodoContext): Promise<TodoEntry[]> {
      const out: TodoEntry[] = [];
      // One after another: on the embedded database there is one connection anyway.
      for (const provider of providers.values()) out.push(...(await provider(ctx)));
      return out;
    },
  };
}
export type TodoRegistry = ReturnType<typeof createTodoRegistry>;
