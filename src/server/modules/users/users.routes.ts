import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  createUserBody,
  resetPasswordBody,
  updateUserBody,
  userList,
  userListQuery,
  userView,
} from '../../../shared/contracts/users';
import { actorOf } from '../../http/actor';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['users'];
  app.post(
    '/api/users',
    { schema: { tags, body: createUserBody, response: { 201: z.object({ user: userView }) } } },
    async (req, reply) => {
      const user = await app.services.users.create(actorOf(req), req.body);
      return reply.status(201).send({ user });
    },
  );
  app.get(
    '/api/users',
    { schema: { tags, querystring: userListQuery, response: { 200: userList } } },
    (req) => app.services.users.list(actorOf(req), req.query),
  );
  app.get(
    '/api/users/:id',
    { schema: { tags, params: idParams, response: { 200: z.object({ user: userView }) } } },
    async (req) => ({
      user: await app.services.users.get(actorOf(req), req.params.id),
    }),
  );
  app.patch(
    '/api/users/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: updateUserBody,
        response: { 200: z.object({ user: userView }) },
      },
    },
    async (req) => ({ user: await app.services.users.update(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/users/:id/password',
    { schema: { tags, params: idParams, body: resetPasswordBody, response: { 204: z.null() } } },
    async (req, reply) => {
      await app.services.users.resetPassword(
        actorOf(req),
        req.params.id,
        req.body.password,
        app.services.session.endSessionsOf,
      );
      return reply.status(204).send(null);
    },
  );
};
