import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { cadreFilter } from '../../../shared/contracts/cadres';
import { importKinds, importQuery, importReport } from '../../../shared/contracts/imports';
import { unitFilter } from '../../../shared/contracts/units';
import { villageFilter } from '../../../shared/contracts/villages';
import { localise, validation } from '../../../shared/errors';
import { actorOf } from '../../http/actor';
import { isUnsafeText, languageOf, unsafeTextMessage } from '../../http/text';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const names = { cadres: '干部', units: '派出单位', villages: '村情信息' } as const;

const attachment = (name: string) =>
  `attachment; filename="${encodeURIComponent(name).replace(/%/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const noFile = () =>
  validation([
    {
      field: 'file',
      message: {
        zh: '请上传一个 .xlsx 文件（multipart 字段 file）',
        en: 'upload one .xlsx file (multipart field "file")',
      },
    },
  ]);

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['imports'];
  for (const kind of importKinds) {
    app.get(`/api/imports/${kind}/template.xlsx`, { schema: { tags } }, async (req, reply) =>
      reply
        .type(XLSX)
        .header('content-disposition', attachment(`${names[kind]}导入模板.xlsx`))
        .send(await app.services.imports.template(actorOf(req), kind)),
    );
    app.post(
      `/api/imports/${kind}`,
      {
        schema: {
          tags,
          querystring: importQuery,
          consumes: ['multipart/form-data'],
          response: { 200: importReport },
        },
      },
      async (req) => {
        if (!req.isMultipart()) throw noFile();
        const file = await req.file();
        if (!file) throw noFile();
        // The name is kept in the audit record: a NUL or lone surrogate there is refused like any text field.
        if (isUnsafeText(file.filename)) throw validation([{ field: 'file', message: unsafeTextMessage }]);
        const buffer = await file.toBuffer();
        const report = await app.services.imports.import(
          actorOf(req),
          kind,
          { name: file.filename.slice(0, 200), buffer },
          req.query,
        );
        return localise(report, languageOf(req)) as z.infer<typeof importReport>;
      },
    );
  }
  app.get('/api/cadres.xlsx', { schema: { tags, querystring: cadreFilter } }, async (req, reply) =>
    reply
      .type(XLSX)
      .header('content-disposition', attachment('干部花名册.xlsx'))
      .send(await app.services.imports.exportCadres(actorOf(req), req.query)),
  );
  app.get('/api/units.xlsx', { schema: { tags, querystring: unitFilter } }, async (req, reply) =>
    reply
      .type(XLSX)
      .header('content-disposition', attachment('派出单位.xlsx'))
      .send(await app.services.imports.exportUnits(actorOf(req), req.query)),
  );
  app.get('/api/villages.xlsx', { schema: { tags, querystring: villageFilter } }, async (req, reply) =>
    reply
      .type(XLSX)
      .header('content-disposition', attachment('村情信息.xlsx'))
      .send(await app.services.imports.exportVillages(actorOf(req), req.query)),
  );
};
