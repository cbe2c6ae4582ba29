import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  disciplineBody,
  disciplineList,
  disciplineListQuery,
  disciplineView,
  statementBody,
} from '../../../shared/contracts/daily';
import { actorOf } from '../../http/actor';

/** Discipline records (P17.4.2-discipline / P21.5-discipline). */
export const disciplineRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['discipline'];
  const one = z.object({ record: disciplineView });
  app.post(
    '/api/discipline-records',
    { schema: { tags, body: disciplineBody, response: { 201: one } } },
    async (req, reply) =>
      reply.status(201).send({ record: await app.services.discipline.create(actorOf(req), req.body) }),
  );
  app.get(
    '/api/discipline-records',
    { schema: { tags, querystring: disciplineListQuery, response: { 200: disciplineList } } },
    (req) => app.services.discipline.list(actorOf(req), req.query),
  );
  app.get(
    '/api/discipline-records/:id',
    { schema: { tags, params: idParams, response: { 200: one } } },
    async (req) => ({ record: await app.services.discipline.get(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/discipline-records/:id/statement',
    { schema: { tags, params: idParams, body: statementBody, response: { 200: one } } },
    async (req) => ({
      record: await app.services.discipline.statement(actorOf(req), req.params.id, req.body),
    }),
  );
};
