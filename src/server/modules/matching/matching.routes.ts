import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { acceptBody, acceptView, matchingBody, matchingView } from '../../../shared/contracts/matching';
import { countyCodeParams } from '../../../shared/contracts/teams';

const config = { localise: true };

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['matching'];
  app.post(
    '/api/counties/:code/matching',
    {
      config,
      schema: { tags, params: countyCodeParams, body: matchingBody, response: { 200: matchingView } },
    },
    (req) => app.services.matching.run(req.actor!, req.params.code, req.body),
  );
  app.post(
    '/api/counties/:code/matching/accept',
    { config, schema: { tags, params: countyCodeParams, body: acceptBody, response: { 200: acceptView } } },
    (req) => app.services.matching.accept(req.actor!, req.params.code, req.body),
  );
};
