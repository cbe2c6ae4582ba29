import { createRequire } from 'node:module';
import { regionInScope } from '../../../domain/access/scope';
import {
  type BuiltCalendar,
  buildCalendar,
  type CalendarNotice,
  isWeekend,
  type LocalDay,
  type PackageCalendarData,
  unknownYearsBetween,
  validateNotice,
  workingDaysBetween,
} from '../../../domain/calendar';
import { settingChainOf, settingLevelOf } from '../../../domain/settings';
import { addDays, compareDates, type IsoDate } from '../../../domain/time';
import type {
  LocalDayBody,
  LocalDayView,
  NoticeBody,
  NoticeView,
  YearResult,
} from '../../../shared/contracts/calendar';
import { AppError, notFound, validation } from '../../../shared/errors';
import { requireCapability } from '../../../shared/permissions';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { AuditRepository } from '../audit/audit.repository';
import { type CadreVillages, readableRegion } from '../regions/readable';
import type { RegionRepository } from '../regions/regions.repository';
import { createSnapshot } from '../settings/snapshot';
import type { Clock } from '../users/users.service';
import type { CalendarRepository, LocalDayRow, NoticeRow } from './calendar.repository';

const REGION = { zh: '行政区划', en: 'region' };
const LOCAL_DAY = { zh: '地方假日', en: 'local day' };
/** How long this process answers from its copy before reloading in the background; its own writes reload at once. */
const SNAPSHOT_TTL_MS = 30_000;
const BUILT_MAX = 5_000;

let packageData: { data: PackageCalendarData; version: string } | undefined;
/** The `chinese-days` package's data file (State Council holidays and adjusted working days by year). */
export function loadPackageCalendar(): { data: PackageCalendarData; version: string } {
  if (packageData) return packageData;
  const require = createRequire(import.meta.url);
  const data = require('chinese-days/dist/chinese-days.json') as PackageCalendarData;
  const version = (require('chinese-days/package.json') as { version: string }).version;
  packageData = { data: { holidays: data.holidays, workdays: data.workdays }, version };
  return packageData;
}

const toNotice = (r: NoticeRow): CalendarNotice => ({
  year: r.year,
  holidays: r.holidays,
  workdays: r.workdays,
});
const toLocal = (r: LocalDayRow): LocalDay => ({
  regionCode: r.regionCode,
  date: r.on,
  kind: r.kind,
  name: r.name,
});
const noticeView = (r: NoticeRow): NoticeView => ({
  id: r.id,
  year: r.year,
  title: r.title,
  holidays: r.holidays.length,
  workdays: r.workdays.length,
  loadedByName: r.loadedByName,
  loadedAt: r.loadedAt.toISOString(),
});

/**
 * The work calendar (issue 10 item 2): the `chinese-days` package, the State Council notices an administrator
 * loaded for years the package does not know, and the local days of a region's province, city and county.
 *
 * For other modules: `forRegion(regionCode)` gives the calendar of any region code (a village's too);
 * `cal.knows(year)` false means the national calendar of that year is not published in the system yet —
 * say so on every figure of that year (the ledger's `calendarUnknown`).
 */
