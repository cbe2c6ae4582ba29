import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParams } from '../../../shared/contracts/common';
import {
  completenessAnswer,
  completenessQuery,
  correctionBody,
  createReportBody,
  hearingBody,
  reportAnswer,
  reportList,
  reportListQuery,
  reviewBody,
  updateReportBody,
} from '../../../shared/contracts/half-year-reports';
import { actorOf } from '../../http/actor';
import { halfYearReportExportRoutes } from './half-year-reports.export';

// Half-year reports (issue 12 item 1; P17.4.2-report, P21.5-unit-hear).
export const halfYearReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['half-year-reports'];
  const svc = () => app.services.halfYearReports;
  app.post(
    '/api/half-year-reports',
    { schema: { tags, body: createReportBody, response: { 201: reportAnswer } } },
    async (req, reply) => reply.status(201).send({ report: await svc().create(actorOf(req), req.body) }),
  );
  app.get(
    '/api/half-year-reports',
    { schema: { tags, querystring: reportListQuery, response: { 200: reportList } } },
    (req) => svc().list(actorOf(req), req.query),
  );
  app.get(
    '/api/half-year-reports/completeness',
    { schema: { tags, querystring: completenessQuery, response: { 200: completenessAnswer } } },
    (req) => svc().completeness(actorOf(req), req.query),
  );
  halfYearReportExportRoutes(app);
  app.get(
    '/api/half-year-reports/:id',
    { schema: { tags, params: idParams, response: { 200: reportAnswer } } },
    async (req) => ({ report: await svc().get(actorOf(req), req.params.id) }),
  );
  app.put(
    '/api/half-year-reports/:id',
    { schema: { tags, params: idParams, body: updateReportBody, response: { 200: reportAnswer } } },
    async (req) => ({ report: await svc().update(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/half-year-reports/:id/submit',
    { schema: { tags, params: idParams, response: { 200: reportAnswer } } },
    async (req) => ({ report: await svc().submit(actorOf(req), req.params.id) }),
  );
  app.post(
    '/api/half-year-reports/:id/review',
    { schema: { tags, params: idParams, body: reviewBody, response: { 200: reportAnswer } } },
    async (req) => ({ report: await svc().review(actorOf(req), req.params.id, req.body.opinion) }),
  );
  app.post(
    '/api/half-year-reports/:id/hearing',
    { schema: { tags, params: idParams, body: hearingBody, response: { 200: reportAnswer } } },
    async (req) => ({ report: await svc().hearing(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/half-year-reports/:id/corrections',
    { schema: { tags, params: idParams, body: correctionBody, response: { 200: reportAnswer } } },
    async (req) => ({ report: await svc().correct(actorOf(req), req.params.id, req.body) }),
  );
};
