// The half-year report as an A4 document (issue 12 item 1: "printable"): the title names the cadre, the village
// and the half year; each section with its text and the records it was drafted from; the status, the leading
// group's review opinion and the dispatching unit's hearing; the share of the report filled from the records.
import {
  type ReportView,
  reportSourceLabels,
  reportSources,
  reportStatusLabels,
} from '../../../shared/contracts/half-year-reports';
import { renderPdf } from '../../pdf';

/** 2026H1 → 2026年上半年. */
export const periodWords = (period: string) =>
  `${period.slice(0, 4)}年${period.endsWith('H1') ? '上' : '下'}半年`;

const sourceWord = (s: string) =>
  (reportSources as readonly string[]).includes(s)
    ? reportSourceLabels[s as (typeof reportSources)[number]].zh
    : s;

/** Beijing wall-clock date of a stored instant. */
const beijingDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

export function reportPdf(r: ReportView, printedAt: Date): Promise<Buffer> {
  const title = `驻村干部${periodWords(r.period)}工作报告`;
  const share = r.prefill.total > 0 ? Math.round((r.prefill.filled / r.prefill.total) * 100) : 0;
  return renderPdf(
    { title: `${title}（${r.cadreName}，${r.villageName}）`, subject: r.period, createdAt: printedAt },
    (w) => {
      w.heading(title);
      w.text(`${r.cadreName}　　${r.villageName}　　${r.period}`, { align: 'center', size: 11 }).space(0.6);
      w.fields([
        ['姓名', r.cadreName],
        ['驻村', `${r.villageName}（${r.villageCode}）`],
        ['派出单位', r.unitName],
        ['报告期', `${periodWords(r.period)}（${r.period}）`],
        ['状态', `${reportStatusLabels[r.status].zh}${r.version > 1 ? `（第${r.version}版）` : ''}`],
        [
          '提交',
          r.submittedAt
            ? `${beijingDate(r.submittedAt)}${r.late ? `（逾期，应于${r.dueOn}前提交）` : `（应于${r.dueOn}前提交）`}`
            : `尚未提交（应于${r.dueOn}前提交）`,
        ],
        [
          '由记录生成',
          `${r.prefill.filled} / ${r.prefill.total} 部分（${share}%）由系统根据已有记录起草（P21.6-burden）`,
        ],
      ]);
      for (const s of r.sections) {
        // The titles carry their numbers (一、在岗履职情况).
        w.heading(s.title, 2);
        w.paragraph(s.text.trim() || '（未填写）');
        const from = s.cadreWrites
          ? '本人填写'
          : s.filledFrom.length
            ? `依据：${s.filledFrom.map(sourceWord).join('、')}`
            : '';
        if (from) w.text(from, { size: 8, color: '#555555' }).space(0.4);
      }
      w.heading('审阅与听取', 2);
      w.fields([
        [
          '驻村工作领导小组审阅（P17.4.2-report）',
          r.reviewOpinion
            ? `${r.reviewOpinion}${r.reviewerName ? `（${r.reviewerName}` : '（'}${r.reviewedAt ? `，${beijingDate(r.reviewedAt)}）` : '）'}`
            : '尚未审阅',
        ],
        [
          '派出单位听取（P21.5-unit-hear）',
          r.hearing
            ? `${r.hearing.heardOn}　${r.hearing.opinion}${r.hearing.hearerName ? `（${r.hearing.hearerName}记录）` : ''}`
            : '尚未听取',
        ],
        ...r.versions.map((v): [string, string] => [
          `第${v.version}版更正`,
          `${beijingDate(v.correctedAt)}　理由：${v.reason}${v.reviewOpinion ? `；原审阅意见：${v.reviewOpinion}` : ''}`,
        ]),
      ]);
      w.text(`打印日期：${printedAt.toISOString().slice(0, 10)}`, { size: 8, color: '#555555' });
    },
  );
}
