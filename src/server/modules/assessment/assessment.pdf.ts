import QRCode from 'qrcode';
import {
  componentKeys,
  componentLabels,
  displayCode,
  type Grade,
  gradeLabels,
} from '../../../domain/assessment';
import { renderPdf } from '../../pdf';
import type { BatchRecord } from './assessment.repository';
import type { Computed } from './assessment.service';

const kindLabel = { annual: '年度考核', term_end: '期满考核' } as const;

/** 年度考核登记表 (or 期满考核登记表) of one cadre, A4 (P17.5.1-record: kept in the dispatching unit's records). */
export function registrationForm(input: {
  batch: BatchRecord;
  computed: Computed;
  countyName: string;
  labels: Record<Grade, { zh: string; en: string }>;
  shown: boolean;
  printedAt: Date;
}): Promise<Buffer> {
  const { batch: b, computed: c, labels } = input;
  const title = `驻村干部${kindLabel[b.kind]}登记表`;
  const grade = input.shown && c.subject.grade ? labels[c.subject.grade].zh : '（尚未评定）';
  return renderPdf(
    { title: `${title}（${c.subject.cadreName}，${b.year}年）`, createdAt: input.printedAt },
    (w) => {
      w.heading(title);
      w.text(`${b.year}年度　　${input.countyName}`, { align: 'center', size: 11 }).space(0.6);
      w.fields([
        ['姓名', c.subject.cadreName],
        ['派出单位', c.subject.unitName],
        ['驻村', c.subject.villageName],
        ['驻村时间', `截至本年末驻村${c.subject.monthsOnPost}个月`],
        ['考核类别', `${kindLabel[b.kind]}（${b.kind === 'annual' ? 'P21.5-annual' : 'P21.5-termend'}）`],
      ]);
      w.heading('考核得分', 2);
      w.table(
        [
          { header: '项目', width: 2 },
          { header: '权重', width: 1, align: 'right' },
          { header: '得分', width: 1, align: 'right' },
          { header: '计算方法与依据', width: 6 },
        ],
        componentKeys.map((k) => {
          const d = c.details[k];
          const how = d.adjustment
            ? `考核组评定：${d.adjustment.reason}（${d.adjustment.byName}）`
            : d.how.zh;
          return [
            componentLabels[k].zh,
            String(b.scheme.weights[k]),
            d.score === null ? '无记录' : d.score.toFixed(1),
            how,
          ];
        }),
        { size: 9 },
      );
      w.fields([
        [
          '加权总分',
          c.total === null ? '无' : `${c.total.toFixed(1)}${c.complete ? '' : '（尚有项目无记录）'}`,
        ],
        [
          '无故缺勤',
          `${c.absences}天（缺勤阶梯：${b.scheme.ladder.noExcellent}次不得评优秀，${b.scheme.ladder.atMostBasic}次最高${labels.basically_competent.zh}，${b.scheme.ladder.incompetent}次${labels.incompetent.zh}）`,
        ],
        ['建议等次', c.proposedGrade ? labels[c.proposedGrade].zh : '—'],
        ['限制说明', c.limits.map((l) => `【${l.ruleId}】${l.message.zh}`).join('；') || '无'],
        ['考核等次', grade],
        ['评定意见', (input.shown && c.subject.gradeReason) || '—'],
        [
          '考核组织',
          `${input.countyName}委组织部会同县委农办、农业农村部门、乡村振兴部门和乡镇党委（P21.5-annual）；听取派出单位意见`,
        ],
        [
          '结果运用',
          '考核结果反馈派出单位并存入本人档案，作为评先评优、提拔使用、职级晋升的重要依据（P17.5.1-record、P21.5-use）',
        ],
        ['本人签字', '\n\n'],
        ['派出单位意见（盖章）', '\n\n'],
      ]);
      w.text(`打印日期：${input.printedAt.toISOString().slice(0, 10)}`, { size: 8, color: '#555555' });
    },
  );
}

/** A sheet of one-time survey codes for a village: QR code and short code each, eight to a page. */
export async function surveyCodeSheet(input: {
  origin: string;
  villageName: string;
  countyName: string;
  year: number;
  audience: 'villagers' | 'village_cadres';
  codes: { code: string; expiresOn: string }[];
  printedAt: Date;
}): Promise<Buffer> {
  const who = input.audience === 'villagers' ? '村民测评' : '村干部评议';
  const qrs = await Promise.all(
    input.codes.map((c) =>
      QRCode.toBuffer(`${input.origin}/survey/${c.code}`, {
        type: 'png',
        margin: 1,
        width: 240,
        errorCorrectionLevel: 'M',
      }),
    ),
  );
  return renderPdf(
    { title: `${input.villageName}驻村工作队${who}测评码`, createdAt: input.printedAt },
    (w) => {
      const perPage = 8;
      const colW = w.contentWidth / 2;
      const rowH = 170;
      for (let i = 0; i < input.codes.length; i++) {
        if (i % perPage === 0) {
          if (i > 0) w.addPage();
          w.heading(`${input.countyName}${input.villageName}驻村工作队${input.year}年度${who}`);
          w.text('每张测评码只能使用一次，不记录答卷人身份。请用手机扫码，或在浏览器打开网址并输入短码。', {
            size: 9,
            align: 'center',
          }).space(0.5);
        }
        const slot = i % perPage;
        const top = 130 + Math.floor(slot / 2) * rowH;
        const left = w.left + (slot % 2) * colW;
        const c = input.codes[i]!;
        w.doc
          .save()
          .lineWidth(0.5)
          .dash(3, { space: 3 })
          .rect(left + 4, top, colW - 8, rowH - 10)
          .stroke()
          .undash()
          .restore();
        w.image(qrs[i]!, left + 12, top + 10, 110);
        w.text(displayCode(c.code), { x: left + 130, y: top + 24, width: colW - 140, size: 18, bold: true });
        w.text(`${input.origin}/survey`, { x: left + 130, y: top + 56, width: colW - 140, size: 8 });
        w.text(`有效期至 ${c.expiresOn}`, { x: left + 130, y: top + 76, width: colW - 140, size: 9 });
        w.text(`${who} · 5道题 · 1至5分`, { x: left + 130, y: top + 96, width: colW - 140, size: 9 });
      }
      if (input.codes.length === 0) {
        w.heading(`${input.villageName}${who}`);
        w.paragraph('没有未使用的测评码。');
      }
    },
  );
}

export { gradeLabels };
