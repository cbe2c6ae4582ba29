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

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['users'];
  app.post(
    '/api/users',
    { schema: { tags, body: createUserBody, response: { 201: z.object({ user: userView }) } } },
    async (req, reply) => {
      const user = await app.services.users.create(req.actor!, req.body);
      return reply.status(201).send({ user });
    },
  );
  app.get(
    '/api/users',
    { schema: { tags, querystring: userListQuery, response: { 200: userList } } },
    (req) => app.services.users.list(req.actor!, req.query),
  );
  app.get(
    '/api/users/:id',
    { schema: { tags, params: idParams, response: { 200: z.object({ user: userView }) } } },
    async (req) => ({
      user: await app.services.users.get(req.actor!, req.params.id),
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
    async (req) => ({ user: await app.services.users.update(req.actor!, req.params.id, req.body) }),
  );
  app.post(
    '/api/users/:id/password',
    { schema: { tags, params: idParams, body: resetPasswordBody, response: { 204: z.null() } } },
    async (req, reply) => {
      await app.services.users.resetPassword(
        req.actor!,
        req.params.id,
        req.body.password,
        app.services.session.endSessionsOf,
      );
      return reply.status(204).send(null);
    },
  );
};
