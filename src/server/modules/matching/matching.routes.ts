import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptBody, acceptView, matchingBody, matchingView } from '../../../shared/contracts/matching';
import { countyCodeParams } from '../../../shared/contracts/teams';
import { actorOf } from '../../http/actor';

const config = { localise: true };

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['matching'];
  app.post(
    '/api/counties/:code/matching',
    {
      config,
      schema: { tags, params: countyCodeParams, body: matchingBody, response: { 200: matchingView } },
    },
    (req) => app.services.matching.run(actorOf(req), req.params.code, req.body),
  );
  app.post(
    '/api/counties/:code/matching/accept',
    { config, schema: { tags, params: countyCodeParams, body: acceptBody, response: { 200: acceptView } } },
    (req) => app.services.matching.accept(actorOf(req), req.params.code, req.body),
  );
};
