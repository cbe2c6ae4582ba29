import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { handoverBody, handoverOfAssignment, handoverView } from '../../../shared/contracts/daily';
import { villageCodeParams } from '../../../shared/contracts/teams';
import { actorOf } from '../../http/actor';

/** The three handover lists (压茬交接, P21.5-rotate). */
export const handoverRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['handovers'];
  const svc = () => app.services.handovers;
  // Findings carry {zh, en}: answered in the request's language.
  const config = { localise: true };
  app.get(
    '/api/assignments/:id/handover',
    { config, schema: { tags, params: idParams, response: { 200: handoverOfAssignment } } },
    (req) => svc().ofAssignment(actorOf(req), req.params.id),
  );
  app.put(
    '/api/assignments/:id/handover',
    {
      config,
      schema: { tags, params: idParams, body: handoverBody, response: { 200: handoverOfAssignment } },
    },
    (req) => svc().prepare(actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/assignments/:id/handover/confirm',
    { config, schema: { tags, params: idParams, response: { 200: handoverOfAssignment } } },
    (req) => svc().confirm(actorOf(req), req.params.id),
  );
  app.post(
    '/api/assignments/:id/handover/move-tasks',
    {
      config,
      schema: {
        tags,
        params: idParams,
        response: { 200: handoverOfAssignment.extend({ moved: z.number().int() }) },
      },
    },
    (req) => svc().moveTasks(actorOf(req), req.params.id),
  );
  app.get(
    '/api/villages/:code/handovers',
    {
      schema: {
        tags,
        params: villageCodeParams,
        response: { 200: z.object({ items: z.array(handoverView) }) },
      },
    },
    (req) => svc().ofVillage(actorOf(req), req.params.code),
  );
};
