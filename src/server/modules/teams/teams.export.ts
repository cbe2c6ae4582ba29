import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countyCodeParams, onDateQuery } from '../../../shared/contracts/teams';
import { localise } from '../../../shared/errors';
import type { Actor } from '../../context';
import { actorOf } from '../../http/actor';
import { attachmentHeader, buildReport, ruleWords, XLSX_TYPE } from '../imports/xlsx';
import type { TeamService } from './teams.service';

type FastifyZod = Parameters<FastifyPluginAsyncZod>[0];

const roleWords: Record<string, string> = { first_secretary: '第一书记', leader: '队长', member: '工作队员' };
const severityWords: Record<string, string> = { block: '不符合', warn: '提醒', info: '说明' };

/**
 * GET /api/counties/:code/team-board.xlsx: the team board of the JSON route for the same county and date
 * (a county outside the scope is 404 as there), one row per village, dated in the title and file name.
 */
export async function teamBoardWorkbook(
  teams: TeamService,
  actor: Actor,
  countyCode: string,
  date: string | undefined,
): Promise<{ name: string; file: Buffer }> {
  const raw = await teams.teamBoard(actor, countyCode, date);
  const board = localise(raw, 'zh') as typeof raw;
  const person = (m: (typeof board.villages)[number]['members'][number]) =>
    `${m.cadreName}（${m.unitName}，${m.startOn} 至 ${m.endOn ?? m.plannedEndOn}${m.endOn ? '' : '，计划'}）`;
  const file = await buildReport({
    sheetName: '驻村工作队',
    title: `${board.countyName}驻村工作队一览　数据日期：${board.date}`,
    columns: [
      { header: '乡镇（街道）', key: 'townshipName', width: 14 },
      { header: '村名', key: 'villageName', width: 14 },
      { header: '村代码', key: 'villageCode', width: 15 },
      { header: '工作队', key: 'team', width: 18 },
      { header: '第一书记', key: 'firstSecretary', width: 40 },
      { header: '工作队员', key: 'members', width: 60 },
      { header: '在岗人数', key: 'count', width: 8 },
      { header: '待选派第一书记（人）', key: 'needFs', width: 10 },
      { header: '待选派工作队员（人）', key: 'needMembers', width: 10 },
      { header: '提醒（规则）', key: 'warnings', width: 70 },
    ],
    rows: board.villages.map((v) => {
      const fs = v.members.filter((m) => m.teamRole === 'first_secretary');
      const others = v.members.filter((m) => m.teamRole !== 'first_secretary');
      return {
        townshipName: v.townshipName,
        villageName: v.villageName,
        villageCode: v.villageCode,
        team: v.team ? `第${v.team.batch}批（${v.team.startedOn} 起）` : '无',
        firstSecretary: fs.map(person).join('\n') || '无',
        members: others.map((m) => `${roleWords[m.teamRole] ?? m.teamRole}：${person(m)}`).join('\n'),
        count: v.members.length,
        needFs: v.openNeeds.reduce((n, x) => n + x.remaining.firstSecretary, 0),
        needMembers: v.openNeeds.reduce((n, x) => n + x.remaining.members, 0),
        warnings: v.warnings
          .map((w) => `${severityWords[w.severity] ?? w.severity}：${ruleWords(w.ruleId)}：${w.message}`)
          .join('\n'),
      };
    }),
    footnote: `共 ${board.villages.length} 个村`,
  });
  return { name: `驻村工作队-${board.countyName}-${board.date}.xlsx`, file };
}

/** Registers the export beside the JSON team board (called from teams.routes.ts). */
export function teamBoardExportRoute(app: FastifyZod) {
  app.get(
    '/api/counties/:code/team-board.xlsx',
    { schema: { tags: ['teams'], params: countyCodeParams, querystring: onDateQuery } },
    async (req, reply) => {
      const { name, file } = await teamBoardWorkbook(
        app.services.teams,
        actorOf(req),
        req.params.code,
        req.query.date,
      );
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentHeader(name)).send(file);
    },
  );
}
