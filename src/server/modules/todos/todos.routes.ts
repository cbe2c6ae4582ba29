import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { notificationList, notificationQuery, todoList } from '../../../shared/contracts/daily';
import { actorOf } from '../../http/actor';
import { languageOf } from '../../http/text';

/** The signed-in user's to-dos and notifications (issue 12 item 6). */
export const todoRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['todos'];
  const unread = z.object({ unread: z.number().int() });
  // Titles come as {zh, en}: `localise` answers them in the request's language.
  app.get(
    '/api/todos',
    { config: { localise: true }, schema: { tags, response: { 200: todoList } } },
    (req) => app.services.todos.todos(actorOf(req)),
  );
  app.get(
    '/api/notifications',
    { schema: { tags, querystring: notificationQuery, response: { 200: notificationList } } },
    (req) => app.services.todos.notifications(actorOf(req), languageOf(req), req.query),
  );
  app.post(
    '/api/notifications/:id/read',
    { schema: { tags, params: idParams, response: { 200: unread } } },
    (req) => app.services.todos.read(actorOf(req), req.params.id),
  );
  app.post('/api/notifications/read-all', { schema: { tags, response: { 200: unread } } }, (req) =>
    app.services.todos.readAll(actorOf(req)),
  );
};
