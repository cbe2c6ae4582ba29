import { z } from 'zod';
import { countyFlags, villageCategories } from '../dictionaries';
import { bilingual } from '../errors';
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

// WGS-84, inside China's bounding box: catches swapped latitude and longitude.
export const location = z.object({
  lat: z
    .number()
    .min(3, bilingual('纬度应在 3 至 54 之间（WGS-84）', 'latitude between 3 and 54 (WGS-84)'))
    .max(54, bilingual('纬度应在 3 至 54 之间（WGS-84）', 'latitude between 3 and 54 (WGS-84)')),
  lng: z
    .number()
    .min(73, bilingual('经度应在 73 至 136 之间（WGS-84）', 'longitude between 73 and 136 (WGS-84)'))
    .max(136, bilingual('经度应在 73 至 136 之间（WGS-84）', 'longitude between 73 and 136 (WGS-84)')),
});

const count = (zh: string, en: string) =>
  z
    .number()
    .int(bilingual(`${zh}应为整数`, `${en} must be a whole number`))
    .min(0)
    .max(1_000_000);
export const checkinRadius = z
  .number()
  .int()
  .min(50, bilingual('打卡半径应在 50 至 50000 米之间', 'between 50 and 50,000 m'))
  .max(50_000, bilingual('打卡半径应在 50 至 50000 米之间', 'between 50 and 50,000 m'));

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
