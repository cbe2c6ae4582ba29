import type { Config } from './config';
import type { Database } from './db/client';
import { createAuditRepository } from './modules/audit/audit.repository';
import { createAuditService } from './modules/audit/audit.service';
import { createRegionRepository } from './modules/regions/regions.repository';
import { createRegionService } from './modules/regions/regions.service';
import { createSessionRepository } from './modules/session/session.repository';
import { createSessionService } from './modules/session/session.service';
import { createCadreRepository } from './modules/cadres/cadres.repository';
import { createCadreService } from './modules/cadres/cadres.service';
import { createImportService } from './modules/imports/imports.service';
import { createPairingRepository } from './modules/units/pairings.repository';
import { createUnitRepository } from './modules/units/units.repository';
import { createUnitService } from './modules/units/units.service';
import { createVillageRepository } from './modules/villages/villages.repository';
import { createVillageService } from './modules/villages/villages.service';
import { createFieldCipher, loadSecretKey } from './security/crypto';
import { type Clock, createUserService } from './modules/users/users.service';
import { createUserRepository } from './modules/users/users.repository';

export const systemClock: Clock = { now: () => new Date() };

/** The composition root: database → repositories → services (STYLE.md). */
export function createContainer(database: Database, config: Config, clock: Clock = systemClock) {
  const db = database.db;
  const repositories = {
    audit: createAuditRepository(),
    cadres: createCadreRepository(),
    pairings: createPairingRepository(),
    villages: createVillageRepository(),
    regions: createRegionRepository(),
    sessions: createSessionRepository(),
    units: createUnitRepository(),
    users: createUserRepository(),
  };
  // Personal data: the key is loaded on first use (security/crypto.ts).
  const cipher = createFieldCipher(() => loadSecretKey(config));
  const villages = createVillageService({ db, ...repositories, clock });
  const units = createUnitService({ db, ...repositories, clock });
  const cadres = createCadreService({ db, ...repositories, cipher, clock });
  const services = {
    audit: createAuditService({ db, audit: repositories.audit }),
    regions: createRegionService({ db, regions: repositories.regions }),
    session: createSessionService({ db, ...repositories, clock, config }),
    users: createUserService({ db, ...repositories, clock }),
    villages,
    units,
    cadres,
    imports: createImportService({ db, ...repositories, cadreService: cadres, unitService: units, villageService: villages, clock }),
  };
  return { database, config, clock, cipher, repositories, services };
}
export type Container = ReturnType<typeof createContainer>;
export type Services = Container['services'];
