import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ruleList, ruleListQuery, ruleView } from '../../../shared/contracts/policy';

export const policyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['policy'];
  app.get(
    '/api/policy/rules',
    { schema: { tags, querystring: ruleListQuery, response: { 200: ruleList } } },
    (req) => app.services.policy.list(req.query),
  );
  app.get(
    '/api/policy/rules/:id',
    {
      schema: {
        tags,
        params: z.object({ id: z.string().min(1).max(64) }),
        response: { 200: z.object({ rule: ruleView }) },
      },
    },
    (req) => ({ rule: app.services.policy.get(req.params.id) }),
  );
};
