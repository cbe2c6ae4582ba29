import { z } from 'zod';
import { pairingKinds, unitKinds, unitLevels } from '../dictionaries';
import { bilingual } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { isoDate } from './villages';

export const unitKind = z.enum(unitKinds);
export const unitLevel = z.enum(unitLevels);
export const pairingKind = z.enum(pairingKinds);

const unitName = z
  .string()
  .trim()
  .min(1, bilingual('请填写单位名称', 'give the unit name'))
  .max(100, bilingual('单位名称不超过 100 字', 'at most 100 characters'));

export const createUnitBody = z.object({
  name: unitName,
  kind: unitKind,
  level: unitLevel,
  regionCode,
  parentId: uuid.nullable().optional(),
});
export type CreateUnitBody = z.infer<typeof createUnitBody>;

export const updateUnitBody = z.object({
  name: unitName.optional(),
  kind: unitKind.optional(),
  level: unitLevel.optional(),
  regionCode: regionCode.optional(),
  parentId: uuid.nullable().optional(),
});
export type UpdateUnitBody = z.infer<typeof updateUnitBody>;

// A pairing targets a county (6 digits) or a village (12 digits).
const targetCode = z
  .string()
  .regex(
    /^(\d{6}|\d{12})$/,
    bilingual(
      '帮扶对象应为县（6 位）或村（12 位）行政区划代码',
      'a county (6-digit) or village (12-digit) region code',
    ),
  );

export const createPairingBody = z.object({
  kind: pairingKind,
  targetCode,
  from: isoDate,
  to: isoDate.nullable().optional(),
});
export type CreatePairingBody = z.infer<typeof createPairingBody>;

export const updatePairingBody = z.object({
  kind: pairingKind.optional(),
  targetCode: targetCode.optional(),
  from: isoDate.optional(),
  to: isoDate.nullable().optional(),
});
export type UpdatePairingBody = z.infer<typeof updatePairingBody>;

/**
 * POST /api/pairings/:id/reopen: undoes an end recorded by mistake (an audited correction). The pairing
 * holds again until `to` (open-ended when left out); the reason is kept in the audit record.
 */
export const reopenPairingBody = z.object({
  reason: z
    .string()
    .trim()
    .min(
      4,
      bilingual('请说明为什么撤销终止（至少 4 个字）', 'say why the end is undone (at least 4 characters)'),
    )
    .max(500, bilingual('原因不超过 500 字', 'at most 500 characters')),
  to: isoDate.nullable().optional(),
});
export type ReopenPairingBody = z.infer<typeof reopenPairingBody>;

export const pairingView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kind: pairingKind,
  targetCode: z.string(),
  targetName: z.string(),
  from: z.string(),
  to: z.string().nullable(),
  /** Whether the pairing holds today. */
  active: z.boolean(),
});
export type PairingView = z.infer<typeof pairingView>;

export const unitView = z.object({
  id: z.string(),
  name: z.string(),
  kind: unitKind,
  level: unitLevel,
  regionCode: z.string(),
  regionName: z.string(),
  parentId: z.string().nullable(),
  parentName: z.string().nullable(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UnitView = z.infer<typeof unitView>;

export const unitDetail = unitView.extend({ pairings: z.array(pairingView), cadreCount: z.number().int() });
export type UnitDetail = z.infer<typeof unitDetail>;

export const unitFilter = z.object({
  region: regionCode.optional(),
  kind: unitKind.optional(),
  level: unitLevel.optional(),
  parentId: uuid.optional(),
  q: z.string().trim().max(50).optional(),
});
export type UnitFilter = z.infer<typeof unitFilter>;
export const unitListQuery = pageQuery.extend(unitFilter.shape);
export const unitList = listOf(unitView);

export const pairingListQuery = pageQuery.extend({
  target: regionCode.optional(),
  kind: pairingKind.optional(),
  unitId: uuid.optional(),
  date: isoDate.optional(),
});
export const pairingList = listOf(pairingView);

export const pairingParams = z.object({ id: uuid, pairingId: uuid });
