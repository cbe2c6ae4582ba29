// Region-and-unit scope (DESIGN.md §4), as pure functions. A scope is a set of region-code prefixes
// (or the whole country) and a set of dispatching units.

export interface Scope {
  national: boolean;
  regions: readonly string[];
  units: readonly string[];
  /**
   * A cadre's own account (issue 10): no regions or units, only the records of this one cadre — its own
   * record, its assignments and the village and team it serves or served in.
   */
  cadreId?: string | null;
}

export const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;

/** Ancestor codes of a region code: 520121101 → ['52', '5201', '520121']. */
export function ancestorsOf(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n < code.length).map((n) => code.slice(0, n));
}

/** The exclusive upper bound of a prefix range: '52' → '53', '5201' → '5202'. */
export function prefixUpperBound(prefix: string): string {
  // Region codes are digits; incrementing the last digit ('9' → ':') keeps the ASCII order.
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

export const withinPrefix = (code: string, prefix: string) => code.startsWith(prefix);

/** A region is inside the scope if it lies in one of its subtrees. */
export function regionInScope(scope: Scope, code: string): boolean {
  return scope.national || scope.regions.some((p) => withinPrefix(code, p));
}

/** A region is visible if inside the scope or an ancestor of it (so the tree can be walked down). */
export function regionVisible(scope: Scope, code: string): boolean {
  return (
    regionInScope(scope, code) || scope.regions.some((p) => p.length > code.length && p.startsWith(code))
  );
}

/**
 * Whether `inner` lies entirely inside `outer`: every region of inner within a prefix of outer and
 * every unit of inner either among outer's units or in `unitsInOuterRegions` (units located in outer's regions).
 */
export function scopeContains(
  outer: Scope,
  inner: Scope,
  unitsInOuterRegions: ReadonlySet<string> = new Set(),
): { ok: true } | { ok: false; regions: string[]; units: string[]; national: boolean } {
  if (outer.national) return { ok: true };
  const regions = inner.regions.filter((r) => !regionInScope(outer, r));
  const units = inner.units.filter((u) => !outer.units.includes(u) && !unitsInOuterRegions.has(u));
  if (!inner.national && regions.length === 0 && units.length === 0) return { ok: true };
  return { ok: false, regions, units, national: inner.national };
}

/**
 * The part of another scope (a user's, as stored) that lies inside `reader`: its regions within the
 * reader's and its units among the reader's or located in the reader's regions. `beyond` says whether
 * anything was left out, so a reader never learns the regions of a scope that reaches past its own.
 */
export function visiblePartOf(
  reader: Scope,
  other: { regions: readonly string[]; units: readonly string[] },
  unitsInReaderRegions: ReadonlySet<string> = new Set(),
): { regions: string[]; units: string[]; beyond: boolean } {
  if (reader.national) return { regions: [...other.regions], units: [...other.units], beyond: false };
  const regions = other.regions.filter((r) => r !== '*' && regionInScope(reader, r));
  const units = other.units.filter((u) => reader.units.includes(u) || unitsInReaderRegions.has(u));
  return {
    regions,
    units,
    beyond: regions.length < other.regions.length || units.length < other.units.length,
  };
}

/** Removes prefixes already covered by a shorter one: ['52', '520121'] → ['52']. */
export function normalisePrefixes(prefixes: readonly string[]): string[] {
  const sorted = [...new Set(prefixes)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const out: string[] = [];
  for (const p of sorted) if (!out.some((q) => p.startsWith(q))) out.push(p);
  return out.sort();
}
