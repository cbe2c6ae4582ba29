import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  cadreList,
  cadreListQuery,
  cadreView,
  createCadreBody,
  revealIdView,
  revealPhoneView,
  updateCadreBody,
} from '../../../shared/contracts/cadres';
import { idParams } from '../../../shared/contracts/common';
import { dateQuery } from '../../../shared/contracts/villages';
import { actorOf } from '../../http/actor';

const cadreBody = z.object({ cadre: cadreView });

// Reveals are audited one by one; a limit per signed-in user (after authentication, so offices
// behind one address do not share it) keeps anyone from walking the whole pool.
const revealLimit = {
  max: 60,
  timeWindow: '1 minute',
  hook: 'preHandler' as const,
  keyGenerator: (req: FastifyRequest) => req.actor?.userId ?? req.ip,
};

export const cadreRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['cadres'];
  app.get(
    '/api/cadres',
    { schema: { tags, querystring: cadreListQuery, response: { 200: cadreList } } },
    (req) => app.services.cadres.list(actorOf(req), req.query),
  );
  app.post(
    '/api/cadres',
    { config: { idempotent: true }, schema: { tags, body: createCadreBody, response: { 201: cadreBody } } },
    async (req, reply) =>
      reply.status(201).send({ cadre: await app.services.cadres.create(actorOf(req), req.body) }),
  );
  app.get(
    '/api/cadres/:id',
    { schema: { tags, params: idParams, querystring: dateQuery, response: { 200: cadreBody } } },
    async (req) => ({ cadre: await app.services.cadres.get(actorOf(req), req.params.id, req.query.date) }),
  );
  app.patch(
    '/api/cadres/:id',
    { schema: { tags, params: idParams, body: updateCadreBody, response: { 200: cadreBody } } },
    async (req) => ({ cadre: await app.services.cadres.update(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/cadres/:id/reveal-id',
    {
      schema: { tags, params: idParams, response: { 200: revealIdView } },
      config: { rateLimit: revealLimit },
    },
    async (req) => ({ idNumber: await app.services.cadres.revealId(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/cadres/:id/reveal-phone',
    {
      schema: { tags, params: idParams, response: { 200: revealPhoneView } },
      config: { rateLimit: revealLimit },
    },
    async (req) => ({ phone: await app.services.cadres.revealPhone(actorOf(req), req.params.id) }),
  );
};
