// One permission table (issue 9, groundwork 3): what each capability lets a role do, and the scope rule that
// narrows it. Services ask `can(actor, capability)` / `requireCapability`; the web's menus and buttons ask
// the same table, so a role list is written once. The scope rule is applied by the repositories
// (src/server/db/scope.ts): the capability says who, the scope says where.
import { type Role, roleLabels } from './dictionaries';
import { AppError, type LocalisedText } from './errors';

export interface Permission {
  roles: readonly Role[];
  /** Where the capability applies (DESIGN.md §4). */
  scope: string;
}

export const permissions = {
  'users.manage': {
    roles: ['sys_admin', 'org_admin'],
    scope: 'users whose whole scope lies inside the administrator’s (reads: any overlap)',
  },
  'users.grantSysAdmin': { roles: ['sys_admin'], scope: 'national' },
  'audit.read': {
    roles: ['sys_admin', 'org_admin', 'inspector'],
    scope: 'records of the reader’s regions and units',
  },
  'audit.verify': { roles: ['sys_admin'], scope: 'the whole chain' },
  'villages.write': { roles: ['sys_admin', 'org_admin'], scope: 'villages in the user’s regions' },
  'villages.editOwnProfile': {
    roles: ['township'],
    scope: 'profile fields of villages in the township’s region',
  },
  'units.write': { roles: ['sys_admin', 'org_admin'], scope: 'units located in the user’s regions' },
  'cadres.write': {
    roles: ['sys_admin', 'org_admin', 'unit_hr'],
    scope: 'cadres of the user’s units, or of units located in the organisation department’s regions',
  },
  'cadres.reveal': {
    roles: ['sys_admin', 'org_admin', 'unit_hr'],
    scope: 'the home organisation: own unit, the unit’s region, or a village the cadre is or was assigned to',
  },
  'imports.run': { roles: ['sys_admin', 'org_admin'], scope: 'rows inside the user’s regions' },
  'imports.cadres': {
    roles: ['sys_admin', 'org_admin', 'unit_hr'],
    scope: 'cadres of the user’s units or regions',
  },
  'needs.plan': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope: 'villages in the user’s regions',
  },
  'nominations.propose': {
    roles: ['unit_hr', 'sys_admin'],
    scope: 'cadres in scope, for any county’s need (the dispatching unit proposes)',
  },
  'nominations.check': {
    roles: ['unit_hr', 'org_admin'],
    scope: 'nominations of the user’s units or of villages in the user’s regions (P21.3-checks)',
  },
  'nominations.file': {
    roles: ['org_admin'],
    scope: 'nominations of villages in the organisation department’s regions (P21.3-file)',
  },
  'nominations.decide': {
    roles: ['unit_committee'],
    scope: 'nominations of the committee’s units (P21.3-decide)',
  },
  'nominations.reject': {
    roles: ['org_admin', 'unit_hr', 'unit_committee', 'sys_admin'],
    scope: 'nominations of the user’s units or regions',
  },
  'nominations.withdraw': {
    roles: ['unit_hr', 'sys_admin'],
    scope: 'nominations of the proposing unit',
  },
  'nominations.correct': {
    roles: ['sys_admin'],
    scope: 'national; audited with whom the administrator represents and why',
  },
  'teams.compose': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope: 'villages in the user’s regions (assignments, ends, matching, moving a nomination)',
  },
  'teams.checklist': {
    roles: ['sys_admin', 'org_admin', 'leading_group', 'unit_hr', 'unit_committee'],
    scope: 'assignments of the user’s regions or units',
  },
  'teams.board': {
    roles: ['sys_admin', 'org_admin', 'leading_group', 'township', 'inspector'],
    scope: 'counties in the user’s regions',
  },
  'recalls.propose': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope: 'assignments of villages in the user’s regions (P17.5.3-recall)',
  },
  'recalls.withdraw': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope: 'proposals of villages in the proposing office’s regions, while proposed',
  },
  'recalls.confirm': {
    roles: ['unit_committee', 'unit_hr'],
    scope: 'proposals about cadres of the user’s units (P17.5.3-recall)',
  },
  'recalls.correct': {
    roles: ['sys_admin'],
    scope: 'national; audited with whom the administrator represents and why',
  },
  // Attendance by exception (issue 10: P17.4.2-attend / P21.5-attend, P17.4.2-leave / P21.5-leave).
  'attendance.read': {
    roles: ['sys_admin', 'org_admin', 'leading_group', 'township', 'inspector', 'cadre'],
    scope: 'assignments of villages in the user’s regions; a cadre: their own',
  },
  'attendance.restDayStay': { roles: ['cadre'], scope: 'the cadre’s own assignment' },
  'leave.request': { roles: ['cadre'], scope: 'the cadre’s own assignment (P17.4.2-leave)' },
  'leave.cancel': { roles: ['cadre'], scope: 'the cadre’s own leave, before it starts' },
  'leave.return': {
    roles: ['cadre', 'township'],
    scope: 'the cadre’s own leave; the township of the village records a return reported in person',
  },
  'leave.approveTownship': {
    roles: ['township'],
    scope: 'leave of villages in the township’s region (up to the threshold: approval; above: opinion)',
  },
  'leave.approveCounty': {
    roles: ['org_admin'],
    scope: 'leave above the threshold, of villages in the organisation department’s regions',
  },
  'trips.report': {
    roles: ['cadre', 'township'],
    scope: 'the cadre’s own assignment; the township for villages of its region',
  },
  'trips.approve': {
    roles: ['township'],
    scope:
      'trips and training of villages in the township’s region, where the settings ask for approval (tripNeedsApproval)',
  },
  'verifications.record': {
    roles: ['township', 'org_admin', 'leading_group', 'inspector'],
    scope: 'assignments of villages in the user’s regions',
  },
  'verifications.explain': { roles: ['cadre'], scope: 'absences found on the cadre’s own assignment' },
  'verifications.decide': {
    roles: ['township'],
    scope: 'explanations of absences in villages of the township’s region',
  },
  // Optional evidence check-ins (issue 10 item 8; X23-fingertip, X26-apps art. 6, PIPL-28): off unless switched on.
  'checkins.make': { roles: ['cadre'], scope: 'the cadre’s own assignment on post today' },
  'checkins.read': {
    roles: ['township', 'org_admin'],
    scope: 'check-ins of villages in the township’s or county’s region; never above the county (PIPL-28)',
  },
  // The phone app's device sessions (issue 11 item 1): the cadre signs out its own; the county's administrators too.
  'devices.manage': {
    roles: ['sys_admin', 'org_admin'],
    scope: 'device sessions of cadre accounts the administrator sees (users in its regions or units)',
  },
  // Provincial parameters and the work calendar (issue 10 items 1 and 2; RULES.md "Provincial parameters").
  'settings.write': {
    roles: ['sys_admin', 'org_admin'],
    scope:
      'parameters of the organisation department’s province, city or county, at levels the catalogue allows for the key',
  },
  'calendar.write': {
    roles: ['sys_admin', 'org_admin'],
    scope: 'local days of the user’s province, city or county; a State Council notice: national scope only',
  },
  // Work logs and the village's task list (issue 11 items 5–7; P21.4, P21.4-list, X19-burden: no quota, no score).
  'workLogs.write': {
    roles: ['cadre'],
    scope: 'the cadre’s own assignment, on a day of it not in the future',
  },
  'workLogs.read': {
    roles: [
      'sys_admin',
      'org_admin',
      'leading_group',
      'township',
      'inspector',
      'unit_hr',
      'unit_committee',
      'cadre',
    ],
    scope: 'logs of villages in the user’s regions or of the user’s units’ cadres; a cadre: their own',
  },
  'villageTasks.write': {
    roles: ['cadre', 'org_admin'],
    scope:
      'a member of the village’s current team; the organisation department of the village’s region (P21.4-list)',
  },
  'villageTasks.read': {
    roles: ['sys_admin', 'org_admin', 'leading_group', 'township', 'inspector', 'cadre'],
    scope: 'villages in the user’s regions; a cadre: the villages they serve or served in',
  },
  // Half-year reports (issue 12 item 1; P17.4.2-report, P21.5-unit-hear): drafted from the records.
  'reports.write': {
    roles: ['cadre'],
    scope: 'the cadre’s own reports: draft, edit before review, submit, correct after review with a reason',
  },
  'reports.review': {
    roles: ['leading_group'],
    scope: 'submitted reports of villages in the leading group’s region (P17.4.2-report)',
  },
  'reports.hear': {
    roles: ['unit_hr', 'unit_committee'],
    scope: 'submitted reports of the unit’s own cadres (P21.5-unit-hear)',
  },
  'reports.read': {
    roles: [
      'sys_admin',
      'org_admin',
      'leading_group',
      'township',
      'inspector',
      'unit_hr',
      'unit_committee',
      'cadre',
    ],
    scope: 'reports of villages in the user’s regions or of the user’s units’ cadres; a cadre: their own',
  },
  // Daily management (issue 12 items 2–6): meetings, talks, discipline, the three handover lists.
  'meetings.read': {
    roles: ['sys_admin', 'org_admin', 'leading_group', 'inspector'],
    scope: 'meetings of counties in the user’s regions (the county itself and the city above it)',
  },
  'meetings.record': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope: 'meetings of counties in the user’s regions (P17.4.2-meeting)',
  },
  'talks.read': {
    roles: ['org_admin', 'leading_group', 'township', 'unit_hr', 'unit_committee'],
    scope:
      'talks with cadres of villages in the user’s regions or of the user’s units; the notes only for the talker’s office and the organisation department (P21.6-talk)',
  },
  'talks.record': {
    roles: ['org_admin', 'leading_group', 'township', 'unit_hr', 'unit_committee'],
    scope: 'cadres stationed in the user’s regions or sent by the user’s units (P21.6-talk / P17.6.4-talk)',
  },
  'discipline.read': {
    roles: [
      'sys_admin',
      'org_admin',
      'leading_group',
      'township',
      'unit_hr',
      'unit_committee',
      'inspector',
      'cadre',
    ],
    scope: 'records of villages in the user’s regions or of the user’s units; a cadre: their own',
  },
  'discipline.record': {
    roles: ['org_admin', 'leading_group'],
    scope: 'cadres stationed in the user’s regions (P17.4.2-discipline / P21.5-discipline)',
  },
  'discipline.statement': { roles: ['cadre'], scope: 'the cadre’s own records' },
  'handover.read': {
    roles: [
      'sys_admin',
      'org_admin',
      'leading_group',
      'township',
      'unit_hr',
      'unit_committee',
      'inspector',
      'cadre',
    ],
    scope:
      'lists of villages in the user’s regions or of the user’s units; a cadre: of villages they serve or served in',
  },
  'handover.prepare': {
    roles: ['cadre', 'org_admin', 'leading_group'],
    scope: 'the predecessor’s own assignment; the county for villages of its region (P21.5-rotate)',
  },
  'handover.confirmSuccessor': { roles: ['cadre'], scope: 'lists handed to the cadre’s own assignment' },
  'handover.confirmTownship': { roles: ['township'], scope: 'lists of villages in the township’s region' },
  // Assessment (issue 13; P17.5.1-annual, P21.5-annual, P21.5-termend, P21.5-voices, P17.5.1-record).
  'assessment.read': {
    roles: [
      'sys_admin',
      'org_admin',
      'leading_group',
      'township',
      'unit_hr',
      'unit_committee',
      'inspector',
      'cadre',
    ],
    scope:
      'batches of counties in the user’s regions; the cadres of villages in the user’s regions or of the user’s units; a cadre: their own, grades once published',
  },
  'assessment.open': {
    roles: ['sys_admin', 'org_admin', 'unit_hr'],
    scope:
      'annual: the county organisation department for its county (P21.5-annual); term-end: also the dispatching unit for its cadres (P21.5-termend)',
  },
  'assessment.score': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope:
      'batches of counties in the user’s regions: score adjustments with a reason, survey codes (P21.5-voices)',
  },
  'assessment.decide': {
    roles: ['sys_admin', 'org_admin', 'leading_group'],
    scope:
      'batches of counties in the user’s regions: grades within the ladder and the quota, publication (P17.5.1-mix)',
  },
  'outcomes.record': {
    roles: ['sys_admin', 'org_admin', 'leading_group', 'unit_hr', 'unit_committee'],
    scope:
      'cadres the user sees (P17.5.2 / P21.5-use, P17.5.3-recall); a recall proposal also needs recalls.propose',
  },
} as const satisfies Record<string, Permission>;

