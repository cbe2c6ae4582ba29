import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  countyFlagsView,
  countyParams,
  dateQuery,
  patchLocationBody,
  putCountyFlagsBody,
  putProfileBody,
  villageList,
  villageListQuery,
  villageParams,
  villageView,
} from '../../../shared/contracts/villages';
import { actorOf } from '../../http/actor';

const villageBody = z.object({ village: villageView });

export const villageRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['villages'];
  app.get(
    '/api/villages',
    { schema: { tags, querystring: villageListQuery, response: { 200: villageList } } },
    (req) => app.services.villages.list(actorOf(req), req.query),
  );
  app.get(
    '/api/villages/:code',
    { schema: { tags, params: villageParams, querystring: dateQuery, response: { 200: villageBody } } },
    async (req) => ({
      village: await app.services.villages.get(actorOf(req), req.params.code, req.query.date),
    }),
  );
  app.put(
    '/api/villages/:code/profile',
    { schema: { tags, params: villageParams, body: putProfileBody, response: { 200: villageBody } } },
    async (req) => ({
      village: await app.services.villages.putProfile(actorOf(req), req.params.code, req.body),
    }),
  );
  app.patch(
    '/api/villages/:code/location',
    { schema: { tags, params: villageParams, body: patchLocationBody, response: { 200: villageBody } } },
    async (req) => ({
      village: await app.services.villages.patchLocation(actorOf(req), req.params.code, req.body),
    }),
  );
  app.get(
    '/api/counties/:code/flags',
    {
      schema: {
        tags: ['counties'],
        params: countyParams,
        querystring: dateQuery,
        response: { 200: countyFlagsView },
      },
    },
    (req) => app.services.villages.countyFlags(actorOf(req), req.params.code, req.query.date),
  );
  app.put(
    '/api/counties/:code/flags',
    {
      schema: {
        tags: ['counties'],
        params: countyParams,
        body: putCountyFlagsBody,
        response: { 200: countyFlagsView },
      },
    },
    (req) => app.services.villages.putCountyFlags(actorOf(req), req.params.code, req.body),
  );
};
