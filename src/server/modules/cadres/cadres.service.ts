import { regionInScope, type Scope } from '../../../domain/access/scope';
import { provinceOf } from '../../../domain/regions/code';
import { type CadreInput, cadreProblems } from '../../../domain/registry/cadre';
import { shanghaiDate } from '../../../domain/registry/dates';
import { cadreFacts, youngBornAfter } from '../../../domain/registry/facts';
import { maskIdNumber, maskPhone, normaliseIdNumber } from '../../../domain/registry/id-number';
import { DEFAULT_YOUNG_AGE_LINE } from '../../../domain/registry/parameters';
import type {
  CadreFilter,
  CadreView,
  CreateCadreBody,
  UpdateCadreBody,
} from '../../../shared/contracts/cadres';
import type { Rank, Strength } from '../../../shared/dictionaries';
import { strengths as strengthOrder } from '../../../shared/dictionaries';
import { AppError, type FieldProblem, notFound, validation } from '../../../shared/errors';
import { can } from '../../../shared/permissions';
import { type Actor, hasRole } from '../../context';
import type { Db } from '../../db/client';
import type { FieldCipher } from '../../security/crypto';
import type { AuditRepository } from '../audit/audit.repository';
import type { UnitRecord, UnitRepository } from '../units/units.repository';
import { ancestorColumns } from '../units/units.service';
import type { Clock } from '../users/users.service';
import type {
  CadreQuery,
  CadreRecord,
  CadreRepository,
  CadreRow,
  NewCadre,
  RevealRights,
} from './cadres.repository';

const CADRE = { zh: '干部', en: 'cadre' };
const EVERYWHERE: Scope = { national: true, regions: [], units: [] };
const UNIT = { zh: '派出单位', en: 'dispatching unit' };
export const ID_FIELD = 'cadre.idNumber';
export const PHONE_FIELD = 'cadre.phone';

/** The neutral message for an ID number registered outside the caller's scope. */
export const registeredElsewhere = {
  zh: '此人在您的管理范围以外已有干部库记录，请联系本县（市）组织部门办理转入',
  en: "A registry record for this person exists outside your scope; contact your county's or city's organisation department (组织部门) to have it transferred",
};

/** The holder of an ID number, as told to a caller who can see that cadre. */
export interface RegisteredHolder {
  id: string;
  name: string;
  unitName: string;
}

/**
 * An ID number registered already. Named with its holder only when the caller can see that cadre; otherwise
 * the answer says no more than that a record exists elsewhere (neither name, unit nor region): anyone who
 * may register cadres must not learn where a person is registered anywhere in the country.
 */
export const duplicateIdNumber = (holder: RegisteredHolder | null = null) =>
  holder
    ? new AppError(
        'CONFLICT',
        {
          zh: `该身份证号已在干部库中登记（${holder.name}，${holder.unitName}），请勿重复录入`,
          en: `This ID number is already registered in the cadre pool (${holder.name}, ${holder.unitName})`,
        },
        {
          fields: [{ field: 'idNumber', message: { zh: '已登记', en: 'already registered' } }],
          cadre: holder,
        },
      )
    : new AppError('CONFLICT', registeredElsewhere, {
        fields: [{ field: 'idNumber', message: registeredElsewhere }],
      });

/** Whether the actor may reveal any cadre's numbers at all (then dates chosen for age facts are honoured). */
export function mayRevealAny(actor: Actor): boolean {
  const r = revealRights(actor);
  return r.all || r.units.length > 0 || r.regions.length > 0;
}

/** Who may reveal numbers, from the actor's roles (reveal stays with the cadre's home organisation). */
export function revealRights(actor: Actor): RevealRights {
  if (hasRole(actor, 'sys_admin')) return { all: true, units: [], regions: [] };
  const org = hasRole(actor, 'org_admin');
  return {
    all: org && actor.scope.national,
    units: hasRole(actor, 'unit_hr') ? actor.scope.units : [],
    regions: org ? actor.scope.regions : [],
  };
}

