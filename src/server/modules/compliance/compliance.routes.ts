import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { complianceQuery, complianceView } from '../../../shared/contracts/compliance';
import { actorOf } from '../../http/actor';
import { languageOf } from '../../http/text';

export const complianceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['compliance'];
  app.get(
    '/api/compliance',
    {
      config: { localise: true },
      schema: { tags, querystring: complianceQuery, response: { 200: complianceView } },
    },
    (req) => app.services.compliance.list(actorOf(req), req.query),
  );
  app.get('/api/compliance.xlsx', { schema: { tags, querystring: complianceQuery } }, async (req, reply) => {
    const file = await app.services.compliance.workbook(actorOf(req), req.query, languageOf(req));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="compliance-${req.query.region ?? 'all'}-${req.query.date ?? 'today'}.xlsx"`,
      )
      .send(file);
  });
};
