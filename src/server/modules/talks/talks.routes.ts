import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  talkBody,
  talkList,
  talkListQuery,
  talksDue,
  talksDueQuery,
  talkView,
} from '../../../shared/contracts/daily';
import { actorOf } from '../../http/actor';

/** Heart-to-heart talks (P21.6-talk / P17.6.4-talk). */
export const talkRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['talks'];
  const one = z.object({ talk: talkView });
  app.post('/api/talks', { schema: { tags, body: talkBody, response: { 201: one } } }, async (req, reply) =>
    reply.status(201).send({ talk: await app.services.talks.create(actorOf(req), req.body) }),
  );
  app.get(
    '/api/talks',
    { schema: { tags, querystring: talkListQuery, response: { 200: talkList } } },
    (req) => app.services.talks.list(actorOf(req), req.query),
  );
  app.get(
    '/api/talks/due',
    { schema: { tags, querystring: talksDueQuery, response: { 200: talksDue } } },
    (req) => app.services.talks.due(actorOf(req), req.query),
  );
  app.get('/api/talks/:id', { schema: { tags, params: idParams, response: { 200: one } } }, async (req) => ({
    talk: await app.services.talks.get(actorOf(req), req.params.id),
  }));
};
