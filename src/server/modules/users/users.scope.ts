import type { Scope } from '../../../domain/access/scope';
import { NATIONAL, type Role } from '../../../shared/dictionaries';

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
