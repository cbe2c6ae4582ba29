// Attendance's to-dos (issue 12 item 6; registered in the container): leave to approve, returns overdue,
// trips to approve, explanations to decide, absences to explain and unread alerts — read through the
// attendance service, so the same scope and capability checks apply as on its pages.
import { can } from '../../../shared/permissions';
import { capped, type TodoEntry, type TodoProvider } from '../todos/todos.registry';
import type { AttendanceService } from './attendance.service';

const page = { page: 1, pageSize: 21 };

export function attendanceTodos(attendance: AttendanceService): TodoProvider {
  return async ({ actor }) => {
    if (!can(actor, 'attendance.read')) return [];
    const out: TodoEntry[] = [];
    const own = actor.roles.includes('cadre');
    // Leave waiting for this approver (P17.4.2-leave): the township's first step, the county's above it.
    const waiting = [
      ...(can(actor, 'leave.approveTownship') ? (['pending'] as const) : []),
      ...(can(actor, 'leave.approveCounty') ? (['pending_county'] as const) : []),
    ];
    for (const status of waiting) {
      const { items, total } = await attendance.listLeave(actor, { ...page, status });
      out.push(
        ...capped(
          items
            .filter((l) => l.allowedSteps.includes('approve'))
            .map((l) => ({
              kind: 'leave_to_approve',
              title: {
                zh: `请假待审批：${l.cadreName}（${l.villageName}）${l.startOn} 至 ${l.endOn}，${l.workingDays} 个工作日`,
                en: `Leave to decide: ${l.cadreName} (${l.villageName}) ${l.startOn} to ${l.endOn}, ${l.workingDays} working days`,
              },
              href: `/leave-requests?status=${status}&id=${l.id}`,
              due: l.startOn,
              ruleId: 'P17.4.2-leave',
            })),
          { kind: 'leave_to_approve', href: `/leave-requests?status=${status}`, total },
        ),
      );
    }
    // Returns overdue: the township follows them up; the cadre reports the return (销假).
    if (can(actor, 'leave.return')) {
      const { items, total } = await attendance.listLeave(actor, { ...page, overdue: true });
      out.push(
        ...capped(
          items.map((l) => ({
            kind: 'return_overdue',
            title: own
              ? {
                  zh: `请销假：假期已于 ${l.endOn} 结束，请报告返岗`,
                  en: `Your leave ended on ${l.endOn}: report your return`,
                }
              : {
                  zh: `逾期未销假：${l.cadreName}（${l.villageName}）假期 ${l.endOn} 结束`,
                  en: `Return overdue: ${l.cadreName} (${l.villageName}), leave ended ${l.endOn}`,
                },
            href: own ? '/my-attendance' : `/leave-requests?overdue=true&id=${l.id}`,
            due: l.endOn,
            ruleId: 'P17.4.2-leave',
          })),
          { kind: 'return_overdue', href: '/leave-requests?overdue=true', total },
        ),
      );
    }
    if (can(actor, 'trips.approve')) {
      const { items, total } = await attendance.listTrips(actor, { ...page, status: 'pending' });
      out.push(
        ...capped(
          items
            .filter((t) => t.allowedSteps.includes('approve'))
            .map((t) => ({
              kind: 'trip_to_approve',
              title: {
                zh: `出差/培训待审批：${t.cadreName}（${t.villageName}）${t.startOn} 至 ${t.endOn}`,
                en: `Trip to decide: ${t.cadreName} (${t.villageName}) ${t.startOn} to ${t.endOn}`,
              },
              href: `/official-trips?status=pending&id=${t.id}`,
              due: t.startOn,
            })),
          { kind: 'trip_to_approve', href: '/official-trips?status=pending', total },
        ),
      );
    }
    // Explanations of absences: the township decides; the cadre explains.
    const outcome = can(actor, 'verifications.decide')
      ? ('explained' as const)
      : can(actor, 'verifications.explain')
        ? ('awaiting_explanation' as const)
        : null;
    if (outcome) {
      const { items, total } = await attendance.listVerifications(actor, { ...page, outcome });
      const kind = outcome === 'explained' ? 'explanation_to_decide' : 'absence_to_explain';
      out.push(
        ...capped(
          items.map((v) => ({
            kind,
            title:
              outcome === 'explained'
                ? {
                    zh: `缺勤说明待认定：${v.cadreName}（${v.villageName}）${v.on}`,
                    en: `Explanation to decide: ${v.cadreName} (${v.villageName}) ${v.on}`,
                  }
                : {
                    zh: `${v.on} 核查发现不在岗，可填写说明`,
                    en: `Absence found on ${v.on}: you may explain`,
                  },
            href: `/verifications?id=${v.id}`,
            due: v.on,
            ruleId: 'P21.5-attend',
          })),
          { kind, href: `/verifications?outcome=${outcome}`, total },
        ),
      );
    }
    const alerts = await attendance.alerts(actor, { ...page, unread: true });
    out.push(
      ...capped(
        alerts.items.map((a) => ({
          kind: 'attendance_alert',
          title: { zh: a.message.zh, en: a.message.en },
          href: '/verifications',
          ...(a.ruleId ? { ruleId: a.ruleId } : {}),
        })),
        { kind: 'attendance_alert', href: '/verifications', total: alerts.total },
      ),
    );
    return out;
  };
}
