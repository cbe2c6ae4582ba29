import { todayInShanghai } from '../../../domain/time';
import { type Strength, strengthLabels } from '../../../shared/dictionaries';
import type { Actor } from '../../context';
import { EXPORT_LIMIT } from '../imports/imports.service';
import { buildReport, ruleWords, shanghaiTime } from '../imports/xlsx';
import type { Clock } from '../users/users.service';
import type { NeedStatus } from './needs.repository';
import type { NeedService } from './needs.service';

const statusWords: Record<NeedStatus, string> = { open: '未完成', filled: '已满足', closed: '已关闭' };
const versionWords: Record<string, string> = { P17: '2017年指导意见', P21: '2021年意见' };

/**
 * GET /api/village-needs.xlsx: the needs the JSON list answers for the same filters (same scope: a need
 * outside it is not listed, a region outside gives an empty sheet), every page, dated the day of the export.
 */
export async function needsWorkbook(
  deps: { needs: NeedService; clock: Clock },
  actor: Actor,
  query: { region?: string; village?: string; status?: NeedStatus },
): Promise<{ name: string; file: Buffer }> {
  const date = todayInShanghai(deps.clock.now());
  const { items, total } = await deps.needs.list(actor, { ...query, page: 1, pageSize: EXPORT_LIMIT });
  const where = query.village ?? query.region ?? '全部';
  const file = await buildReport({
    sheetName: '村级选派需求',
    title: `村级选派需求（${where}）　数据日期：${date}`,
    columns: [
      { header: '村名', key: 'villageName', width: 16 },
      { header: '村代码', key: 'villageCode', width: 15 },
      { header: '需要第一书记', key: 'firstSecretary', width: 8 },
      { header: '工作队员（人）', key: 'members', width: 8 },
      { header: '需要的专长', key: 'strengths', width: 20 },
      { header: '状态', key: 'status', width: 8 },
      { header: '自何日起', key: 'effectiveOn', width: 12 },
      { header: '适用政策', key: 'policyVersion', width: 14 },
      { header: '依据（规则）', key: 'basis', width: 50 },
      { header: '原因说明', key: 'reason', width: 30 },
      { header: '已提人选（人）', key: 'candidates', width: 8 },
      { header: '登记人', key: 'createdByName', width: 10 },
      { header: '登记时间', key: 'createdAt', width: 18 },
      { header: '关闭日期', key: 'closedOn', width: 12 },
      { header: '关闭原因', key: 'closedReason', width: 24 },
      { header: '需求编号', key: 'id', width: 38 },
    ],
    rows: items.map((n) => ({
      villageName: n.villageName,
      villageCode: n.villageCode,
      firstSecretary: n.firstSecretary ? '是' : '否',
      members: n.members,
      strengths: n.strengths.map((s) => strengthLabels[s as Strength]?.zh ?? s).join('、'),
      status: statusWords[n.status],
      effectiveOn: n.effectiveOn,
      policyVersion: versionWords[n.policyVersion] ?? n.policyVersion,
      basis: n.basis.map((b) => `${ruleWords(b.ruleId)}：${b.message.zh}`).join('\n'),
      reason: n.reason,
      candidates: n.candidates,
      createdByName: n.createdByName,
      createdAt: shanghaiTime(n.createdAt),
      closedOn: n.closedOn,
      closedReason: n.closedReason,
      id: n.id,
    })),
    footnote:
      total > items.length ? `共 ${total} 条，只导出前 ${items.length} 条，请缩小筛选范围` : `共 ${total} 条`,
  });
  return { name: `村级选派需求-${where}-${date}.xlsx`, file };
}
