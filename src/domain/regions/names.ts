// Region name search at national scale (665,276 names) on PostgreSQL and PGlite alike: each name carries the
// array of its character pairs (`regions.name_grams`, GIN-indexed); a query asks for the
// names holding every pair of `q`, then confirms with `like '%q%'`. pg_trgm is not
// used: it is an extension the server may not have, and under a plain C ctype it builds no trigrams from
// Chinese characters (docs/architecture.md "Regions").

/** The grams a name is indexed by: every pair of neighbouring characters, once each. */
export function nameGrams(name: string): string[] {
  const chars = Array.from(name);
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

/**
 * The grams a name must hold to contain `q` (its pairs); none for a single character, which is searched
 * by `like` alone (one scan of the names, ~0.1 s nationally: bench/regions.bench.ts).
 */
export const queryGrams = (q: string): string[] => nameGrams(q);
