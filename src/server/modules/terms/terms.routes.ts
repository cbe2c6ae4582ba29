import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { termsEndingQuery, termsEndingView } from '../../../shared/contracts/terms';
import { actorOf } from '../../http/actor';
import { termsEndingExportRoute } from './terms.export';

export const termRoutes: FastifyPluginAsyncZod = async (app) => {
  termsEndingExportRoute(app);
  app.get(
    '/api/terms/ending',
    { schema: { tags: ['terms'], querystring: termsEndingQuery, response: { 200: termsEndingView } } },
    (req) => app.services.terms.ending(actorOf(req), req.query),
  );
};
