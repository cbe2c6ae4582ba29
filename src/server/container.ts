import { defaultParameters } from '../domain/settings/catalogue';
import { todayInShanghai } from '../domain/time/iso-date';
import type { Config } from './config';
import type { Database } from './db/client';
import { createJobs } from './jobs/jobs';
import { createAssessmentRepository } from './modules/assessment/assessment.repository';
import { createAssessmentService } from './modules/assessment/assessment.service';
import { createAssignmentRepository } from './modules/assignments/assignments.repository';
import { createAssignmentService } from './modules/assignments/assignments.service';
import { createAttendanceRepository } from './modules/attendance/attendance.repository';
import { type AttendanceService, createAttendanceService } from './modules/attendance/attendance.service';
import { attendanceTodos } from './modules/attendance/attendance.todos';
import { createAuditRepository } from './modules/audit/audit.repository';
import { sealAfterCommit } from './modules/audit/audit.sealing';
import { createAuditService } from './modules/audit/audit.service';
import { createCadreRepository } from './modules/cadres/cadres.repository';
import { createCadreService } from './modules/cadres/cadres.service';
import { createCalendarRepository } from './modules/calendar/calendar.repository';
import { createCalendarService } from './modules/calendar/calendar.service';
import { createCheckInRepository } from './modules/check-ins/check-ins.repository';
import { createCheckInService } from './modules/check-ins/check-ins.service';
import { createComplianceRepository } from './modules/compliance/compliance.repository';
import { createComplianceService } from './modules/compliance/compliance.service';
import { createDeviceRepository } from './modules/devices/devices.repository';
import { createDeviceService } from './modules/devices/devices.service';
import { createDisciplineRepository } from './modules/discipline/discipline.repository';
import { createDisciplineService, type DisciplineService } from './modules/discipline/discipline.service';
import { disciplineTodos } from './modules/discipline/discipline.todos';
import { createHalfYearReportRepository } from './modules/half-year-reports/half-year-reports.repository';
import {
  createHalfYearReportService,
  ledgerFrom,
} from './modules/half-year-reports/half-year-reports.service';
import { halfYearReportTodos } from './modules/half-year-reports/half-year-reports.todos';
import { createHandoverRepository } from './modules/handovers/handovers.repository';
import { createHandoverService } from './modules/handovers/handovers.service';
import { handoverTodos } from './modules/handovers/handovers.todos';
import { createImportService } from './modules/imports/imports.service';
import { createLeaderMeetingRepository } from './modules/leader-meetings/leader-meetings.repository';
import { createLeaderMeetingService } from './modules/leader-meetings/leader-meetings.service';
import { leaderMeetingTodos } from './modules/leader-meetings/leader-meetings.todos';
import { createMatchingRepository } from './modules/matching/matching.repository';
import { createMatchingService } from './modules/matching/matching.service';
import { createNeedRepository } from './modules/needs/needs.repository';
import { createNeedService } from './modules/needs/needs.service';
import { createNominationRepository } from './modules/nominations/nominations.repository';
import { createNominationService } from './modules/nominations/nominations.service';
import { createNotificationRepository } from './modules/notifications/notifications.repository';
import { createPolicyService } from './modules/policy/policy.service';
import { createRecallRepository } from './modules/recalls/recalls.repository';
import { createRecallService, type RecallService } from './modules/recalls/recalls.service';
import { createRegionRepository } from './modules/regions/regions.repository';
import { createRegionService } from './modules/regions/regions.service';
import { createSessionRepository } from './modules/session/session.repository';
import { createSessionService } from './modules/session/session.service';
import { createSettingsRepository } from './modules/settings/settings.repository';
import { createSettingsService } from './modules/settings/settings.service';
import { createTalkRepository } from './modules/talks/talks.repository';
import { createTalkService } from './modules/talks/talks.service';
import { talkTodos } from './modules/talks/talks.todos';
import { createTeamRepository } from './modules/teams/teams.repository';
import { createTeamService } from './modules/teams/teams.service';
import { createTermService } from './modules/terms/terms.service';
import { termTodos } from './modules/terms/terms.todos';
import { createTodoRegistry } from './modules/todos/todos.registry';
import { createTodoService } from './modules/todos/todos.service';
import { createPairingRepository } from './modules/units/pairings.repository';
import { createUnitRepository } from './modules/units/units.repository';
import { createUnitService } from './modules/units/units.service';
import { createUserRepository } from './modules/users/users.repository';
import { type Clock, createUserService } from './modules/users/users.service';
import { createVillageTaskRepository } from './modules/village-tasks/village-tasks.repository';
import { createVillageTaskService } from './modules/village-tasks/village-tasks.service';
import { createVillageRepository } from './modules/villages/villages.repository';
import { createVillageService } from './modules/villages/villages.service';
import { createWorkLogRepository } from './modules/work-logs/work-logs.repository';
import { createWorkLogService } from './modules/work-logs/work-logs.service';
import { pruneIdempotencyKeys } from './plugins/idempotency';
import { fileAnchorStore } from './security/audit-anchor';
import { auditChainKey, createFieldCipher, loadSecretKey } from './security/crypto';

