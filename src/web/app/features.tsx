import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CloudUploadOutlined,
  CommentOutlined,
  EnvironmentOutlined,
  FieldTimeOutlined,
  FileExcelOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  NodeIndexOutlined,
  RollbackOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SnippetsOutlined,
  SolutionOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { Role } from '../../shared/dictionaries';
import type { LocalisedText } from '../../shared/errors';
import { rolesFor } from '../../shared/permissions';
import { teamBoardViewers } from '../api/teams';

// The feature pages of the app: each adds its routes and menu entries here (one entry per page), so
// the router and the menu need no edit when a feature lands. Pages are lazy: `element` is a lazy()
// component rendered inside the signed-in layout.

export type MenuGroup = 'registry' | 'selection' | 'teams' | 'attendance' | 'system';

export const menuGroups: Record<MenuGroup, LocalisedText> = {
  registry: { zh: '村与干部', en: 'Villages & cadres' },
  selection: { zh: '选派', en: 'Selection' },
  teams: { zh: '队伍与任期', en: 'Teams & terms' },
  attendance: { zh: '日常管理', en: 'Daily management' },
  system: { zh: '系统', en: 'System' },
};

export interface Feature {
  /** Route path under the signed-in layout, e.g. 'villages' or 'villages/:code'. */
  path: string;
  element: ReactNode;
  /** Roles that may open it; every signed-in user when absent. */
  roles?: Role[];
  /** Shown in the side menu when given (detail pages have none). */
  menu?: { group: MenuGroup; label: LocalisedText; icon: ReactNode; order: number };
}

// Selection (issue 4): needs planning, needs, nominations, compliance, the rule catalogue.
const NeedsPlanPage = lazy(() => import('../pages/Needs/NeedsPlanPage'));
const NeedsPage = lazy(() => import('../pages/Needs/NeedsPage'));
const NominationsPage = lazy(() => import('../pages/Nominations/NominationsPage'));
const NominationDetailPage = lazy(() => import('../pages/Nominations/NominationDetailPage'));
const ProposeNominationPage = lazy(() => import('../pages/Nominations/ProposeNominationPage'));
const CompliancePage = lazy(() => import('../pages/Compliance/CompliancePage'));
const RulesPage = lazy(() => import('../pages/Rules/RulesPage'));
const RuleDetailPage = lazy(() => import('../pages/Rules/RuleDetailPage'));
const selectionPlanners: Role[] = [...rolesFor('needs.plan')];

// Assessment (issue 13): batches, the distribution of grades, a batch's progress, proposals and decisions.
const AssessmentPage = lazy(() => import('../pages/Assessment/AssessmentPage'));
const BatchPage = lazy(() => import('../pages/Assessment/BatchPage'));
const assessmentReaders: Role[] = rolesFor('assessment.read').filter((r) => r !== 'cadre');

// Registry (issue 3): villages, dispatching units, the cadre pool and the Excel import wizard.
const VillagesPage = lazy(() => import('../pages/Villages/VillagesPage'));
const VillageDetailPage = lazy(() => import('../pages/Villages/VillageDetailPage'));
const UnitsPage = lazy(() => import('../pages/Units/UnitsPage'));
const UnitDetailPage = lazy(() => import('../pages/Units/UnitDetailPage'));
const CadresPage = lazy(() => import('../pages/Cadres/CadresPage'));
const CadreDetailPage = lazy(() => import('../pages/Cadres/CadreDetailPage'));
const ImportsPage = lazy(() => import('../pages/Imports/ImportsPage'));
const importers: Role[] = [...rolesFor('imports.cadres')];

