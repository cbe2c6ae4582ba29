import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  catalogueResult,
  effectiveQuery,
  effectiveResult,
  historyQuery,
  historyResult,
  putSettingBody,
  putSettingResult,
  settingParams,
} from '../../../shared/contracts/settings';
import { actorOf } from '../../http/actor';

// Provincial parameters (issue 10 item 1). Fixed contract: GET /api/settings/effective, PUT
// /api/settings/:regionCode/:key.
export const settingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['settings'];
  app.get(
    '/api/settings/effective',
    { schema: { tags, querystring: effectiveQuery, response: { 200: effectiveResult } } },
    (req) => app.services.settings.effectiveFor(actorOf(req), req.query),
  );
  app.get(
    '/api/settings/catalogue',
    { schema: { tags, response: { 200: catalogueResult } } },
    async (req) => {
      actorOf(req);
      return { parameters: app.services.settings.catalogue() };
    },
  );
  app.get(
    '/api/settings/history',
    { schema: { tags, querystring: historyQuery, response: { 200: historyResult } } },
    async (req) => ({ items: await app.services.settings.history(actorOf(req), req.query) }),
  );
  app.put(
    '/api/settings/:regionCode/:key',
    { schema: { tags, params: settingParams, body: putSettingBody, response: { 200: putSettingResult } } },
    async (req) => ({
      setting: await app.services.settings.set(actorOf(req), req.params.regionCode, req.params.key, req.body),
    }),
  );
};
