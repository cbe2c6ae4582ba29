import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  calendarQuery,
  localDayBody,
  localDayList,
  localDayParams,
  localDayResult,
  localDaysQuery,
  noticeBody,
  noticeList,
  noticeResult,
  workingDaysQuery,
  workingDaysResult,
  yearParams,
  yearResult,
} from '../../../shared/contracts/calendar';
import { actorOf } from '../../http/actor';

// The work calendar (issue 10 item 2).
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['calendar'];
  app.get(
    '/api/calendar/working-days',
    { schema: { tags, querystring: workingDaysQuery, response: { 200: workingDaysResult } } },
    (req) => app.services.calendar.workingDays(actorOf(req), req.query),
  );
  app.get('/api/calendar/notices', { schema: { tags, response: { 200: noticeList } } }, async (req) => {
    actorOf(req);
    return { items: await app.services.calendar.notices() };
  });
  app.post(
    '/api/calendar/notices',
    { schema: { tags, body: noticeBody, response: { 201: noticeResult } } },
    async (req, reply) =>
      reply.status(201).send({ notice: await app.services.calendar.loadNotice(actorOf(req), req.body) }),
  );
  app.get(
    '/api/calendar/local-days',
    { schema: { tags, querystring: localDaysQuery, response: { 200: localDayList } } },
    async (req) => ({ items: await app.services.calendar.localDays(actorOf(req), req.query) }),
  );
  app.post(
    '/api/calendar/local-days',
    { schema: { tags, body: localDayBody, response: { 201: localDayResult } } },
    async (req, reply) =>
      reply.status(201).send({ localDay: await app.services.calendar.addLocalDay(actorOf(req), req.body) }),
  );
  app.delete(
    '/api/calendar/local-days/:id',
    { schema: { tags, params: localDayParams, response: { 200: localDayResult } } },
    async (req) => ({ localDay: await app.services.calendar.removeLocalDay(actorOf(req), req.params.id) }),
  );
  app.get(
    '/api/calendar/:year',
    { schema: { tags, params: yearParams, querystring: calendarQuery, response: { 200: yearResult } } },
    (req) => app.services.calendar.year(actorOf(req), req.params.year, req.query.region),
  );
};
