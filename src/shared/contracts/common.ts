import { z } from 'zod';
import { bilingual } from '../errors';

export const regionCode = z
  .string()
  .regex(
    /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/,
    bilingual('行政区划代码应为 2、4、6、9 或 12 位数字', 'a region code of 2, 4, 6, 9 or 12 digits'),
  );

export const uuid = z.uuid(bilingual('应为 UUID 格式的编号', 'must be a UUID'));

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(20),
});

export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const errorBody = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
  requestId: z.string(),
});

export const idParams = z.object({ id: uuid });

/** Whom an administrator's correction is entered for: the office that took the decision (issue 9). */
export const onBehalfOf = z
  .object({
    unitId: z.uuid().optional(),
    regionCode: z
      .string()
      .regex(/^\d{2,12}$/)
      .optional(),
    name: z.string().trim().min(2).max(100),
  })
  .refine((o) => Boolean(o.unitId) !== Boolean(o.regionCode), {
    message: 'give the unit (unitId) or the region (regionCode) of the office represented, one of them',
    path: ['unitId'],
  });
export type OnBehalfOf = z.infer<typeof onBehalfOf>;
