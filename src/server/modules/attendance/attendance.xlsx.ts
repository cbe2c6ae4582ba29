// 考勤汇总表: the monthly attendance sheet in the usual layout — title, unit/region and month, one row per
// cadre, one column per day with its symbol, the month's totals, a legend and the signature lines.
import ExcelJS from 'exceljs';
import type { LedgerDay } from '../../../domain/attendance/ledger';
import type { SummaryRow } from '../../../shared/contracts/attendance';

const SYMBOL: Record<LedgerDay['status'], string> = {
  in_village: '√',
  in_village_rest_day: '√',
  rest: '休',
  leave: '假',
  official_trip: '差',
  training: '训',
  absent: '缺',
  not_on_post: '—',
};

export async function attendanceWorkbook(
  data: { rows: SummaryRow[]; days: Map<string, LedgerDay[]>; regionName: string; dates: string[] },
  month: string,
  _lang: 'zh' | 'en',
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('考勤汇总表', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  const n = data.dates.length;
  const fixed = ['序号', '姓名', '驻村村', '职务'];
  const totals = ['工作日', '在村天数', '请假', '出差', '培训', '缺勤', '最低天数', '是否达标'];
  const width = fixed.length + n + totals.length;
  const [y, m] = month.split('-');
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = `驻村干部考勤汇总表（${y}年${Number(m)}月）`;
  ws.getCell(1, 1).font = { size: 16, bold: true };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value =
    `单位（地区）：${data.regionName}　　考勤月份：${y}年${Number(m)}月　　（按例外记录：工作日默认在村，P17.4.2-attend）`;
  const header = ws.getRow(3);
  header.values = [...fixed, ...data.dates.map((d) => Number(d.slice(8))), ...totals];
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  const roleName: Record<string, string> = { first_secretary: '第一书记', leader: '队长', member: '队员' };
  data.rows.forEach((r, i) => {
    const days = data.days.get(r.assignmentId) ?? [];
    const row = ws.addRow([
      i + 1,
      r.name,
      r.villageName,
      roleName[r.teamRole] ?? r.teamRole,
      ...data.dates.map((d) => {
        const day = days.find((x) => x.date === d);
        return day ? SYMBOL[day.status] : '';
      }),
      r.workingDays,
      r.daysInVillage,
      r.leaveDays,
      r.tripDays,
      r.trainingDays,
      r.absentDays,
      r.minimumDays ?? '按年',
      r.meetsMinimum === null ? '—' : r.meetsMinimum ? '是' : '否',
    ]);
    row.alignment = { horizontal: 'center' };
  });
  const sum = (k: keyof SummaryRow) => data.rows.reduce((s, r) => s + (r[k] as number), 0);
  const total = ws.addRow([
    '合计',
    `${data.rows.length}人`,
    '',
    '',
    ...data.dates.map(() => ''),
    sum('workingDays'),
    sum('daysInVillage'),
    sum('leaveDays'),
    sum('tripDays'),
    sum('trainingDays'),
    sum('absentDays'),
    '',
    `${data.rows.filter((r) => r.meetsMinimum === false).length}人未达标`,
  ]);
  total.font = { bold: true };
  ws.addRow([]);
  const legend = ws.addRow(['图例：√ 在村　休 休息日　假 请假　差 公务出差　训 培训　缺 缺勤　— 不在任期内']);
  ws.mergeCells(legend.number, 1, legend.number, width);
  ws.addRow([]);
  const sign = ws.addRow(['填表人：', '', '', '', '审核人：']);
  ws.mergeCells(sign.number, 5, sign.number, 12);
  ws.getCell(sign.number, 14).value = '单位盖章：';
  ws.getCell(sign.number, Math.max(20, width - 4)).value = '日期：　　年　　月　　日';
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 16;
  ws.getColumn(4).width = 9;
  for (let c = 5; c < 5 + n; c++) ws.getColumn(c).width = 3.6;
  for (let c = 5 + n; c <= width; c++) ws.getColumn(c).width = 8;
  for (let r = 3; r <= total.number; r++) {
    for (let c = 1; c <= width; c++) {
      ws.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
