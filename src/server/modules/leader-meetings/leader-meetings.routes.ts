import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import {
  meetingBody,
  meetingList,
  meetingListQuery,
  meetingView,
  overdueQuery,
  overdueResult,
  recordMeetingBody,
  scheduleMeetingBody,
} from '../../../shared/contracts/daily';
import { actorOf } from '../../http/actor';

const one = z.object({ meeting: meetingView });

/** Quarterly team-leader meetings of the leading group (P17.4.2-meeting). */
export const leaderMeetingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['leader-meetings'];
  const svc = () => app.services.leaderMeetings;
  app.post(
    '/api/leader-meetings',
    { schema: { tags, body: meetingBody, response: { 201: one } } },
    async (req, reply) => reply.status(201).send({ meeting: await svc().create(actorOf(req), req.body) }),
  );
  app.post(
    '/api/leader-meetings/scheduled',
    { schema: { tags, body: scheduleMeetingBody, response: { 201: one } } },
    async (req, reply) => reply.status(201).send({ meeting: await svc().schedule(actorOf(req), req.body) }),
  );
  app.post(
    '/api/leader-meetings/:id/held',
    { schema: { tags, params: idParams, body: recordMeetingBody, response: { 200: one } } },
    async (req) => ({ meeting: await svc().recordHeld(actorOf(req), req.params.id, req.body) }),
  );
  app.get(
    '/api/leader-meetings',
    { schema: { tags, querystring: meetingListQuery, response: { 200: meetingList } } },
    (req) => svc().list(actorOf(req), req.query),
  );
  app.get(
    '/api/leader-meetings/overdue',
    { schema: { tags, querystring: overdueQuery, response: { 200: overdueResult } } },
    (req) => svc().overdue(actorOf(req), req.query),
  );
  app.get(
    '/api/leader-meetings/:id',
    { schema: { tags, params: idParams, response: { 200: one } } },
    async (req) => ({ meeting: await svc().get(actorOf(req), req.params.id) }),
  );
};