// Teams and terms (issue 5): the team board, a village's team history, matching, terms ending, recalls.
const TeamBoardPage = lazy(() => import('../pages/Teams/TeamBoardPage'));
const VillageTeamsPage = lazy(() => import('../pages/Teams/VillageTeamsPage'));
const MatchingPage = lazy(() => import('../pages/Matching/MatchingPage'));
const TermsEndingPage = lazy(() => import('../pages/Terms/TermsEndingPage'));
const RecallsPage = lazy(() => import('../pages/Recalls/RecallsPage'));
const teamComposers: Role[] = [...rolesFor('teams.compose')];
const unitViewers: Role[] = ['unit_hr', 'unit_committee'];

// Attendance by exception (issue 10): a cadre's month, leave (请销假), today's board, the monthly sheet,
// verifications. The cadre sees their own month; offices read the region's.
const MyAttendancePage = lazy(() => import('../pages/Attendance/MyAttendancePage'));
const LeaveListPage = lazy(() => import('../pages/Attendance/LeaveListPage'));
const TripListPage = lazy(() => import('../pages/Attendance/TripListPage'));
const OnPostTodayPage = lazy(() => import('../pages/Attendance/OnPostTodayPage'));
const AttendanceSheetPage = lazy(() => import('../pages/Attendance/AttendanceSheetPage'));
const VerificationPage = lazy(() => import('../pages/Attendance/VerificationPage'));
// Optional evidence check-ins (issue 10 item 8): read by the township and the county only (PIPL-28).
const CheckInsPage = lazy(() => import('../pages/CheckIns/CheckInsPage'));
// Work logs and the village's task list (issue 11 item 7): the cadre writes and updates them on the desktop too.
const MyWorkPage = lazy(() => import('../pages/WorkLogs/MyWorkPage'));
// Half-year reports (issue 12 item 1): the cadre's drafted report, the editor, completeness for the offices.
const ReportsPage = lazy(() => import('../pages/Reports/ReportsPage'));
const ReportEditorPage = lazy(() => import('../pages/Reports/ReportEditorPage'));
const ownAttendance: Role[] = [...rolesFor('leave.request')];
const attendanceOffices: Role[] = rolesFor('attendance.read').filter((r) => !ownAttendance.includes(r));

// Daily management (issue 12 items 2–6): team-leader meetings, talks, discipline, the three handover lists.
const MeetingsPage = lazy(() => import('../pages/Daily/MeetingsPage'));
const TalksPage = lazy(() => import('../pages/Daily/TalksPage'));
const DisciplinePage = lazy(() => import('../pages/Daily/DisciplinePage'));
const DisciplineDetailPage = lazy(() =>
  import('../pages/Daily/DisciplinePage').then((m) => ({ default: m.DisciplineDetailPage })),
);
const HandoverPage = lazy(() => import('../pages/Daily/HandoverPage'));

// Provincial parameters and the work calendar (issue 10 items 1 and 2): every office with a region reads the
// parameters in force (the organisation department edits them); every signed-in user reads the calendar.
const SettingsPage = lazy(() => import('../pages/Settings/SettingsPage'));
const WorkCalendarPage = lazy(() => import('../pages/Settings/WorkCalendarPage'));
const settingsReaders: Role[] = [...new Set([...rolesFor('settings.write'), ...attendanceOffices])];

