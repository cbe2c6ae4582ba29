import type { Scope } from '../../../domain/access/scope';
import { NATIONAL, type Role } from '../../../shared/dictionaries';

/**
 * The scope a user acts with. A cadre's own account (role \`cadre\`, issue 10) acts only on its cadre's records:
 * no regions or units, whatever scope it is administered under (that stays in \`scopeOfUser\`, which decides
 * which administrators manage the account).
 */
export function actingScopeOf(user: {
  roles: readonly string[];
  scopeRegions: readonly string[];
  scopeUnits: readonly string[];
  cadreId?: string | null;
}): Scope {
  if (user.roles.includes('cadre' satisfies Role))
    return { national: false, regions: [], units: [], cadreId: user.cadreId ?? null };
  return scopeOfUser(user);
}

/** The scope a user row grants: sys_admin and the '*' region are national. */
export function scopeOfUser(user: {
  roles: readonly string[];
  scopeRegions: readonly string[];
  scopeUnits: readonly string[];
}): Scope {
  return {
    national: user.roles.includes('sys_admin' satisfies Role) || user.scopeRegions.includes(NATIONAL),
    regions: user.scopeRegions.filter((r) => r !== NATIONAL),
    units: [...user.scopeUnits],
  };
}
