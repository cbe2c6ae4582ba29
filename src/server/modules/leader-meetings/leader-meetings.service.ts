import { regionInScope } from '../../../domain/access/scope';
import { heldWithin, lastFullQuarterBefore, quarterOf } from '../../../domain/daily';
import { type IsoDate, isAfter, todayInShanghai } from '../../../domain/time';
import type {
  MeetingBody,
  MeetingStatus,
  MeetingView,
  OverdueResult,
  RecordMeetingBody,
  ScheduleMeetingBody,
} from '../../../shared/contracts/daily';
import { AppError, type FieldProblem, notFound, validation } from '../../../shared/errors';
import { can, requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import type { Clock } from '../users/users.service';
import type { LeaderMeetingRepository, MeetingRow } from './leader-meetings.repository';

const MEETING = { zh: '队长会议', en: 'team-leader meeting' };
const COUNTY = { zh: '县（市、区）', en: 'county' };
const RULE = 'P17.4.2-meeting';

/**
 * Quarterly team-leader meetings of the county leading group (P17.4.2-meeting: 每季度至少召开一次队长会议):
 * scheduled ahead, recorded as held (date, place, attendees from the teams, minutes, decisions with owners);
 * a county with teams and no meeting in the last full quarter is overdue — to itself and to the city above.
 */
export function createLeaderMeetingService(deps: {
  db: Db;
  meetings: LeaderMeetingRepository;
  audit: AuditRepository;
  clock: Clock;
}) {
  const { db, meetings: repo, audit, clock } = deps;
  const today = () => todayInShanghai(clock.now());

  async function toView(rows: MeetingRow[]): Promise<MeetingView[]> {
    const names = await repo.cadreNames(db, [...new Set(rows.flatMap((r) => r.attendeeCadreIds))]);
    return rows.map((r) => ({
      id: r.id,
      countyCode: r.countyCode,
      countyName: r.countyName,
      status: r.status,
      plannedOn: r.plannedOn,
      heldOn: r.heldOn,
      quarter: r.heldOn ? quarterOf(r.heldOn as IsoDate).id : null,
      place: r.place,
      attendees: r.attendeeCadreIds.map((id) => ({ cadreId: id, name: names.get(id) ?? id })),
      minutes: r.minutes,
      decisions: r.decisions,
      recordedByName: r.recordedByName,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  /** The county must be a county in the actor's regions (else 404, as out of scope). */
  async function requireCounty(actor: Actor, countyCode: string) {
    const county = await repo.countyName(db, countyCode);
    if (county?.level !== 3 || !regionInScope(actor.scope, countyCode)) throw notFound(COUNTY);
    return county.name;
  }

  /** Held on a past day (not in the future), attendees stationed in the county's teams that day. */
  async function checkHeld(countyCode: string, input: RecordMeetingBody) {
    const problems: FieldProblem[] = [];
    if (isAfter(input.heldOn as IsoDate, today())) {
      problems.push({
        field: 'heldOn',
        message: {
          zh: '会议日期不能晚于今天；尚未召开的会议请先“安排会议”',
          en: 'the meeting date cannot be in the future; schedule a meeting that has not been held',
        },
      });
    }
    const ids = [...new Set(input.attendeeCadreIds)];
    const stationed = await repo.stationedInCounty(db, countyCode, input.heldOn, ids);
    input.attendeeCadreIds.forEach((id, i) => {
      if (!stationed.has(id)) {
        problems.push({
          field: `attendeeCadreIds.${i}`,
          message: {
            zh: `参会人员应为会议当日在本县驻村的干部（${id}）`,
            en: `an attendee must be a cadre stationed in the county on the day (${id})`,
          },
        });
      }
    });
    if (problems.length) throw validation(problems);
    return ids;
  }

  const entityOf = (row: { id: string; countyCode: string }) => ({
    entityType: 'leader_meeting',
    entityId: row.id,
    regionCode: row.countyCode,
  });

  return {
    /** A meeting held (P17.4.2-meeting). */
    async create(actor: Actor, input: MeetingBody): Promise<MeetingView> {
      requireCapability(actor, 'meetings.record', { zh: '记录队长会议', en: 'record team-leader meetings' });
      await requireCounty(actor, input.countyCode);
      const attendees = await checkHeld(input.countyCode, input);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const created = await repo.insert(tx, {
          provinceCode: input.countyCode.slice(0, 2),
          countyCode: input.countyCode,
          status: 'held',
          heldOn: input.heldOn,
          place: input.place,
          attendeeCadreIds: attendees,
          minutes: input.minutes,
          decisions: input.decisions ?? [],
          recordedBy: actor.userId,
          recordedByName: actor.username,
          createdAt: now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'meeting.record',
            ...entityOf(created),
            after: {
              heldOn: created.heldOn,
              place: created.place,
              attendees: attendees.length,
              decisions: created.decisions.length,
              ruleId: RULE,
            },
          },
          now,
        );
        return created;
      });
      return (await this.get(actor, row.id))!;
    },

    /** A meeting scheduled ahead (it counts once recorded as held). */
    async schedule(actor: Actor, input: ScheduleMeetingBody): Promise<MeetingView> {
      requireCapability(actor, 'meetings.record', {
        zh: '安排队长会议',
        en: 'schedule team-leader meetings',
      });
      await requireCounty(actor, input.countyCode);
      const now = clock.now();
      const row = await db.transaction(async (tx) => {
        const created = await repo.insert(tx, {
          provinceCode: input.countyCode.slice(0, 2),
          countyCode: input.countyCode,
          status: 'scheduled',
          plannedOn: input.plannedOn,
          place: input.place || null,
          recordedBy: actor.userId,
          recordedByName: actor.username,
          createdAt: now,
          updatedAt: now,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'meeting.schedule',
            ...entityOf(created),
            after: { plannedOn: created.plannedOn, place: created.place, ruleId: RULE },
          },
          now,
        );
        return created;
      });
      return (await this.get(actor, row.id))!;
    },

    /** A scheduled meeting recorded as held; a held one again → 409. */
    async recordHeld(actor: Actor, id: string, input: RecordMeetingBody): Promise<MeetingView> {
      requireCapability(actor, 'meetings.record', { zh: '记录队长会议', en: 'record team-leader meetings' });
      const found = await repo.find(db, actor.scope, id);
      if (!found) throw notFound(MEETING);
      if (found.status !== 'scheduled') {
        throw new AppError(
          'INVALID_STATE',
          { zh: '该会议已记录为召开', en: 'The meeting is already recorded as held' },
          { status: found.status },
        );
      }
      const attendees = await checkHeld(found.countyCode, input);
      const now = clock.now();
      await db.transaction(async (tx) => {
        const updated = await repo.recordHeld(tx, id, {
          heldOn: input.heldOn,
          place: input.place,
          attendeeCadreIds: attendees,
          minutes: input.minutes,
          decisions: input.decisions ?? [],
          updatedAt: now,
        });
        if (!updated) {
          throw new AppError('INVALID_STATE', {
            zh: '该会议已被他人记录为召开，请刷新',
            en: 'Someone else recorded the meeting as held; reload',
          });
        }
        await audit.append(
          tx,
          actor,
          {
            action: 'meeting.record',
            ...entityOf(updated),
            before: { status: 'scheduled', plannedOn: found.plannedOn },
            after: { status: 'held', heldOn: updated.heldOn, attendees: attendees.length, ruleId: RULE },
          },
          now,
        );
      });
      return (await this.get(actor, id))!;
    },

    async get(actor: Actor, id: string): Promise<MeetingView> {
      requireCapability(actor, 'meetings.read', { zh: '查看队长会议', en: 'read team-leader meetings' });
      const row = await repo.find(db, actor.scope, id);
      if (!row) throw notFound(MEETING);
      return (await toView([row]))[0]!;
    },

    async list(
      actor: Actor,
      query: { region?: string; status?: MeetingStatus; page: number; pageSize: number },
    ) {
      requireCapability(actor, 'meetings.read', { zh: '查看队长会议', en: 'read team-leader meetings' });
      const { items, total } = await repo.list(
        db,
        actor.scope,
        {
          ...(query.region ? { region: query.region } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        query,
      );
      return { items: await toView(items), total, page: query.page, pageSize: query.pageSize };
    },

    /**
     * Counties of the region (in the reader's scope) with teams on post in the last full quarter before the
     * date and no meeting held in it (P17.4.2-meeting). A meeting on the quarter's last day counts; one on
     * the next quarter's first day counts for the next quarter only.
     */
    async overdue(actor: Actor, query: { region?: string; date?: string }): Promise<OverdueResult> {
      requireCapability(actor, 'meetings.read', { zh: '查看队长会议', en: 'read team-leader meetings' });
      const q = lastFullQuarterBefore((query.date ?? today()) as IsoDate);
      const counties = await repo.overdue(db, actor.scope, query.region, q.from, q.to);
      // The query found them; the domain rule says it again, so a change of the SQL cannot drift from it.
      const overdue = counties.filter((c) => !c.lastHeldOn || !heldWithin(c.lastHeldOn as IsoDate, q));
      return { ruleId: RULE, quarter: q.id, from: q.from, to: q.to, counties: overdue };
    },

    /** Whether the actor is one the overdue list concerns (for the to-dos). */
    concerns: (actor: Actor) => can(actor, 'meetings.record') && !actor.scope.national,
  };
}
export type LeaderMeetingService = ReturnType<typeof createLeaderMeetingService>;
