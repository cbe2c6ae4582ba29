import { z } from 'zod';
import { countyFlags, villageCategories } from '../dictionaries';
import { bilingual, type LocalisedText } from '../errors';
import { listOf, pageQuery, regionCode } from './common';

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const isCalendarDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = mo === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= days;
};

/** A calendar date written YYYY-MM-DD (Asia/Shanghai). */
export const isoDate = z
  .string()
  .max(10, bilingual('日期应为 YYYY-MM-DD 格式的有效日期', 'a real date written YYYY-MM-DD'))
  .refine(isCalendarDate, bilingual('日期应为 YYYY-MM-DD 格式的有效日期', 'a real date written YYYY-MM-DD'));

/** A comma-separated query value (`?category=a,b`) as a list of enum values. */
export const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(values.length * 2));

export const villageCategory = z.enum(villageCategories);

export const categoryPeriod = z.object({
  category: villageCategory,
  from: isoDate,
  to: isoDate.nullable().optional(),
});
export type CategoryPeriod = z.infer<typeof categoryPeriod>;

// WGS-84, inside China's bounding box: catches swapped latitude and longitude. The same limits and words
// serve the API (refusing with 400 VALIDATION, never clamping), the import sheet and the web's forms, so a
// value out of range is refused in words everywhere and never changed into another one (clerk finding 4).
const text = (zh: string, en: string): LocalisedText => ({ zh, en });
/** A message for a Zod check (the error handler splits it into the request's language). */
const zodMessage = (m: LocalisedText) => bilingual(m.zh, m.en);

export const LATITUDE = { min: 3, max: 54 } as const;
export const LONGITUDE = { min: 73, max: 136 } as const;
export const CHECKIN_RADIUS_M = { min: 50, max: 50_000 } as const;
export const HEADCOUNT = { min: 0, max: 1_000_000 } as const;

export const latitudeMessage = text(
  `纬度应在 ${LATITUDE.min} 至 ${LATITUDE.max} 之间（WGS-84，含两端）`,
  `latitude between ${LATITUDE.min} and ${LATITUDE.max} (WGS-84), both included`,
);
export const longitudeMessage = text(
  `经度应在 ${LONGITUDE.min} 至 ${LONGITUDE.max} 之间（WGS-84，含两端）`,
  `longitude between ${LONGITUDE.min} and ${LONGITUDE.max} (WGS-84), both included`,
);
export const checkinRadiusMessage = text(
  `打卡半径应为 ${CHECKIN_RADIUS_M.min} 至 ${CHECKIN_RADIUS_M.max} 米之间的整数米数（含两端）`,
  `a whole number of metres from ${CHECKIN_RADIUS_M.min} to ${CHECKIN_RADIUS_M.max}, both included`,
);
const headcountMessage = (zh: string, en: string) =>
  text(
    `${zh}应为 ${HEADCOUNT.min} 至 ${HEADCOUNT.max} 之间的整数`,
    `${en}: a whole number from ${HEADCOUNT.min} to ${HEADCOUNT.max}`,
  );

const inRange = (v: number, r: { min: number; max: number }) =>
  Number.isFinite(v) && v >= r.min && v <= r.max;

/** What is wrong with a typed value, in words, or null when it may be saved as typed (for the web's forms). */
export const rangeChecks = {
  lat: (v: number) => (inRange(v, LATITUDE) ? null : latitudeMessage),
  lng: (v: number) => (inRange(v, LONGITUDE) ? null : longitudeMessage),
  checkinRadiusM: (v: number) =>
    Number.isInteger(v) && inRange(v, CHECKIN_RADIUS_M) ? null : checkinRadiusMessage,
  population: (v: number) =>
    Number.isInteger(v) && inRange(v, HEADCOUNT) ? null : headcountMessage('人口', 'population'),
  households: (v: number) =>
    Number.isInteger(v) && inRange(v, HEADCOUNT) ? null : headcountMessage('户数', 'households'),
};

