import { regionVisible } from '../../../domain/access/scope';
import { ancestorsOf } from '../../../domain/regions/code';
import { notFound } from '../../../shared/errors';
import { type Actor, systemActor } from '../../context';
import type { Executor } from '../../db/client';
import type { RegionRecord, RegionRepository } from './regions.repository';

const REGION = { zh: '行政区划', en: 'region' };

/** The villages a cadre serves or served in (a cadre's own account has no region scope of its own). */
export type CadreVillages = (cadreId: string) => Promise<readonly string[]>;

/**
 * A region whose shared rules an actor may read — the settings in force and the work calendar: any region
 * visible in its scope; for a cadre's own account (issue 10 item 3), the villages it serves or served in and
 * the regions above them, so the cadre's own leave form can say who approves. Otherwise 404, like an unknown
 * code.
 */
export async function readableRegion(
  deps: { db: Executor; regions: RegionRepository; cadreVillages?: CadreVillages },
  actor: Actor,
  code: string,
): Promise<RegionRecord> {
  const { scope } = actor;
  if (scope.national || regionVisible(scope, code)) {
    const region = await deps.regions.find(deps.db, scope, code);
    if (region) return region;
  } else if (scope.cadreId && deps.cadreVillages) {
    const villages = await deps.cadreVillages(scope.cadreId);
    if (villages.some((v) => v === code || ancestorsOf(v).includes(code))) {
      const region = await deps.regions.find(deps.db, systemActor().scope, code);
      if (region) return region;
    }
  }
  throw notFound(REGION);
}