export function toCadreView(
  c: CadreRow,
  on: string,
  today: string,
  ageLine = DEFAULT_YOUNG_AGE_LINE,
): CadreView {
  const dates = {
    birthDate: c.birthDate,
    partyStatus: c.partyStatus,
    partyFullOn: c.partyFullOn,
    workStartedOn: c.workStartedOn,
  };
  // Age on a date of the reader's choosing would give the birthday away by bisection: readers who may not
  // reveal the ID number get age and `young` on today's date only (issue 8 finding 5).
  const ageAsOf = c.revealable ? on : today;
  const onDate = cadreFacts(dates, on, ageLine);
  const onAgeDate = ageAsOf === on ? onDate : cadreFacts(dates, ageAsOf, ageLine);
  const facts = { ...onDate, age: onAgeDate.age, young: onAgeDate.young, ageAsOf };
  return {
    id: c.id,
    name: c.name,
    gender: c.gender,
    // The birth date is digits 7–14 of the ID number: only for those who may reveal the number itself.
    birthDate: c.revealable ? c.birthDate : null,
    age: facts.age,
    idNumberMasked: c.idNumberMasked,
    phoneMasked: c.phoneMasked,
    unitId: c.unitId,
    unitName: c.unitName,
    regionCode: c.regionCode,
    partyStatus: c.partyStatus,
    partyJoinedOn: c.partyJoinedOn,
    partyFullOn: c.partyFullOn,
    workStartedOn: c.workStartedOn,
    rank: c.rank,
    reserveCadre: c.reserveCadre,
    young: c.young,
    steppedDownForAge: c.steppedDownForAge,
    ruralExperience: c.ruralExperience,
    agriExpertise: c.agriExpertise,
    strengths: c.strengths,
    facts,
    mayReveal: c.revealable,
    demo: c.demo,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * What the audit log keeps of a cadre: masked numbers only, never the plain ones, and the birth year, not the
 * date (audit readers include inspectors, who may not reveal; the date beside the masked number would narrow it).
 */
const cadreAudit = (c: CadreRecord) => ({
  name: c.name,
  gender: c.gender,
  birthYear: Number(c.birthDate.slice(0, 4)),
  idNumberMasked: c.idNumberMasked,
  phoneMasked: c.phoneMasked,
  unitId: c.unitId,
  partyStatus: c.partyStatus,
  partyJoinedOn: c.partyJoinedOn,
  partyFullOn: c.partyFullOn,
  workStartedOn: c.workStartedOn,
  rank: c.rank,
  reserveCadre: c.reserveCadre,
  young: c.young,
  steppedDownForAge: c.steppedDownForAge,
  ruralExperience: c.ruralExperience,
  agriExpertise: c.agriExpertise,
  strengths: c.strengths,
});

const isUniqueViolation = (e: unknown) => {
  const err = e as { code?: string; cause?: { code?: string } };
  return err.code === '23505' || err.cause?.code === '23505';
};

/** A validated cadre in full (create, or an update merged onto the stored record). */
export type CadreFields = CadreInput & {
  name: string;
  phone: string;
  unitId: string;
  rank: Rank | null;
  reserveCadre: boolean;
  young: boolean;
  steppedDownForAge: boolean;
  ruralExperience: boolean;
  agriExpertise: boolean;
  strengths: Strength[];
};

export function createCadreService(deps: {
  db: Db;
  cadres: CadreRepository;
  units: UnitRepository;
  audit: AuditRepository;
  cipher: FieldCipher;
  clock: Clock;
}) {
  const { db, cadres, units, audit, cipher, clock } = deps;
  const today = () => shanghaiDate(clock.now());

  /** The fields a record stores: the ID number and phone encrypted, hashed and masked. */
  function toColumns(f: CadreFields, unit: UnitRecord): Omit<NewCadre, 'createdAt' | 'updatedAt'> {
    const id = normaliseIdNumber(f.idNumber);
    return {
      unitId: unit.id,
      regionCode: unit.regionCode,
      ...ancestorColumns(unit.regionCode),
      provinceCode: provinceOf(unit.regionCode),
      name: f.name,
      gender: f.gender,
      birthDate: f.birthDate,
      idNumberCipher: cipher.encrypt(ID_FIELD, id),
      idNumberHash: cipher.hash('idNumber', id),
      idNumberMasked: maskIdNumber(id),
      phoneCipher: cipher.encrypt(PHONE_FIELD, f.phone),
      phoneMasked: maskPhone(f.phone),
      partyStatus: f.partyStatus,
      partyJoinedOn: f.partyJoinedOn,
      partyFullOn: f.partyFullOn,
      workStartedOn: f.workStartedOn,
      rank: f.rank,
      reserveCadre: f.reserveCadre,
      young: f.young,
      steppedDownForAge: f.steppedDownForAge,
      ruralExperience: f.ruralExperience,
      agriExpertise: f.agriExpertise,
      strengths: strengthOrder.filter((s) => f.strengths.includes(s)),
    };
  }

  /** May the actor register or change cadres of this unit: its HR, or the organisation department of its region. */
  const mayWriteFor = (actor: Actor, unit: { id: string; regionCode: string }) =>
    hasRole(actor, 'sys_admin') ||
    (hasRole(actor, 'unit_hr') && actor.scope.units.includes(unit.id)) ||
    (hasRole(actor, 'org_admin') && regionInScope(actor.scope, unit.regionCode));

  function requireWriterRole(actor: Actor) {
    if (!can(actor, 'cadres.write')) {
      throw new AppError('FORBIDDEN', {
        zh: '只有派出单位组织人事部门或组织部门管理员可以维护干部信息',
        en: "Only a unit's personnel department or an organisation-department administrator maintains cadres",
      });
    }
  }

  function requireUnitWrite(actor: Actor, unit: { id: string; regionCode: string; name: string }) {
    if (!mayWriteFor(actor, unit)) {
      throw new AppError('FORBIDDEN', {
        zh: `您不能维护“${unit.name}”的干部：单位人事部门只能维护本单位干部，组织部门只能维护本地区单位的干部`,
        en: `You cannot maintain cadres of ${unit.name}: a unit's personnel department keeps its own cadres, an organisation department those of units in its regions`,
      });
    }
  }

  async function unitForWrite(actor: Actor, unitId: string): Promise<UnitRecord> {
    // A unit outside the scope is not found, as any record outside the scope (DESIGN.md §4).
    const unit = await units.findInScope(db, actor.scope, unitId);
    if (!unit) throw notFound(UNIT);
    requireUnitWrite(actor, unit);
    return unit;
  }

  async function findOrFail(actor: Actor, id: string): Promise<CadreRow> {
    const row = await cadres.findInScope(db, actor.scope, id, revealRights(actor));
    if (!row) throw notFound(CADRE);
    return row;
  }

  /** Refuses an ID number registered already, telling about the holder only if the actor sees that cadre. */
  async function refuseRegistered(actor: Actor, hash: string, exceptId?: string) {
    const taken = await cadres.registeredHashes(db, actor.scope, [hash], exceptId);
    if (taken.has(hash)) throw duplicateIdNumber(taken.get(hash) ?? null);
  }

  /** A unique violation on insert or update (a registration racing this one): told as a duplicate. */
  const raced = (actor: Actor, hash: string, exceptId?: string) => async (e: unknown) => {
    if (isUniqueViolation(e)) await refuseRegistered(actor, hash, exceptId);
    throw e;
  };

  function toQuery(filter: CadreFilter, date: string, mayRevealAny: boolean): CadreQuery {
    return {
      ...(filter.region ? { region: filter.region } : {}),
      ...(filter.unitId ? { unitId: filter.unitId } : {}),
      ...(filter.partyStatus ? { partyStatus: filter.partyStatus } : {}),
      ...(filter.strengths?.length ? { strengths: filter.strengths } : {}),
      ...(filter.rank ? { rank: filter.rank } : {}),
      // As for the age shown: on the chosen date only for those who may reveal ID numbers (finding 5).
      ...(filter.young !== undefined
        ? { youngBornAfter: { young: filter.young, bound: youngBornAfter(mayRevealAny ? date : today()) } }
        : {}),
      ...(filter.q ? { q: filter.q } : {}),
    };
  }

  async function reveal(actor: Actor, id: string, what: 'id' | 'phone'): Promise<string> {
    if (!can(actor, 'cadres.reveal')) {
      throw new AppError('FORBIDDEN', {
        zh: '只有派出单位组织人事部门或组织部门管理员可以查看完整号码',
        en: "Only a unit's personnel department or an organisation-department administrator may see the full number",
      });
    }
    const c = await findOrFail(actor, id);
    if (!c.revealable) {
      throw new AppError('FORBIDDEN', {
        zh: '完整号码只能由干部所在单位的组织人事部门、单位所在地或其驻村所在地的组织部门查看；如需核对，请联系这些部门',
        en: "Only the cadre's unit's personnel department, or the organisation department of the unit's region or of a village the cadre is or was assigned to, may see the full number; ask them",
      });
    }
    const plain =
      what === 'id' ? cipher.decrypt(ID_FIELD, c.idNumberCipher) : cipher.decrypt(PHONE_FIELD, c.phoneCipher);
    const now = clock.now();
    await db.transaction(async (tx) => {
      await audit.append(
        tx,
        actor,
        {
          action: what === 'id' ? 'cadre.reveal_id' : 'cadre.reveal_phone',
          entityType: 'cadre',
          entityId: c.id,
          regionCode: c.regionCode,
          unitId: c.unitId,
          after: { name: c.name, masked: what === 'id' ? c.idNumberMasked : c.phoneMasked },
        },
        now,
      );
    });
    return plain;
  }

  return {
    toColumns,
    mayWriteFor,
    today,

    /** Of the given ID-number hashes, those registered, with the holder when the actor sees that cadre. */
    registeredHashes: (actor: Actor, hashes: readonly string[]) =>
      cadres.registeredHashes(db, actor.scope, hashes),

    async get(actor: Actor, id: string, date?: string): Promise<CadreView> {
      return toCadreView(await findOrFail(actor, id), date ?? today(), today());
    },

    async list(actor: Actor, query: CadreFilter & { page: number; pageSize: number }) {
      const date = query.date ?? today();
      const { items, total } = await cadres.list(
        db,
        actor.scope,
        toQuery(query, date, mayRevealAny(actor)),
        query,
        revealRights(actor),
      );
      return {
        items: items.map((c) => toCadreView(c, date, today())),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },

    async exportRows(actor: Actor, query: CadreFilter, limit: number) {
      const date = query.date ?? today();
      const { items, total } = await cadres.list(
        db,
        actor.scope,
        toQuery(query, date, mayRevealAny(actor)),
        { limit },
        revealRights(actor),
      );
      return { date, total, items: items.map((c) => toCadreView(c, date, today())) };
    },

    async create(actor: Actor, body: CreateCadreBody): Promise<CadreView> {
      requireWriterRole(actor);
      const fields: CadreFields = {
        name: body.name,
        gender: body.gender,
        birthDate: body.birthDate,
        idNumber: normaliseIdNumber(body.idNumber),
        phone: body.phone,
        unitId: body.unitId,
        partyStatus: body.partyStatus,
        partyJoinedOn: body.partyJoinedOn ?? null,
        partyFullOn: body.partyFullOn ?? null,
        workStartedOn: body.workStartedOn,
        rank: body.rank ?? null,
        reserveCadre: body.reserveCadre ?? false,
        young: body.young ?? false,
        steppedDownForAge: body.steppedDownForAge ?? false,
        ruralExperience: body.ruralExperience ?? false,
        agriExpertise: body.agriExpertise ?? false,
        strengths: [...new Set(body.strengths ?? [])],
      };
      const problems: FieldProblem[] = cadreProblems(fields, today());
      if (problems.length) throw validation(problems);
      const unit = await unitForWrite(actor, body.unitId);
      const columns = toColumns(fields, unit);
      await refuseRegistered(actor, columns.idNumberHash);
      const now = clock.now();
      const created = await db
        .transaction(async (tx) => {
          const row = await cadres.insert(tx, {
            ...columns,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          });
          await audit.append(
            tx,
            actor,
            {
              action: 'cadre.create',
              entityType: 'cadre',
              entityId: row.id,
              regionCode: row.regionCode,
              unitId: row.unitId,
              after: cadreAudit(row),
            },
            now,
          );
          return row;
        })
        .catch(raced(actor, columns.idNumberHash));
      // A writer of the unit may reveal its cadres (mayWriteFor implies the reveal rights).
      return toCadreView({ ...created, unitName: unit.name, revealable: true }, today(), today());
    },

    async update(actor: Actor, id: string, patch: UpdateCadreBody): Promise<CadreView> {
      requireWriterRole(actor);
      const current = await findOrFail(actor, id);
      // The cadre is visible, so its unit may be named even where the unit itself is not (a provincial
      // unit's cadre serving in the county): refused with 403, not 404.
      const currentUnit = await units.findInScope(db, EVERYWHERE, current.unitId);
      if (!currentUnit) throw notFound(UNIT);
      requireUnitWrite(actor, currentUnit);
      const unit =
        patch.unitId && patch.unitId !== current.unitId
          ? await unitForWrite(actor, patch.unitId)
          : currentUnit;
      const pick = <K extends keyof UpdateCadreBody>(
        k: K,
        fallback: NonNullable<UpdateCadreBody[K]> | null,
      ) => (patch[k] !== undefined ? patch[k] : fallback);
      const fields: CadreFields = {
        name: patch.name ?? current.name,
        gender: patch.gender ?? current.gender,
        birthDate: patch.birthDate ?? current.birthDate,
        idNumber: patch.idNumber
          ? normaliseIdNumber(patch.idNumber)
          : cipher.decrypt(ID_FIELD, current.idNumberCipher),
        phone: patch.phone ?? cipher.decrypt(PHONE_FIELD, current.phoneCipher),
        unitId: unit.id,
        partyStatus: patch.partyStatus ?? current.partyStatus,
        partyJoinedOn: (pick('partyJoinedOn', current.partyJoinedOn) as string | null) ?? null,
        partyFullOn: (pick('partyFullOn', current.partyFullOn) as string | null) ?? null,
        workStartedOn: patch.workStartedOn ?? current.workStartedOn,
        rank: (pick('rank', current.rank) as Rank | null) ?? null,
        reserveCadre: patch.reserveCadre ?? current.reserveCadre,
        young: patch.young ?? current.young,
        steppedDownForAge: patch.steppedDownForAge ?? current.steppedDownForAge,
        ruralExperience: patch.ruralExperience ?? current.ruralExperience,
        agriExpertise: patch.agriExpertise ?? current.agriExpertise,
        strengths: [...new Set(patch.strengths ?? current.strengths)],
      };
      const problems = cadreProblems(fields, today());
      if (problems.length) throw validation(problems);
      const columns = toColumns(fields, unit);
      await refuseRegistered(actor, columns.idNumberHash, id);
      const now = clock.now();
      const updated = await db
        .transaction(async (tx) => {
          const row = await cadres.update(tx, id, { ...columns, updatedAt: now });
          await audit.append(
            tx,
            actor,
            {
              action: 'cadre.update',
              entityType: 'cadre',
              entityId: id,
              regionCode: row.regionCode,
              unitId: row.unitId,
              before: cadreAudit(current),
              after: cadreAudit(row),
            },
            now,
          );
          return row;
        })
        .catch(raced(actor, columns.idNumberHash, id));
      return toCadreView({ ...updated, unitName: unit.name, revealable: true }, today(), today());
    },

    /** The plain ID number: the only way out of the database, recorded in the audit log. */
    revealId: (actor: Actor, id: string) => reveal(actor, id, 'id'),
    revealPhone: (actor: Actor, id: string) => reveal(actor, id, 'phone'),
  };
}
export type CadreService = ReturnType<typeof createCadreService>;
