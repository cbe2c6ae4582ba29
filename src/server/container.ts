import type { Config } from './config';
import type { Database } from './db/client';
import { createAuditRepository } from './modules/audit/audit.repository';
import { createAuditService } from './modules/audit/audit.service';
import { createRegionRepository } from './modules/regions/regions.repository';
import { createRegionService } from './modules/regions/regions.service';
import { createSessionRepository } from './modules/session/session.repository';
import { createSessionService } from './modules/session/session.service';
import { createUnitRepository } from './modules/units/units.repository';
import { type Clock, createUserService } from './modules/users/users.service';
import { createUserRepository } from './modules/users/users.repository';

export const systemClock: Clock = { now: () => new Date() };

/** The composition root: database → repositories → services (STYLE.md). */
export function createContainer(database: Database, config: Config, clock: Clock = systemClock) {
  const db = database.db;
  const repositories = {
    audit: createAuditRepository(),
    regions: createRegionRepository(),
    sessions: createSessionRepository(),
    units: createUnitRepository(),
    users: createUserRepository(),
  };
  const services = {
    audit: createAuditService({ db, audit: repositories.audit }),
    regions: createRegionService({ db, regions: repositories.regions }),
    session: createSessionService({ db, ...repositories, clock, config }),
    users: createUserService({ db, ...repositories, clock }),
  };
  return { database, config, clock, repositories, services };
}
export type Container = ReturnType<typeof createContainer>;
export type Services = Container['services'];
