import { todayInShanghai } from '../../../domain/time';
import { notFound } from '../../../shared/errors';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { NotificationRepository } from '../notifications/notifications.repository';
import { actingScopeOf } from '../users/users.scope';
import type { Clock } from '../users/users.service';
import type { TodoEntry, TodoRegistry } from './todos.registry';

type Language = 'zh' | 'en';

/**
 * The signed-in user's to-dos (from the registry) and in-app notifications with an unread count. The daily
 * digest job writes one notification per user who has to-dos, once a day.
 */
export function createTodoService(deps: {
  db: Db;
  registry: TodoRegistry;
  notifications: NotificationRepository;
  clock: Clock;
}) {
  const { db, registry, notifications: repo, clock } = deps;
  const today = () => todayInShanghai(clock.now());
  return {
    async todos(actor: Actor): Promise<{ items: TodoEntry[] }> {
      return { items: await registry.gather({ actor, on: today() }) };
    },

    async notifications(actor: Actor, lang: Language, q: { unreadOnly?: boolean } = {}) {
      if (!actor.userId) return { items: [], unread: 0 };
      const rows = await repo.list(db, actor.userId, q.unreadOnly ?? false);
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          title: lang === 'en' ? r.titleEn : r.titleZh,
          href: r.href,
          createdAt: r.createdAt.toISOString(),
          read: r.readAt !== null,
        })),
        unread: await repo.unread(db, actor.userId),
      };
    },

    async read(actor: Actor, id: string) {
      const row = actor.userId ? await repo.markRead(db, actor.userId, id, clock.now()) : undefined;
      if (!row) throw notFound({ zh: '通知', en: 'notification' });
      return { unread: await repo.unread(db, actor.userId!) };
    },

    async readAll(actor: Actor) {
      if (actor.userId) await repo.markAllRead(db, actor.userId, clock.now());
      return { unread: 0 };
    },

    /**
     * The daily digest (jobs: `todos.digest`, daily): for each enabled account with to-dos, one notification
     * "N items wait for you" for the day, linking to the home page. Idempotent per user and day.
     */
    async digest(): Promise<{ users: number; notified: number }> {
      const on = today();
      const now = clock.now();
      let after: string | null = null;
      let users = 0;
      let notified = 0;
      for (;;) {
        const page = await repo.accounts(db, after, 200);
        if (!page.length) break;
        for (const u of page) {
          users++;
          const actor: Actor = {
            userId: u.id,
            username: u.username,
            roles: u.roles,
            scope: actingScopeOf(u),
            cadreId: u.cadreId,
            requestId: null,
            ip: null,
          };
          const items = await registry.gather({ actor, on });
          if (!items.length) continue;
          notified++;
          await repo.notify(
            db,
            [u.id],
            {
              kind: 'digest',
              subject: `digest:${on}`,
              title: { zh: `${on} 待办：${items.length} 项`, en: `${on}: ${items.length} to-dos` },
              href: '/',
            },
            now,
          );
        }
        after = page[page.length - 1]!.id;
      }
      return { users, notified };
    },
  };
}
export type TodoService = ReturnType<typeof createTodoService>;
