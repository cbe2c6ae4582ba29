import ExcelJS from 'exceljs';
import { regionVisible } from '../../../domain/access/scope';
import { type RuleId, rule } from '../../../domain/policy/catalogue';
import { type CoverageRuleId, coverageRequirementsOn } from '../../../domain/policy/coverage';
import { policyVersionOn } from '../../../domain/policy/versions';
import { countyOf } from '../../../domain/regions/code';
import { addDays, type IsoDate, todayInShanghai } from '../../../domain/time';
import { AppError, type Lang, type LocalisedText } from '../../../shared/errors';
import type { Actor } from '../../context';
import type { Db } from '../../db/client';
import type { RegionRepository } from '../regions/regions.repository';
import type { Clock } from '../users/users.service';
import type { ComplianceRepository } from './compliance.repository';

export interface ComplianceItem {
  ruleId: RuleId;
  subject: { kind: 'village' | 'unit' | 'need'; code?: string; id?: string; name: string };
  since?: string;
  message: LocalisedText;
  countyCode: string | null;
}

const later = (a: string, b: string | null) => (b && b > a ? b : a);

/** What a coverage gap is, by rule: a lone member on post is not coverage (P21.2-scope, P17.1.2-cover). */
const GAP_TEXT: Record<CoverageRuleId, LocalisedText> = {
  'P21.2-weak': {
    zh: '为党组织软弱涣散村，没有在岗的第一书记',
    en: 'weak party organisation without a first secretary on post',
  },
  'P21.2-scope': {
    zh: '为脱贫村或易地扶贫搬迁安置村，没有在岗的第一书记（只有队员不算有工作队）',
    en: 'lifted or relocation village without a first secretary on post (members alone are not its team)',
  },
  'P17.1.2-cover': {
    zh: '为建档立卡贫困村（含深度贫困村），没有由第一书记或队长带领的在岗工作队',
    en: 'registered poor (or deep-poverty) village without a team led by a first secretary or leader on post',
  },
  'P17.2.3-stay': {
    zh: '已退出贫困，脱贫攻坚期内工作队不得撤离，但没有由第一书记或队长带领的在岗工作队',
    en: 'exited poverty during the campaign, when its team must stay, and has no led team on post',
  },
};