export const features: Feature[] = [
  {
    path: 'meetings',
    element: <MeetingsPage />,
    roles: [...rolesFor('meetings.read')],
    menu: {
      group: 'attendance',
      label: { zh: '队长会议', en: 'Team-leader meetings' },
      icon: <TeamOutlined />,
      order: 80,
    },
  },
  {
    path: 'talks',
    element: <TalksPage />,
    roles: [...rolesFor('talks.read')],
    menu: {
      group: 'attendance',
      label: { zh: '谈心谈话', en: 'Talks' },
      icon: <CommentOutlined />,
      order: 81,
    },
  },
  {
    path: 'discipline',
    element: <DisciplinePage />,
    roles: [...rolesFor('discipline.read')],
    menu: {
      group: 'attendance',
      label: { zh: '纪律记录', en: 'Discipline' },
      icon: <SafetyCertificateOutlined />,
      order: 82,
    },
  },
  { path: 'discipline/:id', element: <DisciplineDetailPage />, roles: [...rolesFor('discipline.read')] },
  { path: 'assignments/:id/handover', element: <HandoverPage />, roles: [...rolesFor('handover.read')] },
  {
    path: 'assessment',
    element: <AssessmentPage />,
    roles: assessmentReaders,
    menu: {
      group: 'attendance',
      label: { zh: '考核', en: 'Assessment' },
      icon: <SolutionOutlined />,
      order: 90,
    },
  },
  { path: 'assessment/:id', element: <BatchPage />, roles: assessmentReaders },
  {
    path: 'needs/plan',
    element: <NeedsPlanPage />,
    roles: selectionPlanners,
    menu: {
      group: 'selection',
      label: { zh: '需求规划', en: 'Needs planning' },
      icon: <ScheduleOutlined />,
      order: 10,
    },
  },
  { path: 'needs', element: <NeedsPage /> },
  {
    path: 'nominations',
    element: <NominationsPage />,
    menu: {
      group: 'selection',
      label: { zh: '选派人选', en: 'Nominations' },
      icon: <SolutionOutlined />,
      order: 20,
    },
  },
  {
    path: 'nominations/new',
    element: <ProposeNominationPage />,
    roles: [...rolesFor('nominations.propose')],
  },
  { path: 'nominations/:id', element: <NominationDetailPage /> },
  {
    path: 'compliance',
    element: <CompliancePage />,
    menu: {
      group: 'selection',
      label: { zh: '合规检查', en: 'Compliance' },
      icon: <AuditOutlined />,
      order: 30,
    },
  },
  {
    path: 'rules',
    element: <RulesPage />,
    menu: {
      group: 'selection',
      label: { zh: '政策规则', en: 'Policy rules' },
      icon: <BookOutlined />,
      order: 40,
    },
  },
  { path: 'rules/:id', element: <RuleDetailPage /> },
  {
    path: 'villages',
    element: <VillagesPage />,
    menu: {
      group: 'registry',
      label: { zh: '村庄', en: 'Villages' },
      icon: <EnvironmentOutlined />,
      order: 10,
    },
  },
  { path: 'villages/:code', element: <VillageDetailPage /> },
  {
    path: 'units',
    element: <UnitsPage />,
    menu: {
      group: 'registry',
      label: { zh: '派出单位', en: 'Dispatching units' },
      icon: <ApartmentOutlined />,
      order: 20,
    },
  },
  { path: 'units/:id', element: <UnitDetailPage /> },
  {
    path: 'cadres',
    element: <CadresPage />,
    menu: {
      group: 'registry',
      label: { zh: '干部库', en: 'Cadre pool' },
      icon: <IdcardOutlined />,
      order: 30,
    },
  },
  { path: 'cadres/:id', element: <CadreDetailPage /> },
  {
    path: 'imports',
    element: <ImportsPage />,
    roles: importers,
    menu: {
      group: 'registry',
      label: { zh: 'Excel 导入', en: 'Excel import' },
      icon: <CloudUploadOutlined />,
      order: 40,
    },
  },
  {
    path: 'teams',
    element: <TeamBoardPage />,
    roles: teamBoardViewers,
    menu: {
      group: 'teams',
      label: { zh: '驻村工作队', en: 'Team board' },
      icon: <UsergroupAddOutlined />,
      order: 10,
    },
  },
  { path: 'teams/village/:code', element: <VillageTeamsPage /> },
  {
    path: 'matching',
    element: <MatchingPage />,
    roles: teamComposers,
    menu: {
      group: 'teams',
      label: { zh: '科学组队', en: 'Matching' },
      icon: <NodeIndexOutlined />,
      order: 20,
    },
  },
  {
    path: 'terms',
    element: <TermsEndingPage />,
    roles: [...teamBoardViewers, ...unitViewers],
    menu: {
      group: 'teams',
      label: { zh: '任期到期', en: 'Terms ending' },
      icon: <FieldTimeOutlined />,
      order: 30,
    },
  },
  {
    path: 'recalls',
    element: <RecallsPage />,
    roles: [...teamComposers, ...unitViewers, 'inspector'],
    menu: {
      group: 'teams',
      label: { zh: '召回调整', en: 'Recalls' },
      icon: <RollbackOutlined />,
      order: 40,
    },
  },
  {
    path: 'my-attendance',
    element: <MyAttendancePage />,
    roles: ownAttendance,
    menu: {
      group: 'attendance',
      label: { zh: '我的考勤', en: 'My attendance' },
      icon: <CalendarOutlined />,
      order: 10,
    },
  },
  { path: 'attendance-calendar', element: <MyAttendancePage />, roles: attendanceOffices },
  {
    path: 'leave-requests',
    element: <LeaveListPage />,
    roles: attendanceOffices,
    menu: {
      group: 'attendance',
      label: { zh: '请销假', en: 'Leave' },
      icon: <SnippetsOutlined />,
      order: 20,
    },
  },
  {
    path: 'official-trips',
    element: <TripListPage />,
    roles: attendanceOffices,
    menu: {
      group: 'attendance',
      label: { zh: '出差培训', en: 'Trips & training' },
      icon: <CarryOutOutlined />,
      order: 25,
    },
  },
  {
    path: 'on-post',
    element: <OnPostTodayPage />,
    roles: attendanceOffices,
    menu: {
      group: 'attendance',
      label: { zh: '今日在岗', en: 'On post today' },
      icon: <BarChartOutlined />,
      order: 30,
    },
  },
  {
    path: 'attendance-sheet',
    element: <AttendanceSheetPage />,
    roles: attendanceOffices,
    menu: {
      group: 'attendance',
      label: { zh: '考勤汇总表', en: 'Attendance sheet' },
      icon: <FileExcelOutlined />,
      order: 40,
    },
  },
  {
    path: 'verifications',
    element: <VerificationPage />,
    roles: [...rolesFor('verifications.record')],
    menu: {
      group: 'attendance',
      label: { zh: '在岗核查', en: 'Verification' },
      icon: <FileSearchOutlined />,
      order: 50,
    },
  },
  {
    path: 'check-ins',
    element: <CheckInsPage />,
    roles: [...rolesFor('checkins.read')],
    menu: {
      group: 'attendance',
      label: { zh: '签到记录', en: 'Check-ins' },
      icon: <EnvironmentOutlined />,
      order: 60,
    },
  },
  {
    path: 'reports',
    element: <ReportsPage />,
    roles: [...rolesFor('reports.read')],
    menu: {
      group: 'attendance',
      label: { zh: '半年工作报告', en: 'Half-year reports' },
      icon: <FileSearchOutlined />,
      order: 17,
    },
  },
  { path: 'reports/:id', element: <ReportEditorPage />, roles: [...rolesFor('reports.read')] },
  {
    path: 'my-work',
    element: <MyWorkPage />,
    roles: [...rolesFor('workLogs.write')],
    menu: {
      group: 'attendance',
      label: { zh: '工作日志与任务', en: 'Logs and tasks' },
      icon: <SnippetsOutlined />,
      order: 15,
    },
  },
  {
    path: 'settings',
    element: <SettingsPage />,
    roles: settingsReaders,
    menu: {
      group: 'system',
      label: { zh: '省级参数', en: 'Provincial parameters' },
      icon: <SettingOutlined />,
      order: 10,
    },
  },
  {
    path: 'work-calendar',
    element: <WorkCalendarPage />,
    menu: {
      group: 'system',
      label: { zh: '工作日历', en: 'Work calendar' },
      icon: <CarryOutOutlined />,
      order: 20,
    },
  },
];
