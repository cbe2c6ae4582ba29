import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  assignmentList,
  assignmentListQuery,
  assignmentResult,
  assignmentView,
  createAssignmentBody,
  endAssignmentBody,
  patchAssignmentBody,
} from '../../../shared/contracts/assignments';
import { idParams } from '../../../shared/contracts/common';
import { actorOf } from '../../http/actor';

// Rule findings carry {zh, en} messages: `localise` answers them in the request's language.
const config = { localise: true };

export const assignmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['assignments'];
  app.post(
    '/api/assignments',
    { config, schema: { tags, body: createAssignmentBody, response: { 201: assignmentResult } } },
    async (req, reply) =>
      reply.status(201).send(await app.services.assignments.create(actorOf(req), req.body)),
  );
  app.get(
    '/api/assignments',
    { config, schema: { tags, querystring: assignmentListQuery, response: { 200: assignmentList } } },
    (req) => app.services.assignments.list(actorOf(req), req.query),
  );
  app.get(
    '/api/assignments/:id',
    {
      config,
      schema: { tags, params: idParams, response: { 200: z.object({ assignment: assignmentView }) } },
    },
    async (req) => ({ assignment: await app.services.assignments.get(actorOf(req), req.params.id) }),
  );
  app.patch(
    '/api/assignments/:id',
    {
      config,
      schema: {
        tags,
        params: idParams,
        body: patchAssignmentBody,
        response: { 200: z.object({ assignment: assignmentView }) },
      },
    },
    async (req) => ({
      assignment: await app.services.assignments.patch(actorOf(req), req.params.id, req.body),
    }),
  );
  app.post(
    '/api/assignments/:id/end',
    {
      config,
      schema: { tags, params: idParams, body: endAssignmentBody, response: { 200: assignmentResult } },
    },
    (req) => app.services.assignments.end(actorOf(req), req.params.id, req.body),
  );
};