export function createComplianceService(deps: {
  db: Db;
  compliance: ComplianceRepository;
  regions: RegionRepository;
  clock: Clock;
}) {
  const { db, compliance, regions, clock } = deps;

  async function items(
    actor: Actor,
    query: { region?: string; date?: string },
  ): Promise<{ date: IsoDate; items: ComplianceItem[] }> {
    if (query.region && !regionVisible(actor.scope, query.region)) {
      throw new AppError('NOT_FOUND', {
        zh: '该地区不在您的管辖范围内',
        en: 'The region is outside your scope',
      });
    }
    const date = (query.date as IsoDate | undefined) ?? todayInShanghai(clock.now());
    const opts = { date, ...(query.region ? { region: query.region } : {}) };
    const out: ComplianceItem[] = [];
    const villageGap =
      (ruleId: RuleId, found: LocalisedText) =>
      (g: { villageCode: string; villageName: string; categorySince: string; lastEnd: string | null }) =>
        out.push({
          ruleId,
          subject: { kind: 'village', code: g.villageCode, name: g.villageName },
          since: later(g.categorySince, g.lastEnd ? addDays(g.lastEnd as IsoDate, 1) : null),
          message: {
            zh: `${g.villageName}${found.zh}。${rule(ruleId).message.zh}`,
            en: `${g.villageName}: ${found.en}. ${rule(ruleId).message.en}`,
          },
          countyCode: countyOf(g.villageCode),
        });

    // The villages that must be covered: the one predicate the needs proposal and the need check use
    // (src/domain/policy/coverage.ts), each rule as one set query (issue 9, policy correction 3).
    const requirements = coverageRequirementsOn(date);
    const gaps = await Promise.all(
      requirements.map((r) =>
        compliance.uncovered(db, actor.scope, {
          ...opts,
          categories: r.categories,
          unless: r.unless,
          roles: r.coveredBy,
        }),
      ),
    );
    requirements.forEach((r, i) => {
      gaps[i]!.forEach(villageGap(r.ruleId, GAP_TEXT[r.ruleId]));
    });
    if (policyVersionOn(date) === 'P21') {
      const central = await compliance.centralUnitsWithoutFirstSecretary(db, actor.scope, opts);
      for (const u of central) {
        out.push({
          ruleId: 'P21.3-central',
          subject: { kind: 'unit', id: u.unitId, name: u.unitName },
          since: u.since,
          message: {
            zh: `${u.unitName}承担定点帮扶或对口支援任务，没有在岗的第一书记。${rule('P21.3-central').message.zh}`,
            en: `${u.unitName} has an assistance task and no first secretary on post. ${rule('P21.3-central').message.en}`,
          },
          countyCode: countyOf(u.targetCode),
        });
      }
    }
    for (const n of await compliance.needsWithoutCandidate(db, actor.scope, opts)) {
      out.push({
        ruleId: 'P21.1-order',
        subject: { kind: 'need', id: n.needId, code: n.villageCode, name: n.villageName },
        since: n.since,
        message: {
          zh: `${n.villageName}的选派需求尚无人选，请派出单位提出人选（先定村、再定人）`,
          en: `${n.villageName}: the village need has no candidate yet; dispatching units should propose one`,
        },
        countyCode: countyOf(n.villageCode),
      });
    }
    return { date, items: out };
  }

  async function withCountyNames(list: ComplianceItem[]) {
    const names = await regions.names(db, [
      ...new Set(list.map((i) => i.countyCode).filter((c): c is string => !!c)),
    ]);
    return names;
  }

  return {
    async list(actor: Actor, query: { region?: string; date?: string; page: number; pageSize: number }) {
      const { date, items: all } = await items(actor, query);
      const names = await withCountyNames(all);
      const start = (query.page - 1) * query.pageSize;
      return {
        date,
        policyVersion: policyVersionOn(date),
        items: all.slice(start, start + query.pageSize).map((i) => ({
          ...i,
          countyName: i.countyCode ? (names.get(i.countyCode) ?? i.countyCode) : null,
        })),
        total: all.length,
        page: query.page,
        pageSize: query.pageSize,
        byCounty: summarise(all, names),
      };
    },

    async workbook(actor: Actor, query: { region?: string; date?: string }, lang: Lang): Promise<Buffer> {
      const { date, items: all } = await items(actor, query);
      const names = await withCountyNames(all);
      const wb = new ExcelJS.Workbook();
      wb.creator = 'Zhucun';
      const zh = lang === 'zh';
      const summary = wb.addWorksheet(zh ? '按县汇总' : 'By county');
      summary.columns = [
        { header: zh ? '县' : 'County', key: 'county', width: 18 },
        { header: zh ? '代码' : 'Code', key: 'code', width: 10 },
        { header: zh ? '问题数' : 'Problems', key: 'total', width: 10 },
        // Words first, the id beside them (issue 9: rule codes are not labels).
        ...ruleIds.map((id) => ({ header: `${rule(id).title[lang]}（${id}）`, key: id, width: 24 })),
      ];
      for (const c of summarise(all, names))
        summary.addRow({ county: c.countyName, code: c.countyCode, total: c.total, ...c.byRule });
      const sheet = wb.addWorksheet(zh ? '问题清单' : 'Problems');
      sheet.columns = [
        { header: zh ? '规则' : 'Rule', key: 'rule', width: 36 },
        { header: zh ? '县' : 'County', key: 'county', width: 14 },
        { header: zh ? '对象' : 'Subject', key: 'subject', width: 26 },
        { header: zh ? '代码/编号' : 'Code / id', key: 'code', width: 38 },
        { header: zh ? '起始日期' : 'Since', key: 'since', width: 12 },
        { header: zh ? '说明' : 'Message', key: 'message', width: 80 },
      ];
      for (const i of all) {
        sheet.addRow({
          rule: `${rule(i.ruleId as RuleId).title[lang]}（${i.ruleId}）`,
          county: i.countyCode ? names.get(i.countyCode) : '',
          subject: i.subject.name,
          code: i.subject.code ?? i.subject.id ?? '',
          since: i.since ?? '',
          message: i.message[lang],
        });
      }
      for (const ws of [summary, sheet]) {
        ws.getRow(1).font = { bold: true };
        ws.views = [{ state: 'frozen', ySplit: 1 }];
      }
      summary.addRow([]);
      summary.addRow([zh ? `数据日期：${date}` : `As of ${date}`]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}

const ruleIds: RuleId[] = [
  'P21.2-weak',
  'P21.2-scope',
  'P21.3-central',
  'P17.1.2-cover',
  'P17.2.3-stay',
  'P21.1-order',
];

function summarise(all: ComplianceItem[], names: Map<string, string>) {
  const byCounty = new Map<
    string,
    { countyCode: string; countyName: string; total: number; byRule: Record<string, number> }
  >();
  for (const i of all) {
    const code = i.countyCode ?? '';
    const entry = byCounty.get(code) ?? {
      countyCode: code,
      countyName: names.get(code) ?? code,
      total: 0,
      byRule: {},
    };
    entry.total++;
    entry.byRule[i.ruleId] = (entry.byRule[i.ruleId] ?? 0) + 1;
    byCounty.set(code, entry);
  }
  return [...byCounty.values()].sort((a, b) => a.countyCode.localeCompare(b.countyCode));
}
export type ComplianceService = ReturnType<typeof createComplianceService>;
