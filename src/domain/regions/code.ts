// A region code is the spine of every scope (DESIGN.md §4): 2 digits province, 4 city, 6 county,
// 9 township, 12 village. One reader of its parts, instead of `slice(0, N)` wherever a level is needed.

export type RegionLevelNumber = 1 | 2 | 3 | 4 | 5;

/** Digits of a code at each level (index = level). */
export const CODE_LENGTHS = [0, 2, 4, 6, 9, 12] as const;

const LEVEL_OF_LENGTH: Record<number, RegionLevelNumber> = { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 };

/** 1 province · 2 city · 3 county · 4 township · 5 village; undefined for a string of another length. */
export function levelOf(code: string): RegionLevelNumber | undefined {
  return LEVEL_OF_LENGTH[code.length];
}

/** The code of the code's ancestor (or itself) at `level`; undefined when the code is above that level. */
export function codeAt(code: string, level: RegionLevelNumber): string | undefined {
  const n = CODE_LENGTHS[level];
  return code.length >= n ? code.slice(0, n) : undefined;
}

const at =
  (level: RegionLevelNumber) =>
  (code: string): string => {
    const c = codeAt(code, level);
    // A caller asking for the county of a province has a bug, not a missing value.
    if (c === undefined) throw new RangeError(`region ${code} lies above level ${level}`);
    return c;
  };
/** The province (city, county, township) a code lies in, itself included; a code above that level throws
 * (use `codeAt` when it may be). */
export const provinceOf = at(1);
export const cityOf = at(2);
export const countyOf = at(3);
export const townshipOf = at(4);

/** The codes above this one, from the province down, without the code itself. */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (const n of CODE_LENGTHS.slice(1)) if (n < code.length) out.push(code.slice(0, n));
  return out;
}

/** The ancestor columns a reporting row carries (DESIGN.md §5: province, city, county, township). */
export function ancestorColumns(code: string) {
  return {
    provinceCode: codeAt(code, 1) ?? null,
    cityCode: codeAt(code, 2) ?? null,
    countyCode: codeAt(code, 3) ?? null,
    townshipCode: codeAt(code, 4) ?? null,
  };
}
