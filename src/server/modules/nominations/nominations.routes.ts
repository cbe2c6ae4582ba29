import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  checksBody,
  createNominationBody,
  nominationCorrectionBody,
  nominationList,
  nominationListQuery,
  nominationView,
  reasonBody,
  stepBody,
} from '../../../shared/contracts/nominations';
import { violationView } from '../../../shared/contracts/policy';
import { isoDate } from '../../../shared/contracts/villages';
import { actorOf } from '../../http/actor';
import { nominationExportRoute } from './nominations.export';

export const nominationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['nominations'];
  const one = z.object({ nomination: nominationView });
  const config = { localise: true };
  const s = app.services.nominations;
  nominationExportRoute(app);
  app.post(
    '/api/nominations',
    {
      config: { ...config, idempotent: true },
      schema: { tags, body: createNominationBody, response: { 201: one } },
    },
    async (req, reply) => reply.status(201).send({ nomination: await s.create(actorOf(req), req.body) }),
  );
  app.post(
    '/api/nominations/eligibility',
    {
      config,
      schema: {
        tags,
        body: z.object({
          cadreId: z.uuid(),
          needId: z.uuid(),
          role: z.enum(['first_secretary', 'member']),
          date: isoDate.optional(),
        }),
        response: {
          200: z.object({ date: z.string(), policyVersion: z.string(), violations: z.array(violationView) }),
        },
      },
    },
    (req) => s.preview(actorOf(req), req.body),
  );
  app.get(
    '/api/nominations',
    { config, schema: { tags, querystring: nominationListQuery, response: { 200: nominationList } } },
    (req) => s.list(actorOf(req), req.query),
  );
  app.get(
    '/api/nominations/:id',
    { config, schema: { tags, params: idParams, response: { 200: one } } },
    async (req) => ({
      nomination: await s.get(actorOf(req), req.params.id),
    }),
  );
  app.post(
    '/api/nominations/:id/checks',
    { config, schema: { tags, params: idParams, body: checksBody, response: { 200: one } } },
    async (req) => ({
      nomination: await s.check(
        actorOf(req),
        req.params.id,
        req.body.checks,
        req.body.note,
        req.body.overrides,
      ),
    }),
  );
  app.post(
    '/api/nominations/:id/file',
    { config, schema: { tags, params: idParams, body: stepBody, response: { 200: one } } },
    async (req) => ({
      nomination: await s.file(actorOf(req), req.params.id, req.body?.note, req.body?.overrides),
    }),
  );
  app.post(
    '/api/nominations/:id/decide',
    { config, schema: { tags, params: idParams, body: stepBody, response: { 200: one } } },
    async (req) => ({
      nomination: await s.decide(actorOf(req), req.params.id, req.body?.note, req.body?.overrides),
    }),
  );
  app.post(
    '/api/nominations/:id/reject',
    { config, schema: { tags, params: idParams, body: reasonBody, response: { 200: one } } },
    async (req) => ({
      nomination: await s.reject(actorOf(req), req.params.id, req.body.reason),
    }),
  );
  app.post(
    '/api/nominations/:id/withdraw',
    { config, schema: { tags, params: idParams, body: reasonBody, response: { 200: one } } },
    async (req) => ({
      nomination: await s.withdraw(actorOf(req), req.params.id, req.body.reason),
    }),
  );
  app.post(
    '/api/nominations/:id/admin-correction',
    { config, schema: { tags, params: idParams, body: nominationCorrectionBody, response: { 200: one } } },
    async (req) => ({ nomination: await s.correct(actorOf(req), req.params.id, req.body) }),
  );
};
