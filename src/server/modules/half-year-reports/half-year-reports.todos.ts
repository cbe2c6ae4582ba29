// The to-dos of half-year reports (issue 12 item 6): the cadre's drafts to complete and submit
// (P17.4.2-report), the leading group's submitted reports to review, and the dispatching unit's reviewed reports
// to hear (P21.5-unit-hear). Each a link to the report; oldest period first; nothing ranked.
import { can } from '../../../shared/permissions';
import { capped, type TodoEntry, type TodoProvider } from '../todos/todos.registry';
import type { HalfYearReportService } from './half-year-reports.service';

export function halfYearReportTodos(reports: HalfYearReportService): TodoProvider {
  return async ({ actor }) => {
    if (!can(actor, 'reports.read')) return [];
    const page = { page: 1, pageSize: 50 } as const;
    const out: TodoEntry[] = [];
    const of = (status: 'draft' | 'submitted' | 'reviewed') => reports.list(actor, { ...page, status });
    if (can(actor, 'reports.write')) {
      const drafts = await of('draft');
      out.push(
        ...capped(
          drafts.items.map((r) => ({
            kind: 'report_to_submit',
            title: {
              zh: `半年工作报告 ${r.period}：请补全本人填写的部分并提交`,
              en: `Half-year report ${r.period}: complete your own sections and submit`,
            },
            href: `/reports/${r.id}`,
            ruleId: 'P17.4.2-report',
          })),
          { kind: 'report_to_submit', href: '/reports', total: drafts.total },
        ),
      );
    }
    if (can(actor, 'reports.review')) {
      const submitted = await of('submitted');
      out.push(
        ...capped(
          submitted.items.map((r) => ({
            kind: 'report_to_review',
            title: {
              zh: `审阅半年工作报告：${r.cadreName}（${r.villageName}）${r.period}`,
              en: `Review the half-year report of ${r.cadreName} (${r.villageName}), ${r.period}`,
            },
            href: `/reports/${r.id}`,
            ruleId: 'P17.4.2-report',
          })),
          { kind: 'report_to_review', href: '/reports?status=submitted', total: submitted.total },
        ),
      );
    }
    if (can(actor, 'reports.hear')) {
      const reviewed = await of('reviewed');
      const unheard = reviewed.items.filter((r) => !r.hearing);
      out.push(
        ...capped(
          unheard.map((r) => ({
            kind: 'report_to_hear',
            title: {
              zh: `听取半年工作报告：${r.cadreName}（${r.villageName}）${r.period}`,
              en: `Hear the half-year report of ${r.cadreName} (${r.villageName}), ${r.period}`,
            },
            href: `/reports/${r.id}`,
            ruleId: 'P21.5-unit-hear',
          })),
          { kind: 'report_to_hear', href: '/reports?status=reviewed', total: unheard.length },
        ),
      );
    }
    return out;
  };
}
