import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type TermsEndingQuery, termsEndingQuery } from '../../../shared/contracts/terms';
import type { Actor } from '../../context';
import { actorOf } from '../../http/actor';
import { attachmentHeader, buildReport, XLSX_TYPE } from '../imports/xlsx';
import type { TermService } from './terms.service';

type FastifyZod = Parameters<FastifyPluginAsyncZod>[0];

const roleWords: Record<string, string> = { first_secretary: '第一书记', leader: '队长', member: '工作队员' };

/**
 * GET /api/terms/ending.xlsx: the terms the JSON list answers for the same query and scope (a region
 * outside gives an empty sheet), with the date and the window in the title and file name.
 */
export async function termsEndingWorkbook(
  terms: TermService,
  actor: Actor,
  query: TermsEndingQuery,
): Promise<{ name: string; file: Buffer }> {
  const view = await terms.ending(actor, query);
  const names = new Map(view.counties.map((c) => [c.countyCode, c.countyName]));
  const where = query.region ?? '全部';
  const file = await buildReport({
    sheetName: '任期到期',
    title: `任期到期（${where}）　${view.date} 至 ${view.until}（${view.withinDays} 天内）`,
    columns: [
      { header: '县', key: 'county', width: 12 },
      { header: '村名', key: 'villageName', width: 14 },
      { header: '村代码', key: 'villageCode', width: 15 },
      { header: '姓名', key: 'cadreName', width: 10 },
      { header: '派出单位', key: 'unitName', width: 28 },
      { header: '岗位', key: 'teamRole', width: 10 },
      { header: '到岗日期', key: 'startOn', width: 12 },
      { header: '计划期满日期', key: 'plannedEndOn', width: 12 },
      { header: '实际离岗日期', key: 'endOn', width: 12 },
      { header: '最后在岗日', key: 'lastDay', width: 12 },
      { header: '剩余天数', key: 'daysLeft', width: 8 },
      { header: '接任者已到岗', key: 'successorInPlace', width: 8 },
      { header: '接任者', key: 'successor', width: 24 },
    ],
    rows: view.items.map((i) => ({
      county: names.get(i.countyCode) ?? i.countyCode,
      villageName: i.villageName,
      villageCode: i.villageCode,
      cadreName: i.cadreName,
      unitName: i.unitName,
      teamRole: roleWords[i.teamRole] ?? i.teamRole,
      startOn: i.startOn,
      plannedEndOn: i.plannedEndOn,
      endOn: i.endOn,
      lastDay: i.lastDay,
      daysLeft: i.daysLeft,
      successorInPlace: i.successorInPlace ? '是' : '否',
      successor: i.successor ? `${i.successor.cadreName}（${i.successor.startOn} 到岗）` : null,
    })),
    footnote: `共 ${view.total} 人，其中 ${view.withoutSuccessor} 人尚无接任者`,
  });
  return { name: `任期到期-${where}-${view.date}至${view.until}.xlsx`, file };
}

/** Registers the export beside the JSON list (called from terms.routes.ts). */
export function termsEndingExportRoute(app: FastifyZod) {
  app.get(
    '/api/terms/ending.xlsx',
    { schema: { tags: ['terms'], querystring: termsEndingQuery } },
    async (req, reply) => {
      const { name, file } = await termsEndingWorkbook(app.services.terms, actorOf(req), req.query);
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentHeader(name)).send(file);
    },
  );
}
