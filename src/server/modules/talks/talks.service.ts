import { mayReadNotes, talkDue, talkWindowStart } from '../../../domain/daily';
import type { Parameters } from '../../../domain/settings/catalogue';
import { type IsoDate, isAfter, todayInShanghai } from '../../../domain/time';
import {
  type TalkBody,
  type TalkerOffice,
  type TalkView,
  talkerOffices,
} from '../../../shared/contracts/daily';
import { AppError, notFound, validation } from '../../../shared/errors';
import { requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { Clock } from '../users/users.service';
import type { TalkRepository, TalkRow } from './talks.repository';

const TALK = { zh: '谈心谈话记录', en: 'talk' };
const CADRE = { zh: '驻村干部', en: 'stationed cadre' };
const RULE = 'P21.6-talk';
/** The office a talker records for, when the user holds several roles: the county first. */
const OFFICE_ORDER: readonly TalkerOffice[] = [
  'leading_group',
  'org_admin',
  'township',
  'unit_committee',
  'unit_hr',
];
const UNIT_OFFICES: readonly TalkerOffice[] = ['unit_committee', 'unit_hr'];

export const officeOf = (actor: Actor): TalkerOffice | undefined =>
  OFFICE_ORDER.find((o) => actor.roles.includes(o) && talkerOffices.includes(o));

/**
 * Heart-to-heart talks (谈心谈话, P21.6-talk / P17.6.4-talk): county, township and unit leaders record who
 * talked with whom, when and on what. The notes are read only by the talker's office and the organisation
 * department (`mayReadNotes`); a cadre without a talk by an office within `talkIntervalMonths` is due.
 */
export function createTalkService(deps: {
  db: Db;
  talks: TalkRepository;
  audit: AuditRepository;
  clock: Clock;
  params: (regionCode: string, date: string) => Promise<Parameters>;
}) {
  const { db, talks: repo, audit, clock, params } = deps;
  const today = () => todayInShanghai(clock.now());

  const toView = (r: TalkRow, actor: Actor): TalkView => {
    const readable = mayReadNotes(
      {
        userId: actor.userId,
        roles: actor.roles,
        national: actor.scope.national,
        regions: actor.scope.regions,
        units: actor.scope.units,
      },
      {
        office: r.talkerOffice,
        officeRegion: r.officeRegion,
        officeUnitId: r.officeUnitId,
        talkerUserId: r.talkerUserId,
      },
      r.villageCode,
    );
    return {
      id: r.id,
      cadreId: r.cadreId,
      cadreName: r.cadreName,
      villageCode: r.villageCode,
      villageName: r.villageName,
      heldOn: r.heldOn,
      topics: r.topics,
      notes: readable ? r.notes : null,
      notesHidden: !readable && r.notes !== null,
      talkerName: r.talkerName,
      talkerOffice: r.talkerOffice,
      createdAt: r.createdAt.toISOString(),
    };
  };

  return {
    async create(actor: Actor & { displayName?: string }, input: TalkBody): Promise<TalkView> {
      requireCapability(actor, 'talks.record', { zh: '记录谈心谈话', en: 'record heart-to-heart talks' });
      const office = officeOf(actor)!;
      if (isAfter(input.heldOn as IsoDate, today())) {
        throw validation([
          {
            field: 'heldOn',
            message: { zh: '谈话日期不能晚于今天', en: 'the talk cannot be in the future' },
          },
        ]);
      }
      const at = await repo.stationedOn(db, actor.scope, input.cadreId, input.heldOn);
      if (!at) {
        throw notFound({
          zh: `${CADRE.zh}（谈话当日在您的管辖范围内驻村）`,
          en: `${CADRE.en} on that day in your scope`,
        });
      }
      const unitOffice = UNIT_OFFICES.includes(office);
      const officeRegion = unitOffice
        ? null
        : (actor.scope.regions.find((p) => at.villageCode.startsWith(p)) ??
          (actor.scope.national ? at.countyCode : null));
      const officeUnitId = unitOffice ? (actor.scope.units.find((u) => u === at.unitId) ?? null) : null;
      if (!officeRegion && !officeUnitId) {
        throw new AppError('FORBIDDEN', {
          zh: '谈话人须是该村所在县、乡镇或该干部派出单位的领导',
          en: "the talker must lead the village's county or township, or the cadre's dispatching unit",
        });
      }
      const topics = (Array.isArray(input.topics) ? input.topics : [input.topics]).map((t) => t.trim());
      const now = clock.now();
      const id = await db.transaction(async (tx) => {
        const created = await repo.insert(tx, {
          assignmentId: at.id,
          cadreId: at.cadreId,
          unitId: at.unitId,
          provinceCode: at.provinceCode,
          countyCode: at.countyCode,
          villageCode: at.villageCode,
          heldOn: input.heldOn,
          topics,
          notes: input.notes?.trim() || null,
          talkerUserId: actor.userId,
          talkerName: actor.displayName || actor.username,
          talkerOffice: office,
          officeRegion,
          officeUnitId,
          createdAt: now,
        });
        // The notes stay out of the audit record: the chain is read more widely than the notes may be.
        await audit.append(
          tx,
          actor,
          {
            action: 'talk.record',
            entityType: 'talk',
            entityId: created.id,
            regionCode: at.villageCode,
            unitId: at.unitId,
            after: {
              cadreId: at.cadreId,
              heldOn: input.heldOn,
              topics,
              office,
              hasNotes: !!created.notes,
              ruleId: RULE,
            },
          },
          now,
        );
        return created.id;
      });
      return toView((await repo.find(db, actor.scope, id))!, actor);
    },

    async get(actor: Actor, id: string): Promise<TalkView> {
      requireCapability(actor, 'talks.read', { zh: '查看谈心谈话', en: 'read heart-to-heart talks' });
      const row = await repo.find(db, actor.scope, id);
      if (!row) throw notFound(TALK);
      return toView(row, actor);
    },

    async list(actor: Actor, q: { cadreId?: string; region?: string; page: number; pageSize: number }) {
      requireCapability(actor, 'talks.read', { zh: '查看谈心谈话', en: 'read heart-to-heart talks' });
      const { items, total } = await repo.list(
        db,
        actor.scope,
        { ...(q.cadreId ? { cadreId: q.cadreId } : {}), ...(q.region ? { region: q.region } : {}) },
        q,
      );
      return { items: items.map((r) => toView(r, actor)), total, page: q.page, pageSize: q.pageSize };
    },

    /**
     * Cadres on post in the talker's scope without a talk by the talker's office within the interval the
     * settings name for their village (`talkIntervalMonths`, P21.6-talk) — the talker's to-dos.
     */
    async due(actor: Actor, q: { date?: string } = {}) {
      requireCapability(actor, 'talks.record', { zh: '查看应谈话的干部', en: 'see cadres due for a talk' });
      const on = (q.date ?? today()) as IsoDate;
      const office = officeOf(actor)!;
      const rows = await repo.lastTalks(db, actor.scope, office, on);
      const intervals = new Map<string, number>();
      for (const county of new Set(rows.map((r) => r.villageCode.slice(0, 6)))) {
        intervals.set(county, (await params(county, on)).talkIntervalMonths);
      }
      const fallback = (await params(actor.scope.regions[0]?.slice(0, 6) ?? '', on)).talkIntervalMonths;
      const items = rows.filter((r) =>
        talkDue(r.lastTalkOn as IsoDate | null, on, intervals.get(r.villageCode.slice(0, 6)) ?? fallback),
      );
      return {
        ruleId: RULE as typeof RULE,
        intervalMonths: fallback,
        since: talkWindowStart(on, fallback),
        items: items.map((r) => ({ ...r, lastTalkOn: r.lastTalkOn ?? null })),
      };
    },
  };
}
export type TalkService = ReturnType<typeof createTalkService>;
