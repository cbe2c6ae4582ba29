import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/contracts/common';
import { dutiesAnswer, dutiesQuery, dutyLabels } from '../../../shared/contracts/duties';
import {
  createWorkLogBody,
  WORK_LOG_PHOTO_MAX_BYTES,
  workLogAnswer,
  workLogKindLabels,
  workLogList,
  workLogQuery,
} from '../../../shared/contracts/work-logs';
import { AppError, validation } from '../../../shared/errors';
import { actorOf } from '../../http/actor';
import { attachmentHeader, buildReport, shanghaiTime, XLSX_TYPE } from '../imports/xlsx';

const noFile = () =>
  validation([
    {
      field: 'file',
      message: {
        zh: '请上传一张 JPEG 或 PNG 照片（multipart 字段 file）',
        en: 'upload one JPEG or PNG photo (multipart field "file")',
      },
    },
  ]);
const tooLarge = () =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    {
      zh: `照片不能超过 ${WORK_LOG_PHOTO_MAX_BYTES / 1024 / 1024} MB`,
      en: `the photo cannot exceed ${WORK_LOG_PHOTO_MAX_BYTES / 1024 / 1024} MB`,
    },
    { field: 'file', maxBytes: WORK_LOG_PHOTO_MAX_BYTES },
  );

// Work logs (驻村日志/民情日记, issue 11 item 5) and the duties they are filed under (P21.4 / P17.3).
export const workLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['work-logs'];
  app.get(
    '/api/duties',
    { schema: { tags, querystring: dutiesQuery, response: { 200: dutiesAnswer } } },
    (req) => app.services.workLogs.duties(req.query.date),
  );
  app.post(
    '/api/work-logs',
    { schema: { tags, body: createWorkLogBody, response: { 200: workLogAnswer, 201: workLogAnswer } } },
    async (req, reply) => {
      const { created, workLog } = await app.services.workLogs.create(actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send({ workLog });
    },
  );
  app.get(
    '/api/work-logs',
    { schema: { tags, querystring: workLogQuery, response: { 200: workLogList } } },
    (req) => app.services.workLogs.list(actorOf(req), req.query),
  );
  app.get('/api/work-logs.xlsx', { schema: { tags, querystring: workLogQuery } }, async (req, reply) => {
    const rows = await app.services.workLogs.exportRows(actorOf(req), req.query);
    const q = req.query;
    const period = q.from || q.to ? `${q.from ?? ''}～${q.to ?? ''}` : '全部日期';
    const file = await buildReport({
      sheetName: '驻村工作日志',
      title: `驻村工作日志（${period}${q.duty ? `，${dutyLabels[q.duty].zh}` : ''}）`,
      columns: [
        { header: '日期', key: 'on', width: 12 },
        { header: '村', key: 'village', width: 16 },
        { header: '村代码', key: 'villageCode', width: 15 },
        { header: '姓名', key: 'cadreName', width: 10 },
        { header: '类型', key: 'kind', width: 12 },
        { header: '职责', key: 'duty', width: 16 },
        { header: '关联任务', key: 'task', width: 20 },
        { header: '走访户数', key: 'households', width: 8 },
        { header: '内容', key: 'text', width: 60 },
        { header: '照片', key: 'photo', width: 6 },
        { header: '记录时间', key: 'createdAt', width: 17 },
      ],
      rows: rows.map((r) => ({
        on: r.on,
        village: r.villageName,
        villageCode: r.villageCode,
        cadreName: r.cadreName,
        kind: workLogKindLabels[r.kind].zh,
        duty: dutyLabels[r.duty].zh,
        task: r.taskTitle,
        households: r.householdsVisited,
        text: r.text,
        photo: r.hasPhoto ? '有' : '',
        createdAt: shanghaiTime(r.createdAt),
      })),
      footnote: '工作日志按事记录，不设每日数量要求，不作计分排名（X19-burden、X24-rules）。',
    });
    return reply
      .type(XLSX_TYPE)
      .header('content-disposition', attachmentHeader('驻村工作日志.xlsx'))
      .send(file);
  });
  app.get(
    '/api/work-logs/:id',
    { schema: { tags, params: idParams, response: { 200: workLogAnswer } } },
    async (req) => ({ workLog: await app.services.workLogs.get(actorOf(req), req.params.id) }),
  );
  app.put(
    '/api/work-logs/:id/photo',
    {
      schema: { tags, params: idParams, consumes: ['multipart/form-data'], response: { 200: workLogAnswer } },
    },
    async (req) => {
      if (!req.isMultipart()) throw noFile();
      const file = await req.file({ limits: { fileSize: WORK_LOG_PHOTO_MAX_BYTES, files: 1 } });
      if (!file) throw noFile();
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
        throw e;
      }
      if (file.file.truncated) throw tooLarge();
      return { workLog: await app.services.workLogs.putPhoto(actorOf(req), req.params.id, bytes) };
    },
  );
  app.delete(
    '/api/work-logs/:id/photo',
    { schema: { tags, params: idParams, response: { 200: workLogAnswer } } },
    async (req) => ({ workLog: await app.services.workLogs.deletePhoto(actorOf(req), req.params.id) }),
  );
  app.get('/api/work-logs/:id/photo', { schema: { tags, params: idParams } }, async (req, reply) => {
    const photo = await app.services.workLogs.photo(actorOf(req), req.params.id);
    return reply
      .type(photo.mime)
      .header('cache-control', 'private, max-age=3600')
      .header('content-disposition', 'inline')
      .send(Buffer.from(photo.bytes));
  });
};
