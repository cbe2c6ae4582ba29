import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { IsoDate } from '../../../domain/time';
import {
  closeNeedBody,
  confirmBody,
  countyParams,
  createNeedBody,
  needList,
  needListQuery,
  needParams,
  needView,
  proposalBody,
  proposalView,
} from '../../../shared/contracts/needs';
import { actorOf } from '../../http/actor';
import { attachmentHeader, XLSX_TYPE } from '../imports/xlsx';
import { needsWorkbook } from './needs.export';

export const needRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['needs'];
  const one = z.object({ need: needView });
  app.post(
    '/api/counties/:code/needs/proposal',
    {
      config: { localise: true },
      schema: { tags, params: countyParams, body: proposalBody.optional(), response: { 200: proposalView } },
    },
    (req) => app.services.needs.propose(actorOf(req), req.params.code, req.body?.date as IsoDate | undefined),
  );
  app.post(
    '/api/counties/:code/needs/confirm',
    {
      config: { localise: true },
      schema: {
        tags,
        params: countyParams,
        body: confirmBody,
        response: { 201: z.object({ needs: z.array(needView) }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send({
        needs: await app.services.needs.confirm(
          actorOf(req),
          req.params.code,
          req.body.items,
          req.body.date as IsoDate | undefined,
        ),
      }),
  );
  app.post(
    '/api/village-needs',
    {
      config: { localise: true, idempotent: true },
      schema: { tags, body: createNeedBody, response: { 201: one } },
    },
    async (req, reply) =>
      reply.status(201).send({ need: await app.services.needs.create(actorOf(req), req.body) }),
  );
  app.get(
    '/api/village-needs',
    { config: { localise: true }, schema: { tags, querystring: needListQuery, response: { 200: needList } } },
    (req) => app.services.needs.list(actorOf(req), req.query),
  );
  app.get(
    '/api/village-needs.xlsx',
    { schema: { tags, querystring: needListQuery.omit({ page: true, pageSize: true }) } },
    async (req, reply) => {
      const { name, file } = await needsWorkbook(
        { needs: app.services.needs, clock: app.container.clock },
        actorOf(req),
        req.query,
      );
      return reply.type(XLSX_TYPE).header('content-disposition', attachmentHeader(name)).send(file);
    },
  );
  app.get(
    '/api/village-needs/:id',
    { config: { localise: true }, schema: { tags, params: needParams, response: { 200: one } } },
    async (req) => ({
      need: await app.services.needs.get(actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/api/village-needs/:id/close',
    {
      config: { localise: true },
      schema: { tags, params: needParams, body: closeNeedBody, response: { 200: one } },
    },
    async (req) => ({ need: await app.services.needs.close(actorOf(req), req.params.id, req.body.reason) }),
  );
};
