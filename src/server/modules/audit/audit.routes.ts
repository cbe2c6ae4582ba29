import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditList, auditQuery, auditVerdict } from '../../../shared/contracts/audit';
import { actorOf } from '../../http/actor';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['audit'];
  app.get('/api/audit', { schema: { tags, querystring: auditQuery, response: { 200: auditList } } }, (req) =>
    app.services.audit.list(actorOf(req), req.query),
  );
  app.get('/api/audit/verify', { schema: { tags, response: { 200: auditVerdict } } }, (req) =>
    app.services.audit.verify(actorOf(req), app.container.clock.now()),
  );
};
