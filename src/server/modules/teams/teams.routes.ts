import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  countyCodeParams,
  onDateQuery,
  teamBoardView,
  villageCodeParams,
  villageTeamsView,
} from '../../../shared/contracts/teams';
import { actorOf } from '../../http/actor';
import { teamBoardExportRoute } from './teams.export';

const config = { localise: true };

export const teamRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['teams'];
  teamBoardExportRoute(app);
  app.get(
    '/api/villages/:code/teams',
    {
      config,
      schema: {
        tags,
        params: villageCodeParams,
        querystring: onDateQuery,
        response: { 200: villageTeamsView },
      },
    },
    (req) => app.services.teams.villageTeams(actorOf(req), req.params.code, req.query.date),
  );
  app.get(
    '/api/counties/:code/team-board',
    {
      config,
      schema: { tags, params: countyCodeParams, querystring: onDateQuery, response: { 200: teamBoardView } },
    },
    (req) => app.services.teams.teamBoard(actorOf(req), req.params.code, req.query.date),
  );
};