export const systemClock: Clock = { now: () => new Date() };

/** The composition root: database → repositories → services (STYLE.md). */
export function createContainer(database: Database, config: Config, clock: Clock = systemClock) {
  const db = database.db;
  // One secret outside the database, loaded on first use: personal-data keys and the audit chain key.
  let secret: Buffer | undefined;
  const loadSecret = () => {
    secret ??= loadSecretKey(config);
    return secret;
  };
  let chainKey: Buffer | undefined;
  const repositories = {
    audit: createAuditRepository(() => {
      chainKey ??= auditChainKey(loadSecret());
      return chainKey;
    }),
    cadres: createCadreRepository(),
    pairings: createPairingRepository(),
    villages: createVillageRepository(),
    regions: createRegionRepository(),
    sessions: createSessionRepository(),
    units: createUnitRepository(),
    users: createUserRepository(),
    needs: createNeedRepository(),
    nominations: createNominationRepository(),
    compliance: createComplianceRepository(),
  };
  // Audit records are staged by the change's transaction and chained right after it commits (issue 10 Scale).
  sealAfterCommit(db, repositories.audit, (e) =>
    process.emitWarning(
      `audit records left staged, sealed later: ${(e as Error)?.message ?? e}`,
      'AuditSeal',
    ),
  );
  // Personal data: the key is loaded on first use (security/crypto.ts).
  const cipher = createFieldCipher(loadSecret);
  const anchors = fileAnchorStore(config.auditAnchorFile);
  const villages = createVillageService({ db, ...repositories, clock });
  const units = createUnitService({ db, ...repositories, clock });
  const cadres = createCadreService({ db, ...repositories, cipher, clock });
  // Teams and terms (issue 5): their repositories by name, so no spread of the others reaches them.
  const tenure = {
    assignments: createAssignmentRepository(),
    teams: createTeamRepository(),
    matching: createMatchingRepository(),
    recalls: createRecallRepository(),
  };
  // Provincial parameters by region and effective date, and the work calendar (issue 10 items 1, 2); a
  // cadre's own account reads those of the villages it serves or served in.
  const cadreVillages = async (cadreId: string) =>
    (await tenure.assignments.ofCadreBetween(db, cadreId, '0001-01-01', '9999-12-31')).map(
      (a) => a.villageCode,
    );
  const settings = createSettingsService({
    db,
    settings: createSettingsRepository(),
    regions: repositories.regions,
    audit: repositories.audit,
    clock,
    cadreVillages,
  });
  const calendar = createCalendarService({
    db,
    calendar: createCalendarRepository(),
    regions: repositories.regions,
    audit: repositories.audit,
    clock,
    cadreVillages,
  });
  const parameters = (regionCode: string, on: string) => settings.effective(regionCode, on);
  // Daily management (issue 12): the handover lists decide whether a lead post may end `rotated`.
  const daily = {
    handovers: createHandoverRepository(),
    notifications: createNotificationRepository(),
    todos: createTodoRegistry(),
    tasks: createVillageTaskRepository(),
  };
  const deviceRepository = createDeviceRepository();
  const assignments = createAssignmentService({
    db,
    assignments: tenure.assignments,
    needs: repositories.needs,
    audit: repositories.audit,
    clock,
    parameters,
    handoverConfirmed: (tx, id) => daily.handovers.confirmed(tx, id),
  });
  const services = {
    audit: createAuditService({
      db,
      audit: repositories.audit,
      units: repositories.units,
      regions: repositories.regions,
      anchors,
    }),
    regions: createRegionService({ db, regions: repositories.regions }),
    session: createSessionService({
      db,
      ...repositories,
      clock,
      config,
      // The phone app's device sessions (issue 11 item 1): deviceSessionDays of the cadre's village today.
      devices: deviceRepository,
      deviceDays: async (cadreId) => {
        const today = todayInShanghai(clock.now());
        const post = await repositories.sessions.currentAssignmentOf(db, cadreId, today);
        return post
          ? (await settings.effective(post.villageCode, today)).deviceSessionDays
          : defaultParameters.deviceSessionDays;
      },
    }),
    devices: createDeviceService({ db, devices: deviceRepository, ...repositories, clock }),
    users: createUserService({ db, ...repositories, clock }),
    villages,
    units,
    cadres,
    policy: createPolicyService({ clock }),
    needs: createNeedService({ db, ...repositories, assignments: tenure.assignments, clock }),
    nominations: createNominationService({ db, ...repositories, clock }),
    compliance: createComplianceService({ db, ...repositories, clock }),
    assignments,
    teams: createTeamService({ db, teams: tenure.teams, assignments: tenure.assignments, clock }),
    terms: createTermService({ db, assignments: tenure.assignments, clock }),
    recalls: createRecallService({
      db,
      ...tenure,
      needs: repositories.needs,
      audit: repositories.audit,
      clock,
    }),
    matching: createMatchingService({
      db,
      ...tenure,
      assignmentService: assignments,
      needs: repositories.needs,
      nominations: repositories.nominations,
      audit: repositories.audit,
      clock,
      parameters,
    }),
    settings,
    calendar,
    // The attendance ledger by exception (issue 10 items 4–7): leave, trips, verifications, the ledger.
    attendance: createAttendanceService({
      db,
      attendance: createAttendanceRepository(),
      audit: repositories.audit,
      clock,
      // The settings and the work calendar in force (issue 10 items 1, 2).
      params: (regionCode, date) => settings.effective(regionCode, date),
      calendar: (regionCode) => calendar.forRegion(regionCode),
    }),
    // Optional evidence check-ins (issue 10 item 8): off unless the settings switch them on.
    checkIns: createCheckInService({
      db,
      checkIns: createCheckInRepository(),
      sessions: repositories.sessions,
      audit: repositories.audit,
      clock,
      settings: (regionCode, date) => settings.effective(regionCode, date),
    }),
    // Work logs and the village's task list (issue 11 items 5–7).
    workLogs: createWorkLogService({ db, logs: createWorkLogRepository(), audit: repositories.audit, clock }),
    villageTasks: createVillageTaskService({
      db,
      tasks: createVillageTaskRepository(),
      audit: repositories.audit,
      clock,
      cadreName: (tx, cadreId) => repositories.sessions.cadreName(tx, cadreId),
    }),
    // Half-year reports (issue 12 item 1): drafted from the ledger (the attendance service's months) and the records.
    halfYearReports: createHalfYearReportService({
      db,
      reports: createHalfYearReportRepository(),
      audit: repositories.audit,
      clock,
      ledger: ledgerFrom((): AttendanceService => services.attendance),
    }),
    // Daily management (issue 12 items 2–6): meetings, talks, discipline, handover lists, to-dos.
    leaderMeetings: createLeaderMeetingService({
      db,
      meetings: createLeaderMeetingRepository(),
      audit: repositories.audit,
      clock,
    }),
    talks: createTalkService({
      db,
      talks: createTalkRepository(),
      audit: repositories.audit,
      clock,
      params: (regionCode, date) => settings.effective(regionCode, date),
    }),
    discipline: createDisciplineService({
      db,
      discipline: createDisciplineRepository(),
      audit: repositories.audit,
      notifications: daily.notifications,
      clock,
      // recall_proposed goes through the recall workflow, in the discipline record's transaction.
      recalls: (): RecallService => services.recalls,
    }),
    handovers: createHandoverService({
      db,
      handovers: daily.handovers,
      assignments: tenure.assignments,
      audit: repositories.audit,
      notifications: daily.notifications,
      clock,
      // Open tasks of the village's task list (issue 11) move to the successor with one click.
      tasks: {
        openOfVillage: (tx, villageCode) => daily.tasks.listOfVillage(tx, villageCode, { status: 'open' }),
        reassign: async (tx, taskIds, toCadreId) => {
          for (const id of taskIds)
            await daily.tasks.update(tx, id, { ownerCadreId: toCadreId, updatedAt: clock.now() });
        },
      },
    }),
    // Assessment (issue 13): batches, components from the records, anonymous surveys, grades, outcomes.
    assessment: createAssessmentService({
      db,
      assessment: createAssessmentRepository(),
      attendance: (): AttendanceService => services.attendance,
      recalls: (): RecallService => services.recalls,
      audit: repositories.audit,
      clock,
      params: (regionCode, date) => settings.effective(regionCode, date),
      discipline: (): DisciplineService => services.discipline,
    }),
    todos: createTodoService({ db, registry: daily.todos, notifications: daily.notifications, clock }),
    imports: createImportService({
      db,
      ...repositories,
      cadreService: cadres,
      unitService: units,
      villageService: villages,
      clock,
    }),
  };
  // To-dos (issue 12 item 6): one provider per module, in this order; modules/todos/todos.registry.ts says
  // how to add one (half-year reports register theirs here).
  daily.todos.register('attendance', attendanceTodos(services.attendance));
  daily.todos.register('leader-meetings', leaderMeetingTodos(services.leaderMeetings));
  daily.todos.register('handovers', handoverTodos(services.handovers));
  daily.todos.register('terms', termTodos(services.terms));
  daily.todos.register('talks', talkTodos(services.talks));
  daily.todos.register('discipline', disciplineTodos(services.discipline));
  daily.todos.register('half-year-reports', halfYearReportTodos(services.halfYearReports));
  // Jobs (src/server/jobs): defined here, run only where server.ts starts the runner.
  const jobs = createJobs({ db, clock });
  // The daily digest of to-dos as an in-app notification (issue 12 item 6).
  jobs.define('todos.digest', async () => void (await services.todos.digest()));
  jobs.schedule('todos.digest', 86_400_000);
  // The audit chain's head is anchored outside the database every ~10 s when it moved (issue 8 finding 9).
  jobs.define('audit.anchor', async () => void (await services.audit.anchor(clock.now())), { retry: 0 });
  jobs.schedule('audit.anchor', 10_000);
  jobs.define('idempotency.prune', () => pruneIdempotencyKeys(db, clock.now()));
  // PIPL-28: check-in positions are deleted after the retention period of the settings, daily.
  jobs.define('checkins.retention', async () => void (await services.checkIns.purgeExpired()));
  jobs.schedule('checkins.retention', 86_400_000);
  // Presumed days change status without a write (overdue returns): the current month is recomputed daily.
  jobs.define('attendance.refresh', async () => void (await services.attendance.refreshCurrentMonth()));
  jobs.schedule('attendance.refresh', 86_400_000);
  jobs.schedule('idempotency.prune', 3_600_000);
  return {
    database,
    config,
    clock,
    cipher,
    anchors,
    jobs,
    repositories: { ...repositories, ...tenure },
    todoRegistry: daily.todos,
    services,
  };
}
export type Container = ReturnType<typeof createContainer>;
export type Services = Container['services'];
