import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageQuery } from '../../../shared/contracts/common';
import {
  regionList,
  regionListQuery,
  regionParams,
  regionSearchList,
  regionSearchQuery,
  regionWithPath,
} from '../../../shared/contracts/regions';
import { actorOf } from '../../http/actor';

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['regions'];
  app.get(
    '/api/regions',
    { schema: { tags, querystring: regionListQuery, response: { 200: regionList } } },
    (req) => app.services.regions.list(actorOf(req), req.query),
  );
  app.get(
    '/api/regions/search',
    { schema: { tags, querystring: regionSearchQuery, response: { 200: regionSearchList } } },
    (req) => app.services.regions.search(actorOf(req), req.query),
  );
  app.get(
    '/api/regions/:code',
    { schema: { tags, params: regionParams, response: { 200: regionWithPath } } },
    (req) => app.services.regions.get(actorOf(req), req.params.code),
  );
  app.get(
    '/api/regions/:code/children',
    { schema: { tags, params: regionParams, querystring: pageQuery, response: { 200: regionList } } },
    (req) => app.services.regions.children(actorOf(req), req.params.code, req.query),
  );
};
