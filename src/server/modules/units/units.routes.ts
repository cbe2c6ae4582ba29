import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  createPairingBody,
  createUnitBody,
  pairingList,
  pairingListQuery,
  pairingParams,
  pairingView,
  reopenPairingBody,
  unitDetail,
  unitList,
  unitListQuery,
  unitView,
  updatePairingBody,
  updateUnitBody,
} from '../../../shared/contracts/units';
import { actorOf } from '../../http/actor';

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['units'];
  app.get(
    '/api/units',
    { schema: { tags, querystring: unitListQuery, response: { 200: unitList } } },
    (req) => app.services.units.list(actorOf(req), req.query),
  );
  app.post(
    '/api/units',
    { schema: { tags, body: createUnitBody, response: { 201: z.object({ unit: unitView }) } } },
    async (req, reply) =>
      reply.status(201).send({ unit: await app.services.units.create(actorOf(req), req.body) }),
  );
  app.get(
    '/api/units/:id',
    { schema: { tags, params: idParams, response: { 200: z.object({ unit: unitDetail }) } } },
    async (req) => ({
      unit: await app.services.units.get(actorOf(req), req.params.id),
    }),
  );
  app.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateUnitBody,
        response: { 200: z.object({ unit: unitView }) },
      },
    },
    async (req) => ({ unit: await app.services.units.update(actorOf(req), req.params.id, req.body) }),
  );
  app.get(
    '/api/units/:id/pairings',
    { schema: { tags, params: idParams, response: { 200: z.object({ items: z.array(pairingView) }) } } },
    async (req) => ({ items: await app.services.units.pairingsOf(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/units/:id/pairings',
    {
      schema: {
        tags,
        params: idParams,
        body: createPairingBody,
        response: { 201: z.object({ pairing: pairingView }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ pairing: await app.services.units.addPairing(actorOf(req), req.params.id, req.body) }),
  );
  app.patch(
    '/api/units/:id/pairings/:pairingId',
    {
      schema: {
        tags,
        params: pairingParams,
        body: updatePairingBody,
        response: { 200: z.object({ pairing: pairingView }) },
      },
    },
    async (req) => ({
      pairing: await app.services.units.updatePairing(
        actorOf(req),
        req.params.id,
        req.params.pairingId,
        req.body,
      ),
    }),
  );
  app.post(
    '/api/pairings/:id/reopen',
    {
      schema: {
        tags,
        params: idParams,
        body: reopenPairingBody,
        response: { 200: z.object({ pairing: pairingView }) },
      },
    },
    async (req) => ({
      pairing: await app.services.units.reopenPairing(actorOf(req), req.params.id, req.body),
    }),
  );
  app.get(
    '/api/pairings',
    { schema: { tags, querystring: pairingListQuery, response: { 200: pairingList } } },
    (req) => app.services.units.listPairings(actorOf(req), req.query),
  );
};
