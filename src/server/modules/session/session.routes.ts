import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, sessionInfo, signInBody } from '../../../shared/contracts/session';
import { actorOf } from '../../http/actor';

export const sessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['session'];
  app.post(
    '/api/session',
    {
      config: {
        public: true,
        // Per address and user name, so one office behind one address does not lock out another user.
        rateLimit: {
          max: 20,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (req) =>
            `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
      schema: { tags, body: signInBody, response: { 200: sessionInfo } },
    },
    async (req, reply) => {
      const token = await app.services.session.signIn(req.body.username, req.body.password, {
        requestId: req.id,
        ip: req.ip,
      });
      const actor = await app.services.session.resolve(token, { requestId: req.id, ip: req.ip });
      reply.setSessionCookie(token);
      return app.services.session.info(actor!);
    },
  );
  app.get('/api/session', { schema: { tags, response: { 200: sessionInfo } } }, (req) =>
    app.services.session.info(actorOf(req)),
  );
  app.delete('/api/session', { schema: { tags, response: { 204: z.null() } } }, async (req, reply) => {
    await app.services.session.signOut(actorOf(req));
    reply.clearSessionCookie();
    return reply.status(204).send(null);
  });
  app.post(
    '/api/session/password',
    { schema: { tags, body: changePasswordBody, response: { 204: z.null() } } },
    async (req, reply) => {
      await app.services.session.changePassword(actorOf(req), req.body.currentPassword, req.body.newPassword);
      return reply.status(204).send(null);
    },
  );
};
