import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type Gender,
  genders,
  type PartyStatus,
  partyStatuses,
  type Rank,
  ranks,
  type Strength,
  strengths,
} from '../../../shared/dictionaries';
import { inList } from './sql';
import { units } from './units';

// The cadre pool (干部库). The ID number is never stored in plain text (PIPL-28): AES-256-GCM
// ciphertext, an HMAC-SHA256 for uniqueness and lookup, and the masked form (last 4 characters) for display.
// region/province/county codes are the unit's, copied for scope and national grouping.
export const cadres = pgTable(
  'cadres',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    regionCode: text('region_code').notNull(),
    provinceCode: text('province_code').notNull(),
    countyCode: text('county_code'),
    name: text('name').notNull(),
    gender: text('gender').$type<Gender>().notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    idNumberCipher: text('id_number_cipher').notNull(),
    idNumberHash: text('id_number_hash').notNull(),
    idNumberMasked: text('id_number_masked').notNull(),
    phoneCipher: text('phone_cipher').notNull(),
    phoneMasked: text('phone_masked').notNull(),
    partyStatus: text('party_status').$type<PartyStatus>().notNull(),
    partyJoinedOn: date('party_joined_on', { mode: 'string' }),
    partyFullOn: date('party_full_on', { mode: 'string' }),
    workStartedOn: date('work_started_on', { mode: 'string' }).notNull(),
    rank: text('rank').$type<Rank>(),
    reserveCadre: boolean('reserve_cadre').notNull().default(false),
    young: boolean('young').notNull().default(false),
    steppedDownForAge: boolean('stepped_down_for_age').notNull().default(false),
    ruralExperience: boolean('rural_experience').notNull().default(false),
    agriExpertise: boolean('agri_expertise').notNull().default(false),
    strengths: text('strengths').array().$type<Strength[]>().notNull().default(sql`'{}'::text[]`),
    demo: boolean('demo').notNull().default(false),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cadres_id_number_hash_key').on(t.idNumberHash),
    index('cadres_unit_id_idx').on(t.unitId),
    index('cadres_region_code_idx').on(t.regionCode),
    index('cadres_province_code_idx').on(t.provinceCode),
    index('cadres_county_code_idx').on(t.countyCode),
    index('cadres_party_status_idx').on(t.partyStatus),
    index('cadres_rank_idx').on(t.rank),
    index('cadres_birth_date_idx').on(t.birthDate),
    index('cadres_name_idx').on(t.name),
    index('cadres_strengths_idx').using('gin', t.strengths),
    index('cadres_created_at_idx').on(t.createdAt),
    check('cadres_gender_check', sql`${t.gender} in (${inList(genders)})`),
    check('cadres_party_status_check', sql`${t.partyStatus} in (${inList(partyStatuses)})`),
    check('cadres_rank_check', sql`${t.rank} is null or ${t.rank} in (${inList(ranks)})`),
    check('cadres_strengths_check', sql`${t.strengths} <@ array[${inList(strengths)}]::text[]`),
  ],
);
