import { type AnyColumn, or, type SQL, sql } from 'drizzle-orm';
import { ancestorsOf, prefixUpperBound, type Scope } from '../../domain/access/scope';
import { assignments } from './schema/teams';

// The one place where scope becomes SQL (DESIGN.md §4). Every repository filters lists and
// lookups by id through these functions; a record outside the scope is simply not found (404).

const TRUE = sql`true`;
const FALSE = sql`false`;

/** Codes in any of the prefix subtrees, as index-friendly ranges. */
export function inRegionPrefixes(column: AnyColumn | SQL, prefixes: readonly string[]): SQL {
  if (prefixes.length === 0) return FALSE;
  const ranges = prefixes.map((p) => sql`(${column} >= ${p} and ${column} < ${prefixUpperBound(p)})`);
  return ranges.length === 1 ? ranges[0]! : or(...ranges)!;
}

/** Records located in the scope's regions. */
export function regionScope(scope: Scope, column: AnyColumn | SQL): SQL {
  if (scope.national) return TRUE;
  return inRegionPrefixes(column, scope.regions);
}

/** Regions a user may see: the subtrees of the scope and their ancestors (to walk the tree down). */
export function regionVisibility(
  scope: Scope,
  column: AnyColumn | SQL,
  extraPrefixes: readonly string[] = [],
): SQL {
  if (scope.national) return TRUE;
  const prefixes = [...scope.regions, ...extraPrefixes];
  const ancestors = [...new Set(prefixes.flatMap(ancestorsOf))];
  const inside = inRegionPrefixes(column, prefixes);
  return ancestors.length ? or(inside, sql`${column} = any(${sql.param(ancestors)}::text[])`)! : inside;
}

/** Records in the scope's regions or belonging to one of its units. */
export function regionOrUnitScope(
  scope: Scope,
  regionColumn: AnyColumn | SQL,
  unitColumn: AnyColumn | SQL,
): SQL {
  if (scope.national) return TRUE;
  const parts: SQL[] = [];
  if (scope.regions.length) parts.push(inRegionPrefixes(regionColumn, scope.regions));
  if (scope.units.length) parts.push(sql`${unitColumn} = any(${sql.param([...scope.units])}::uuid[])`);
  if (parts.length === 0) return FALSE;
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/** For an array column of region codes: true if any element lies in the scope. */
export function anyRegionInScope(scope: Scope, arrayColumn: AnyColumn): SQL {
  if (scope.national) return TRUE;
  if (scope.regions.length === 0) return FALSE;
  return sql`exists (select 1 from unnest(${arrayColumn}) as r(code) where ${inRegionPrefixes(sql`r.code`, scope.regions)})`;
}

/** For an array column of unit ids: true if any element is one of the scope's units. */
export function anyUnitInScope(scope: Scope, arrayColumn: AnyColumn): SQL {
  if (scope.national) return TRUE;
  if (scope.units.length === 0) return FALSE;
  return sql`${arrayColumn} && ${sql.param([...scope.units])}::uuid[]`;
}

/** A cadre's own account (issue 10): records of its own cadre (`column` holds a cadre id). */
export function ownCadre(scope: Scope, column: AnyColumn | SQL): SQL {
  if (!scope.cadreId) return FALSE;
  return sql`${column} = ${scope.cadreId}`;
}

/** A cadre's own account (issue 10): a village (`column` holds its code) the cadre serves or served in. */
export function ownVillage(scope: Scope, column: AnyColumn | SQL): SQL {
  if (!scope.cadreId) return FALSE;
  return sql`exists (select 1 from ${assignments} own where own.cadre_id = ${scope.cadreId} and own.village_code = ${column})`;
}
