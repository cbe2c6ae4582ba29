import { and, asc, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { settingValues } from '../../db/schema';
import { inRegionPrefixes } from '../../db/scope';

export type SettingRow = typeof settingValues.$inferSelect;
export type NewSetting = typeof settingValues.$inferInsert;

// One writer of setting_values (append-only: rows are never updated or deleted; the history is the table).
export function createSettingsRepository() {
  return {
    /** Every record, oldest write first (the service keeps them in memory: a few per province and county). */
    async all(db: Executor): Promise<SettingRow[]> {
      return db.select().from(settingValues).orderBy(asc(settingValues.seq));
    },

    /** Every record of these settings regions (a region's chain), oldest write first. */
    async ofRegions(db: Executor, codes: readonly string[]): Promise<SettingRow[]> {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(settingValues)
        .where(inArray(settingValues.regionCode, [...codes]))
        .orderBy(asc(settingValues.seq));
    },

    /** Records of the chain codes and of regions under `below` prefixes (the caller's scope), newest first. */
    async history(
      db: Executor,
      q: { chain: readonly string[]; below: readonly string[]; key?: string },
    ): Promise<SettingRow[]> {
      const where: SQL[] = [];
      const parts: SQL[] = [];
      if (q.chain.length) parts.push(inArray(settingValues.regionCode, [...q.chain]));
      if (q.below.length) parts.push(inRegionPrefixes(settingValues.regionCode, q.below));
      if (parts.length === 0) return [];
      where.push(parts.length === 1 ? parts[0]! : or(...parts)!);
      if (q.key) where.push(eq(settingValues.key, q.key));
      return db
        .select()
        .from(settingValues)
        .where(and(...where))
        .orderBy(desc(settingValues.effectiveFrom), desc(settingValues.seq))
        .limit(1000);
    },

    async insert(db: Executor, row: NewSetting): Promise<SettingRow> {
      const [out] = await db.insert(settingValues).values(row).returning();
      return out!;
    },
  };
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
