import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/contracts/common';
import {
  closeTaskBody,
  createProgressBody,
  createTaskBody,
  progressAnswer,
  taskAnswer,
  taskDetail,
  taskList,
  taskListQuery,
  updateTaskBody,
  villageCodeParams,
} from '../../../shared/contracts/village-tasks';
import { actorOf } from '../../http/actor';

// The village's task list (细化任务清单, issue 11 item 6; P21.4-list).
export const villageTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['village-tasks'];
  app.get(
    '/api/villages/:code/tasks',
    { schema: { tags, params: villageCodeParams, querystring: taskListQuery, response: { 200: taskList } } },
    (req) => app.services.villageTasks.list(actorOf(req), req.params.code, req.query),
  );
  app.post(
    '/api/villages/:code/tasks',
    { schema: { tags, params: villageCodeParams, body: createTaskBody, response: { 201: taskAnswer } } },
    async (req, reply) =>
      reply
        .status(201)
        .send({ task: await app.services.villageTasks.create(actorOf(req), req.params.code, req.body) }),
  );
  app.get('/api/tasks/:id', { schema: { tags, params: idParams, response: { 200: taskDetail } } }, (req) =>
    app.services.villageTasks.get(actorOf(req), req.params.id),
  );
  app.patch(
    '/api/tasks/:id',
    { schema: { tags, params: idParams, body: updateTaskBody, response: { 200: taskAnswer } } },
    async (req) => ({ task: await app.services.villageTasks.update(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/tasks/:id/close',
    { schema: { tags, params: idParams, body: closeTaskBody, response: { 200: taskAnswer } } },
    async (req) => ({ task: await app.services.villageTasks.close(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/tasks/:id/progress',
    {
      schema: {
        tags,
        params: idParams,
        body: createProgressBody,
        response: { 200: progressAnswer, 201: progressAnswer },
      },
    },
    async (req, reply) => {
      const { created, progress } = await app.services.villageTasks.addProgress(
        actorOf(req),
        req.params.id,
        req.body,
      );
      return reply.status(created ? 201 : 200).send({ progress });
    },
  );
};