const lat = zodMessage(latitudeMessage);
const lng = zodMessage(longitudeMessage);
export const location = z.object({
  lat: z.number(lat).min(LATITUDE.min, lat).max(LATITUDE.max, lat),
  lng: z.number(lng).min(LONGITUDE.min, lng).max(LONGITUDE.max, lng),
});

const count = (zh: string, en: string) => {
  const m = zodMessage(headcountMessage(zh, en));
  return z.number(m).int(m).min(HEADCOUNT.min, m).max(HEADCOUNT.max, m);
};
const radius = zodMessage(checkinRadiusMessage);
export const checkinRadius = z
  .number(radius)
  .int(radius)
  .min(CHECKIN_RADIUS_M.min, radius)
  .max(CHECKIN_RADIUS_M.max, radius);

/** The whole category history is replaced; an optional field left out keeps its value, null clears it. */
export const putProfileBody = z.object({
  categories: z.array(categoryPeriod).max(100),
  population: count('人口', 'population').nullable().optional(),
  households: count('户数', 'households').nullable().optional(),
  location: location.nullable().optional(),
  checkinRadiusM: checkinRadius.nullable().optional(),
});
export type PutProfileBody = z.infer<typeof putProfileBody>;

export const patchLocationBody = z.object({
  location: location.nullable().optional(),
  checkinRadiusM: checkinRadius.nullable().optional(),
});
export type PatchLocationBody = z.infer<typeof patchLocationBody>;

const pathItem = z.object({ code: z.string(), name: z.string() });
const periodView = z.object({ category: villageCategory, from: z.string(), to: z.string().nullable() });

export const villageView = z.object({
  code: z.string(),
  name: z.string(),
  path: z.array(pathItem),
  townshipCode: z.string(),
  countyCode: z.string(),
  hasProfile: z.boolean(),
  population: z.number().nullable(),
  households: z.number().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  /** The radius in force: the village's own, or the provincial default. */
  checkinRadiusM: z.number(),
  checkinRadiusIsDefault: z.boolean(),
  categories: z.array(periodView),
  date: z.string(),
  activeCategories: z.array(villageCategory),
  keyAssistedCounty: z.boolean(),
  demo: z.boolean(),
  updatedAt: z.string().nullable(),
});
export type VillageView = z.infer<typeof villageView>;

export const villageListItem = z.object({
  code: z.string(),
  name: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  hasProfile: z.boolean(),
  population: z.number().nullable(),
  households: z.number().nullable(),
  location: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  checkinRadiusM: z.number(),
  activeCategories: z.array(villageCategory),
});
export type VillageListItem = z.infer<typeof villageListItem>;

export const villageFilter = z.object({
  region: regionCode.optional(),
  category: csvOf(villageCategories).optional(),
  date: isoDate.optional(),
  q: z.string().trim().max(50).optional(),
});
export const villageListQuery = pageQuery.extend(villageFilter.shape);
export type VillageFilter = z.infer<typeof villageFilter>;
export const villageList = listOf(villageListItem);

export const villageParams = z.object({
  code: z
    .string()
    .regex(/^\d{12}$/, bilingual('村级行政区划代码应为 12 位数字', 'a village code has 12 digits')),
});
export const dateQuery = z.object({ date: isoDate.optional() });

export const countyFlag = z.enum(countyFlags);
export const putCountyFlagsBody = z.object({
  flags: z.array(z.object({ flag: countyFlag, from: isoDate, to: isoDate.nullable().optional() })).max(50),
});
export type PutCountyFlagsBody = z.infer<typeof putCountyFlagsBody>;
export const countyParams = z.object({
  code: z.string().regex(/^\d{6}$/, bilingual('县级行政区划代码应为 6 位数字', 'a county code has 6 digits')),
});
export const countyFlagsView = z.object({
  county: z.object({ code: z.string(), name: z.string(), path: z.array(pathItem) }),
  flags: z.array(z.object({ flag: countyFlag, from: z.string(), to: z.string().nullable() })),
  date: z.string(),
  activeFlags: z.array(countyFlag),
  keyAssistedCounty: z.boolean(),
});
export type CountyFlagsView = z.infer<typeof countyFlagsView>;
