import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { deviceSessions, sessions, users } from '../../db/schema';

/** Device sessions (issue 11 item 1): a session row marked as a cadre's phone, with the device's name. */
export function createDeviceRepository() {
  const columns = {
    id: deviceSessions.id,
    sessionId: deviceSessions.sessionId,
    userId: deviceSessions.userId,
    name: deviceSessions.name,
    userAgent: deviceSessions.userAgent,
    days: deviceSessions.days,
    createdAt: deviceSessions.createdAt,
    expiresAt: sessions.expiresAt,
  };
  return {
    async insert(db: Executor, row: typeof deviceSessions.$inferInsert): Promise<{ id: string }> {
      const [created] = await db.insert(deviceSessions).values(row).returning({ id: deviceSessions.id });
      return created!;
    },

    /** The live device sessions of a user, oldest first (an expired one is gone at its next use). */
    async listForUser(db: Executor, userId: string) {
      return db
        .select(columns)
        .from(deviceSessions)
        .innerJoin(sessions, eq(sessions.id, deviceSessions.sessionId))
        .where(eq(deviceSessions.userId, userId))
        .orderBy(asc(deviceSessions.createdAt));
    },

    /** A device with its user's scope (the service decides who may see it). */
    async findWithUser(db: Executor, id: string) {
      const [row] = await db
        .select({ device: columns, user: users })
        .from(deviceSessions)
        .innerJoin(sessions, eq(sessions.id, deviceSessions.sessionId))
        .innerJoin(users, eq(users.id, deviceSessions.userId))
        .where(eq(deviceSessions.id, id))
        .limit(1);
      return row;
    },

    /** Ends the device's session; the device row goes with it (on delete cascade). */
    async revoke(db: Executor, sessionId: string): Promise<void> {
      await db.delete(sessions).where(eq(sessions.id, sessionId));
    },
  };
}
export type DeviceRepository = ReturnType<typeof createDeviceRepository>;
