import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { notifications, users } from '../../db/schema';

export type NotificationRow = typeof notifications.$inferSelect;
export interface NewNotification {
  kind: string;
  subject: string;
  title: { zh: string; en: string };
  href: string;
}

/** In-app notifications (issue 12 item 6): one row per user, kind and subject; one writer: this module. */
export function createNotificationRepository() {
  return {
    /** Adds the notification for each user; one already there for the same subject is left as it is. */
    async notify(db: Executor, userIds: readonly string[], n: NewNotification, at: Date) {
      if (!userIds.length) return;
      await db
        .insert(notifications)
        .values(
          [...new Set(userIds)].map((userId) => ({
            userId,
            kind: n.kind,
            subject: n.subject,
            titleZh: n.title.zh,
            titleEn: n.title.en,
            href: n.href,
            createdAt: at,
          })),
        )
        .onConflictDoNothing();
    },
    async list(db: Executor, userId: string, unreadOnly: boolean, limit = 50) {
      return db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), unreadOnly ? isNull(notifications.readAt) : undefined))
        .orderBy(desc(notifications.createdAt))
        .limit(limit);
    },
    async unread(db: Executor, userId: string): Promise<number> {
      const [r] = await db
        .select({ n: count() })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
      return r?.n ?? 0;
    },
    /** Marks one of the user's own notifications read; another user's is not found. */
    async markRead(db: Executor, userId: string, id: string, at: Date) {
      const [row] = await db
        .update(notifications)
        .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
        .returning();
      return row;
    },
    async markAllRead(db: Executor, userId: string, at: Date) {
      const rows = await db
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return rows.length;
    },
    /** The enabled accounts of a cadre (a cadre's own account, issue 10). */
    async accountsOfCadres(db: Executor, cadreIds: readonly string[]): Promise<string[]> {
      if (!cadreIds.length) return [];
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.cadreId, [...cadreIds]), eq(users.disabled, false)));
      return rows.map((r) => r.id);
    },
    /** Every enabled account, in pages (the daily digest). */
    async accounts(db: Executor, afterId: string | null, limit: number) {
      return db
        .select({
          id: users.id,
          username: users.username,
          roles: users.roles,
          scopeRegions: users.scopeRegions,
          scopeUnits: users.scopeUnits,
          cadreId: users.cadreId,
        })
        .from(users)
        .where(and(eq(users.disabled, false), afterId ? sql`${users.id} > ${afterId}` : undefined))
        .orderBy(users.id)
        .limit(limit);
    },
  };
}
export type NotificationRepository = ReturnType<typeof createNotificationRepository>;
