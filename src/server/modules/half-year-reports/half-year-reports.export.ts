// Exports of the half-year reports (issue 12 item 1: "printable and exportable"): the report as an A4 PDF, the
// completeness of a region's half year and the list of reports as Excel workbooks. Each answers exactly like
// its JSON route (same scope, same 404s, same rows); the region and the half year are in the title and file name.
import ExcelJS from 'exceljs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/contracts/common';
import {
  type CompletenessAnswer,
  completenessQuery,
  type ReportView,
  reportListQuery,
  reportStatusLabels,
} from '../../../shared/contracts/half-year-reports';
import { actorOf } from '../../http/actor';
import { attachmentHeader, buildReport, shanghaiTime, XLSX_TYPE } from '../imports/xlsx';
import { periodWords, reportPdf } from './half-year-reports.pdf';
import { EXPORT_ROWS } from './half-year-reports.service';

const inlineHeader = (ascii: string, name: string) =>
  `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 完成情况: the counts on the first sheet, who is missing on the second (not a ranking: by village code). */
export async function completenessWorkbook(c: CompletenessAnswer, regionName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const title = `${regionName}驻村干部${periodWords(c.period)}工作报告完成情况`;
  const sum = wb.addWorksheet('完成情况');
  sum.columns = [{ width: 30 }, { width: 14 }];
  sum.addRow([title]).font = { bold: true, size: 14 };
  sum.mergeCells(1, 1, 1, 2);
  sum.addRow([`区划代码：${c.region}　报告期：${c.period}　应于 ${c.dueOn} 前提交（P17.4.2-report）`]);
  sum.mergeCells(2, 1, 2, 2);
  sum.addRow(['项目', '人数']).font = { bold: true };
  for (const [label, n] of [
    ['应报（在岗满规定天数）', c.due],
    ['已提交', c.submitted],
    ['其中逾期提交', c.late],
    ['已审阅（领导小组）', c.reviewed],
    ['已听取（派出单位，P21.5-unit-hear）', c.heard],
    ['未提交', c.missing.length],
  ] as const)
    sum.addRow([label, n]);
  const miss = wb.addWorksheet('未提交', { views: [{ state: 'frozen', ySplit: 2 }] });
  miss.columns = [{ width: 8 }, { width: 14 }, { width: 20 }, { width: 16 }, { width: 18 }];
  miss.addRow([`${title}：未提交名单`]).font = { bold: true, size: 14 };
  miss.mergeCells(1, 1, 1, 5);
  miss.addRow(['序号', '姓名', '驻村', '村代码', '情况']).font = { bold: true };
  c.missing.forEach((m, i) => {
    miss.addRow([
      i + 1,
      m.name,
      m.villageName,
      m.villageCode,
      m.status === 'draft' ? '草稿未提交' : '尚未起草',
    ]);
  });
  if (c.missing.length === 0) miss.addRow(['', '无']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type ListItem = Omit<ReportView, 'sections' | 'versions'>;

/** 工作报告一览: one row per report, the same rows and order as the JSON list. */
export function listWorkbook(items: ListItem[], total: number, title: string): Promise<Buffer> {
  return buildReport({
    sheetName: '半年工作报告',
    title,
    columns: [
      { header: '报告期', key: 'period', width: 10 },
      { header: '姓名', key: 'cadreName', width: 12 },
      { header: '驻村', key: 'villageName', width: 18 },
      { header: '村代码', key: 'villageCode', width: 15 },
      { header: '派出单位', key: 'unitName', width: 24 },
      { header: '状态', key: 'status', width: 10 },
      { header: '版本', key: 'version', width: 6 },
      { header: '应交日期', key: 'dueOn', width: 12 },
      { header: '提交时间', key: 'submittedAt', width: 18 },
      { header: '是否逾期', key: 'late', width: 8 },
      { header: '由记录生成（部分）', key: 'prefill', width: 14 },
      { header: '审阅意见', key: 'reviewOpinion', width: 36 },
      { header: '派出单位听取', key: 'hearing', width: 36 },
    ],
    rows: items.map((r) => ({
      period: r.period,
      cadreName: r.cadreName,
      villageName: r.villageName,
      villageCode: r.villageCode,
      unitName: r.unitName,
      status: reportStatusLabels[r.status].zh,
      version: r.version,
      dueOn: r.dueOn,
      submittedAt: r.submittedAt ? shanghaiTime(r.submittedAt) : '',
      late: r.submittedAt ? (r.late ? '逾期' : '按时') : r.late ? '逾期未交' : '',
      prefill: `${r.prefill.filled}/${r.prefill.total}`,
      reviewOpinion: r.reviewOpinion
        ? `${r.reviewOpinion}${r.reviewerName ? `（${r.reviewerName}）` : ''}`
        : '',
      hearing: r.hearing ? `${r.hearing.heardOn} ${r.hearing.opinion}` : '',
    })),
    footnote:
      total > items.length
        ? `共 ${total} 份，本表列出前 ${items.length} 份；请按地区或报告期分别导出。`
        : `共 ${total} 份。`,
  });
}

type FastifyZod = Parameters<FastifyPluginAsyncZod>[0];

/** Registered by `halfYearReportRoutes` (the static paths before its `/:id`). */
export function halfYearReportExportRoutes(app: FastifyZod) {
  const tags = ['half-year-reports'];
  const svc = () => app.services.halfYearReports;
  app.get(
    '/api/half-year-reports/:id/report.pdf',
    { schema: { tags, params: idParams } },
    async (req, reply) => {
      const r = await svc().get(actorOf(req), req.params.id);
      const pdf = await reportPdf(r, new Date());
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          inlineHeader(`half-year-report-${r.period}.pdf`, `半年工作报告-${r.cadreName}-${r.period}.pdf`),
        )
        .send(pdf);
    },
  );
  app.get(
    '/api/half-year-reports/completeness.xlsx',
    { schema: { tags, querystring: completenessQuery } },
    async (req, reply) => {
      const c = await svc().completeness(actorOf(req), req.query);
      const name = await svc().regionName(c.region);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', attachmentHeader(`半年工作报告完成情况-${name}-${c.period}.xlsx`))
        .send(await completenessWorkbook(c, name));
    },
  );
  app.get(
    '/api/half-year-reports.xlsx',
    { schema: { tags, querystring: reportListQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const { items, total } = await svc().listAll(actorOf(req), req.query);
      const where = req.query.region ? await svc().regionName(req.query.region) : '本人可见范围';
      const when = req.query.period ? periodWords(req.query.period) : '各报告期';
      return reply
        .type(XLSX_TYPE)
        .header(
          'content-disposition',
          attachmentHeader(`半年工作报告-${where}-${req.query.period ?? '全部'}.xlsx`),
        )
        .send(
          await listWorkbook(items, total, `${where}驻村干部${when}工作报告一览（最多 ${EXPORT_ROWS} 份）`),
        );
    },
  );
}
