import type { Scope } from '../domain/access/scope';
import type { Role } from '../shared/dictionaries';

/** Who is acting, for services: identity, roles, scope and request facts for the audit record. */
export interface Actor {
  userId: string | null;
  username: string;
  roles: readonly Role[];
  scope: Scope;
  /** For role `cadre`: the one cadre record the account acts for (issue 10: a cadre's own account). */
  cadreId?: string | null;
  requestId: string | null;
  ip: string | null;
}

export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  username: name,
  roles: ['sys_admin'],
  scope: { national: true, regions: [], units: [] },
  requestId: null,
  ip: null,
});

export const hasRole = (actor: Actor, ...roles: Role[]) => actor.roles.some((r) => roles.includes(r));
