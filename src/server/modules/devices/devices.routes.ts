import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { deviceList, deviceListQuery, deviceSignInBody } from '../../../shared/contracts/devices';
import { sessionInfo } from '../../../shared/contracts/session';
import { actorOf } from '../../http/actor';

/** A short description of the browser, when the cadre does not name the phone. */
function describeAgent(ua: string | undefined): string {
  if (!ua) return '手机';
  const os = /Android/i.test(ua)
    ? 'Android'
    : /iPhone|iPad|iOS/i.test(ua)
      ? 'iOS'
      : /HarmonyOS/i.test(ua)
        ? 'HarmonyOS'
        : '';
  const browser = /MicroMessenger/i.test(ua)
    ? '微信'
    : /EdgA?\//.test(ua)
      ? 'Edge'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Safari\//.test(ua)
            ? 'Safari'
            : '浏览器';
  return [os, browser].filter(Boolean).join(' · ');
}

export const deviceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['session'];
  app.post(
    '/api/session/device',
    {
      config: {
        public: true,
        rateLimit: {
          max: 20,
          timeWindow: '1 minute',
          hook: 'preHandler',
          keyGenerator: (req) =>
            `${req.ip}|${String((req.body as { username?: unknown } | undefined)?.username ?? '').toLowerCase()}`,
        },
      },
      schema: { tags, body: deviceSignInBody, response: { 200: sessionInfo } },
    },
    async (req, reply) => {
      const userAgent = req.headers['user-agent']?.slice(0, 300) ?? null;
      const token = await app.services.session.signIn(
        req.body.username,
        req.body.password,
        { requestId: req.id, ip: req.ip },
        { name: req.body.deviceName ?? describeAgent(userAgent ?? undefined), userAgent },
      );
      const actor = await app.services.session.resolve(token, { requestId: req.id, ip: req.ip });
      const info = await app.services.session.info(actor!);
      const now = app.container.clock.now().getTime();
      const expires = info.device ? Date.parse(info.device.expiresAt) : now;
      reply.setSessionCookie(token, Math.max(60, Math.floor((expires - now) / 1000)));
      return info;
    },
  );
  app.get(
    '/api/devices',
    { schema: { tags, querystring: deviceListQuery, response: { 200: deviceList } } },
    (req) => app.services.devices.list(actorOf(req), req.query),
  );
  app.delete(
    '/api/devices/:id',
    { schema: { tags, params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = actorOf(req);
      const wasCurrent = actor.deviceId === req.params.id;
      await app.services.devices.revoke(actor, req.params.id);
      if (wasCurrent) reply.clearSessionCookie();
      return reply.status(204).send(null);
    },
  );
};