export type Capability = keyof typeof permissions;
export const capabilities = Object.keys(permissions) as Capability[];

/** The roles holding a capability. */
export const rolesFor = (capability: Capability): readonly Role[] => permissions[capability].roles;

/** Whether roles (or a user or session carrying roles) hold the capability. */
export function can(
  who: readonly Role[] | { roles: readonly Role[] } | null | undefined,
  capability: Capability,
) {
  const roles: readonly Role[] = !who
    ? []
    : Array.isArray(who)
      ? who
      : (who as { roles: readonly Role[] }).roles;
  const holders: readonly Role[] = permissions[capability].roles;
  return roles.some((r) => holders.includes(r));
}

/** Every capability the roles hold. */
export const capabilitiesOf = (roles: readonly Role[]): Capability[] =>
  capabilities.filter((c) => can(roles, c));

/** Who holds the capability, in words (for refusals). */
export const holdersOf = (capability: Capability): LocalisedText => {
  const labels = rolesFor(capability).map((r) => roleLabels[r]);
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
};

/** Refuses with 403 unless the actor holds the capability; `what` says what was attempted. */
export function requireCapability(
  who: { roles: readonly Role[] },
  capability: Capability,
  what: LocalisedText,
): void {
  if (can(who, capability)) return;
  const h = holdersOf(capability);
  throw new AppError(
    'FORBIDDEN',
    { zh: `只有${h.zh}可以${what.zh}`, en: `Only ${h.en} can ${what.en}` },
    { capability },
  );
}
