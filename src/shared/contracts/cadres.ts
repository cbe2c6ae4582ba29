import { z } from 'zod';
import { genders, partyStatuses, ranks, strengths } from '../dictionaries';
import { bilingual } from '../errors';
import { listOf, pageQuery, regionCode, uuid } from './common';
import { csvOf, isoDate } from './villages';

export const gender = z.enum(genders);
export const partyStatus = z.enum(partyStatuses);
export const rank = z.enum(ranks);
export const strength = z.enum(strengths);

const name = z
  .string()
  .trim()
  .min(1, bilingual('请填写姓名', 'give the name'))
  .max(50, bilingual('姓名不超过 50 字', 'at most 50 characters'));
// The checksum and the agreement with birth date and gender are checked by the service (domain/registry).
const idNumber = z
  .string()
  .trim()
  .regex(
    /^\d{17}[\dXx]$/,
    bilingual(
      '身份证号应为 18 位：17 位数字加 1 位数字或 X',
      'an ID number has 18 characters: 17 digits and a digit or X',
    ),
  );
const phone = z
  .string()
  .trim()
  .regex(
    /^1[3-9]\d{9}$/,
    bilingual('手机号应为 11 位数字，以 1 开头', 'a mobile number has 11 digits starting with 1'),
  );

export const createCadreBody = z.object({
  name,
  gender,
  birthDate: isoDate,
  idNumber,
  phone,
  unitId: uuid,
  partyStatus,
  partyJoinedOn: isoDate.nullable().optional(),
  partyFullOn: isoDate.nullable().optional(),
  workStartedOn: isoDate,
  rank: rank.nullable().optional(),
  reserveCadre: z.boolean().optional(),
  young: z.boolean().optional(),
  steppedDownForAge: z.boolean().optional(),
  ruralExperience: z.boolean().optional(),
  agriExpertise: z.boolean().optional(),
  strengths: z.array(strength).max(3).optional(),
});
export type CreateCadreBody = z.infer<typeof createCadreBody>;

export const updateCadreBody = createCadreBody.partial();
export type UpdateCadreBody = z.infer<typeof updateCadreBody>;

export const cadreFactsView = z.object({
  asOf: z.string(),
  age: z.number().int(),
  partyStandingYears: z.number().int().nullable(),
  workYears: z.number().int(),
  young: z.boolean(),
  ageLine: z.number().int(),
  /**
   * The date age and `young` are taken on: `asOf` for readers who may reveal the ID number; today for the
   * others, so that stepping the date cannot find the birthday (and with it digits 7–14 of the ID number).
   */
  ageAsOf: z.string(),
});

export const cadreView = z.object({
  id: z.string(),
  name: z.string(),
  gender,
  /**
   * Only for those who may reveal this cadre's numbers (its unit's personnel department, the organisation
   * department of its unit's region or of a village it serves in, sys_admin); null for everyone else,
   * who see `age`: the birth date beside the masked ID number would narrow the number down.
   */
  birthDate: z.string().nullable(),
  /** Completed years on the view's date (facts.asOf). */
  age: z.number().int(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  regionCode: z.string(),
  partyStatus,
  partyJoinedOn: z.string().nullable(),
  partyFullOn: z.string().nullable(),
  workStartedOn: z.string(),
  rank: rank.nullable(),
  reserveCadre: z.boolean(),
  /** As declared by the unit (e.g. on a young-cadre list); facts.young is computed from age. */
  young: z.boolean(),
  steppedDownForAge: z.boolean(),
  ruralExperience: z.boolean(),
  agriExpertise: z.boolean(),
  strengths: z.array(strength),
  facts: cadreFactsView,
  /** Whether the caller may reveal the full ID and phone numbers (audited). */
  mayReveal: z.boolean(),
  demo: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CadreView = z.infer<typeof cadreView>;

const boolQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const cadreFilter = z.object({
  region: regionCode.optional(),
  unitId: uuid.optional(),
  partyStatus: partyStatus.optional(),
  strengths: csvOf(strengths).optional(),
  rank: rank.optional(),
  young: boolQuery.optional(),
  q: z.string().trim().max(50).optional(),
  /** The date the computed facts are taken on (default today). */
  date: isoDate.optional(),
});
export type CadreFilter = z.infer<typeof cadreFilter>;
export const cadreListQuery = pageQuery.extend(cadreFilter.shape);
export const cadreList = listOf(cadreView);

export const revealIdView = z.object({ idNumber: z.string() });
export const revealPhoneView = z.object({ phone: z.string() });