export function createCalendarService(deps: {
  db: Db;
  calendar: CalendarRepository;
  regions: RegionRepository;
  audit: AuditRepository;
  clock: Clock;
  /** A cadre's own account reads the settings and calendar of its villages (issue 10 item 3). */
  cadreVillages?: CadreVillages;
}) {
  const { db, calendar: repo, regions, audit, clock } = deps;
  const pkg = loadPackageCalendar();
  // Notices and local days in memory (a few rows per year and region); calendars built per settings chain.
  const snapshot = createSnapshot(async () => {
    const [notices, locals] = await Promise.all([repo.currentNotices(db), repo.allLocalDays(db)]);
    const byRegion = new Map<string, LocalDay[]>();
    for (const l of locals) byRegion.set(l.regionCode, [...(byRegion.get(l.regionCode) ?? []), toLocal(l)]);
    return { notices, byRegion, built: new Map<string, BuiltCalendar>() };
  }, SNAPSHOT_TTL_MS);
  snapshot.warm();

  const currentNotices = async (): Promise<NoticeRow[]> => (await snapshot.get()).notices;

  async function forRegion(regionCode: string): Promise<BuiltCalendar> {
    const { notices, byRegion, built } = await snapshot.get();
    const chain = settingChainOf(regionCode);
    const key = chain.at(-1) ?? '';
    const hit = built.get(key);
    if (hit) return hit;
    const cal = buildCalendar({
      package: pkg.data,
      notices: notices.map(toNotice),
      localDays: chain.flatMap((c) => byRegion.get(c) ?? []),
    });
    if (built.size >= BUILT_MAX) built.clear();
    built.set(key, cal);
    return cal;
  }

  const invalidate = () => snapshot.refresh();

  const visibleRegion = (actor: Actor, code: string) => readableRegion(deps, actor, code);

  async function localViews(rows: LocalDayRow[]): Promise<LocalDayView[]> {
    const names = await regions.names(db, [...new Set(rows.map((r) => r.regionCode))]);
    return rows.map((r) => ({
      id: r.id,
      regionCode: r.regionCode,
      regionName: names.get(r.regionCode) ?? null,
      date: r.on,
      kind: r.kind,
      name: r.name,
      note: r.note,
      addedByName: r.addedByName,
      addedAt: r.addedAt.toISOString(),
    }));
  }

  return {
    forRegion,
    /** The national calendar (package and notices, no local days). */
    national: () => forRegion(''),
    packageVersion: pkg.version,

    /** GET /api/calendar/:year — every day of the year with its kind; `known` false for a year nobody listed. */
    async year(actor: Actor, year: number, region?: string): Promise<YearResult> {
      if (region) await visibleRegion(actor, region);
      const cal = await forRegion(region ?? '');
      const notice = (await currentNotices()).find((n) => n.year === year);
      const days: YearResult['days'] = [];
      for (let d = `${year}-01-01` as IsoDate; d.startsWith(`${year}-`); d = addDays(d, 1)) {
        const local = cal.localOf(d);
        days.push({
          date: d,
          kind: cal.kindOf(d),
          name: cal.nameOf(d) ?? null,
          adjusted: cal.kindOf(d) === 'working' && isWeekend(d),
          local: local !== undefined,
        });
      }
      return {
        year,
        region: region ?? null,
        known: cal.knows(year),
        source: cal.sourceOf(year) ?? null,
        packageVersion: pkg.version,
        notice: notice ? noticeView(notice) : null,
        workingDays: days.filter((d) => d.kind === 'working').length,
        days,
      };
    },

    /** GET /api/calendar/working-days — both ends included; the unknown years of the range are named. */
    async workingDays(actor: Actor, q: { region: string; from: string; to: string }) {
      await visibleRegion(actor, q.region);
      if (compareDates(q.to as IsoDate, q.from as IsoDate) < 0) {
        throw validation([
          { field: 'to', message: { zh: '结束日期早于开始日期', en: 'ends before it starts' } },
        ]);
      }
      if (Number(q.to.slice(0, 4)) - Number(q.from.slice(0, 4)) > 10) {
        throw validation([{ field: 'to', message: { zh: '区间不超过十年', en: 'at most ten years' } }]);
      }
      const cal = await forRegion(q.region);
      return {
        from: q.from,
        to: q.to,
        workingDays: workingDaysBetween(cal, q.from, q.to),
        unknownYears: unknownYearsBetween(cal, q.from, q.to),
      };
    },

    async notices(): Promise<NoticeView[]> {
      return (await currentNotices()).map(noticeView);
    },

    /**
     * POST /api/calendar/notices — a year's State Council notice, validated (src/domain/calendar
     * `validateNotice`), loaded by an administrator of national scope. A notice for a year replaces the
     * package's entries of that year and an earlier notice of the year (kept, marked replaced); audited.
     */
    async loadNotice(actor: Actor, body: NoticeBody): Promise<NoticeView> {
      requireCapability(actor, 'calendar.write', { zh: '维护工作日历', en: 'maintain the work calendar' });
      if (!actor.scope.national) {
        throw new AppError('FORBIDDEN', {
          zh: '国务院节假日安排通知适用于全国，只有全国范围的管理员可以导入',
          en: 'A State Council holiday notice applies to the whole country: only an administrator of national scope loads it',
        });
      }
      const problems = validateNotice(body);
      if (problems.length) {
        throw validation(
          problems.map((p) => ({
            field: p.date ? `date ${p.date}` : 'notice',
            message: { zh: p.zh, en: p.en },
          })),
        );
      }
      const at = clock.now();
      const row = await db.transaction(async (tx) => {
        const replaced = await repo.replaceNotice(tx, body.year, at);
        const inserted = await repo.insertNotice(tx, {
          year: body.year,
          title: body.title,
          holidays: body.holidays,
          workdays: body.workdays,
          loadedBy: actor.userId,
          loadedByName: actor.username,
          loadedAt: at,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'calendar.notice_load',
            entityType: 'calendar_notice',
            entityId: inserted.id,
            before: replaced
              ? { id: replaced.id, title: replaced.title, holidays: replaced.holidays.length }
              : { packageKnowsYear: pkg.data.holidays[`${body.year}-01-01`] !== undefined },
            after: {
              year: body.year,
              title: body.title,
              holidays: body.holidays.map((h) => h.date),
              workdays: body.workdays.map((w) => w.date),
            },
          },
          at,
        );
        return inserted;
      });
      await invalidate();
      return noticeView(row);
    },

    /** GET /api/calendar/local-days — the region's own, those above it and those below it in scope. */
    async localDays(actor: Actor, q: { region: string; year?: number }): Promise<LocalDayView[]> {
      await visibleRegion(actor, q.region);
      const below = actor.scope.national
        ? [q.region]
        : actor.scope.regions.flatMap((p) =>
            p.startsWith(q.region) ? [p] : q.region.startsWith(p) ? [q.region] : [],
          );
      const rows = await repo.listLocalDays(db, {
        chain: settingChainOf(q.region),
        below: [...new Set(below)],
        ...(q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : {}),
      });
      return localViews(rows);
    },

    /** POST /api/calendar/local-days — a province, city or county adds a day for its region; audited. */
    async addLocalDay(actor: Actor, body: LocalDayBody): Promise<LocalDayView> {
      requireCapability(actor, 'calendar.write', { zh: '维护工作日历', en: 'maintain the work calendar' });
      const region = await regions.find(db, actor.scope, body.regionCode);
      if (!region || !regionInScope(actor.scope, body.regionCode)) throw notFound(REGION);
      const level = settingLevelOf(body.regionCode);
      if (!level || level === 'country') {
        throw new AppError('FORBIDDEN', {
          zh: '地方假日由省、市、县设置，乡镇和村不能设置',
          en: 'Local days are set by a province, city or county, not by a township or village',
        });
      }
      const at = clock.now();
      const row = await db.transaction(async (tx) => {
        const existing = await repo.activeLocalDay(tx, body.regionCode, body.date);
        if (existing) {
          throw new AppError('CONFLICT', {
            zh: `${region.name} ${body.date} 已设为“${existing.name}”，请先删除`,
            en: `${region.name} already has ${body.date} as “${existing.name}”: remove it first`,
          });
        }
        const inserted = await repo.insertLocalDay(tx, {
          regionCode: body.regionCode,
          on: body.date,
          kind: body.kind,
          name: body.name,
          note: body.note || null,
          addedBy: actor.userId,
          addedByName: actor.username,
          addedAt: at,
        });
        await audit.append(
          tx,
          actor,
          {
            action: 'calendar.local_day_add',
            entityType: 'calendar_local_day',
            entityId: inserted.id,
            regionCode: body.regionCode,
            after: { date: body.date, kind: body.kind, name: body.name, note: body.note ?? null },
          },
          at,
        );
        return inserted;
      });
      await invalidate();
      const [view] = await localViews([row]);
      return view!;
    },

    /** DELETE /api/calendar/local-days/:id — removed (the row stays with the time); audited. */
    async removeLocalDay(actor: Actor, id: string): Promise<LocalDayView> {
      requireCapability(actor, 'calendar.write', { zh: '维护工作日历', en: 'maintain the work calendar' });
      const existing = await repo.findLocalDay(db, id);
      if (!existing || existing.removedAt || !regionInScope(actor.scope, existing.regionCode)) {
        throw notFound(LOCAL_DAY);
      }
      const at = clock.now();
      const row = await db.transaction(async (tx) => {
        const removed = await repo.removeLocalDay(tx, id, at, actor.userId);
        if (!removed) throw notFound(LOCAL_DAY);
        await audit.append(
          tx,
          actor,
          {
            action: 'calendar.local_day_remove',
            entityType: 'calendar_local_day',
            entityId: id,
            regionCode: removed.regionCode,
            before: { date: removed.on, kind: removed.kind, name: removed.name },
          },
          at,
        );
        return removed;
      });
      await invalidate();
      const [view] = await localViews([row]);
      return view!;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
