import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  confirmRecallBody,
  confirmRecallResult,
  recallCorrectionBody,
  recallList,
  recallListQuery,
  recallProposalBody,
  recallProposalView,
  withdrawRecallBody,
} from '../../../shared/contracts/assignments';
import { idParams } from '../../../shared/contracts/common';
import { actorOf } from '../../http/actor';

export const recallRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['recalls'];
  app.post(
    '/api/assignments/:id/recall-proposals',
    {
      schema: {
        tags,
        params: idParams,
        body: recallProposalBody,
        response: { 201: z.object({ proposal: recallProposalView }) },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send({ proposal: await app.services.recalls.propose(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/recall-proposals/:id/confirm',
    {
      config: { localise: true },
      schema: { tags, params: idParams, body: confirmRecallBody, response: { 200: confirmRecallResult } },
    },
    (req) => app.services.recalls.confirm(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/recall-proposals',
    { schema: { tags, querystring: recallListQuery, response: { 200: recallList } } },
    (req) => app.services.recalls.list(actorOf(req), req.query),
  );
  app.post(
    '/api/recall-proposals/:id/withdraw',
    {
      schema: {
        tags,
        params: idParams,
        body: withdrawRecallBody,
        response: { 200: z.object({ proposal: recallProposalView }) },
      },
    },
    async (req) => ({
      proposal: await app.services.recalls.withdraw(actorOf(req), req.params.id, {
        reason: req.body?.reason,
      }),
    }),
  );
  app.post(
    '/api/recall-proposals/:id/admin-correction',
    {
      config: { localise: true },
      schema: { tags, params: idParams, body: recallCorrectionBody, response: { 200: confirmRecallResult } },
    },
    (req) => app.services.recalls.correct(actorOf(req), req.params.id, req.body),
  );
};
