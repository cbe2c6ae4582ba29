import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayInShanghai } from '../../../domain/time';
import { type NominationStatus, nominationListQuery } from '../../../shared/contracts/nominations';
import { localise } from '../../../shared/errors';
import type { Actor } from '../../context';
import { actorOf } from '../../http/actor';
import { EXPORT_LIMIT } from '../imports/imports.service';
import { attachmentHeader, buildReport, ruleWords, shanghaiTime, XLSX_TYPE } from '../imports/xlsx';
import type { Clock } from '../users/users.service';
import type { NominationService } from './nominations.service';

type FastifyZod = Parameters<FastifyPluginAsyncZod>[0];

const statusWords: Record<string, string> = {
  proposed: '已提出人选',
  checked: '已审核',
  filed: '已备案',
  decided: '已研究确定',
  rejected: '未通过',
  withdrawn: '已撤回',
};
const roleWords: Record<string, string> = { first_secretary: '第一书记', member: '工作队员' };
const sourceWords: Record<string, string> = { recommendation: '组织推荐', application: '个人报名' };
const severityWords: Record<string, string> = { block: '不符合', warn: '提示', info: '说明' };
const versionWords: Record<string, string> = { P17: '2017年指导意见', P21: '2021年意见' };

export interface NominationExportQuery {
  region?: string;
  status?: NominationStatus;
  needId?: string;
  cadreId?: string;
  unitId?: string;
}

/**
 * GET /api/nominations.xlsx: the nominations the JSON list answers for the same filters and scope (a
 * region outside gives an empty sheet), every page, dated the day of the export.
 */
export async function nominationsWorkbook(
  deps: { nominations: NominationService; clock: Clock },
  actor: Actor,
  query: NominationExportQuery,
): Promise<{ name: string; file: Buffer }> {
  const date = todayInShanghai(deps.clock.now());
  const list = await deps.nominations.list(actor, { ...query, page: 1, pageSize: EXPORT_LIMIT });
  const items = localise(list.items, 'zh') as typeof list.items;
  const where = query.region ?? '全部';
  const file = await buildReport({
    sheetName: '人选',
    title: `驻村人选（${where}）　数据日期：${date}`,
    columns: [
      { header: '姓名', key: 'cadreName', width: 10 },
      { header: '派出单位', key: 'unitName', width: 28 },
      { header: '拟任岗位', key: 'role', width: 10 },
      { header: '村名', key: 'villageName', width: 16 },
      { header: '村代码', key: 'villageCode', width: 15 },
      { header: '人选来源', key: 'source', width: 10 },
      { header: '状态', key: 'status', width: 12 },
      { header: '审查日期', key: 'date', width: 12 },
      { header: '适用政策', key: 'policyVersion', width: 14 },
      { header: '资格提示（规则）', key: 'violations', width: 60 },
      { header: '退回或撤回原因', key: 'closedReason', width: 24 },
      { header: '提出时间', key: 'createdAt', width: 18 },
      { header: '更新时间', key: 'updatedAt', width: 18 },
      { header: '人选编号', key: 'id', width: 38 },
    ],
    rows: items.map((n) => ({
      cadreName: n.cadreName,
      unitName: n.unitName,
      role: roleWords[n.role] ?? n.role,
      villageName: n.villageName,
      villageCode: n.villageCode,
      source: sourceWords[n.source] ?? n.source,
      status: statusWords[n.status] ?? n.status,
      date: n.date,
      policyVersion: versionWords[n.policyVersion] ?? n.policyVersion,
      violations: n.violations
        .map(
          (v) =>
            `${severityWords[v.severity] ?? v.severity}：${ruleWords(v.ruleId)}${v.message ? `：${String(v.message)}` : ''}`,
        )
        .join('\n'),
      closedReason: n.closedReason,
      createdAt: shanghaiTime(n.createdAt),
      updatedAt: shanghaiTime(n.updatedAt),
      id: n.id,
    })),
    footnote:
      list.total > items.length
        ? `共 ${list.total} 条，只导出前 ${items.length} 条，请缩小筛选范围`
        : `共 ${list.total} 条`,
  });
  return { name: `驻村人选-${where}-${date}.xlsx`, file };
}

/** Registers GET /api/nominations.xlsx (called from nominations.routes.ts). */
export function nominationExportRoute(app: FastifyZod) {
  app.get(
    '/api/nominations.xlsx',
    {
      schema: {
        tags: ['nominations'],
        querystring: nominationListQuery.omit({ page: true, pageSize: true }),
      },
    },
    async (req, reply) => {
      const { name, file } = await nominationsWorkbook(
        { nominations: app.services.nominations, clock: app.container.clock },
        actorOf(req),
        req.query,
      );
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentHeader(name)).send(file);
    },
  );
}
