import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  acknowledgeNoticeBody,
  checkInAnswer,
  checkInList,
  checkInQuery,
  createCheckInBody,
  noticeView,
} from '../../../shared/contracts/check-ins';
import { actorOf } from '../../http/actor';

// Optional evidence check-ins (issue 10 item 8; X23-fingertip, X26-apps art. 6, PIPL-28).
export const checkInRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['check-ins'];
  app.post(
    '/api/check-ins',
    { schema: { tags, body: createCheckInBody, response: { 200: checkInAnswer, 201: checkInAnswer } } },
    async (req, reply) => {
      const { created, checkIn } = await app.services.checkIns.create(actorOf(req), req.body);
      return reply.status(created ? 201 : 200).send({ checkIn });
    },
  );
  app.get('/api/check-ins/notice', { schema: { tags, response: { 200: noticeView } } }, (req) =>
    app.services.checkIns.notice(actorOf(req)),
  );
  app.post(
    '/api/check-ins/notice',
    { schema: { tags, body: acknowledgeNoticeBody, response: { 200: noticeView } } },
    (req) => app.services.checkIns.acknowledge(actorOf(req), req.body.version),
  );
  app.get(
    '/api/check-ins',
    { schema: { tags, querystring: checkInQuery, response: { 200: checkInList } } },
    (req) => app.services.checkIns.list(actorOf(req), req.query),
  );
};
