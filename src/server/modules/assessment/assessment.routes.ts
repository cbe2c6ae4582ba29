import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  adjustBody,
  batchList,
  batchListQuery,
  batchView,
  decisionBody,
  decisionView,
  distributionQuery,
  distributionView,
  historyView,
  openBatchBody,
  outcomeBody,
  outcomeView,
  progressView,
  proposalList,
  surveyAnswerBody,
  surveyCodesBody,
  surveyCodesPdfQuery,
  surveyCodesResult,
  surveyParams,
  surveyQuestionsView,
} from '../../../shared/contracts/assessment';
import { idParams, uuid } from '../../../shared/contracts/common';
import { actorOf } from '../../http/actor';
import { languageOf } from '../../http/text';
import { registrationForm, surveyCodeSheet } from './assessment.pdf';
import type { AssessmentService } from './assessment.service';

const pdfHeader = (ascii: string, name: string) =>
  `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Assessment (issue 13). The fixed contract's paths and fields are kept exactly; the rest extends it. */
export const assessmentRoutes =
  (s: () => AssessmentService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['assessment'];
    app.post(
      '/api/assessment-batches',
      { schema: { tags, body: openBatchBody, response: { 201: z.object({ batch: batchView }) } } },
      async (req, reply) => reply.status(201).send({ batch: await s().open(actorOf(req), req.body) }),
    );
    app.get(
      '/api/assessment-batches',
      { schema: { tags, querystring: batchListQuery, response: { 200: batchList } } },
      (req) => s().list(actorOf(req), req.query),
    );
    app.get(
      '/api/assessment-batches/:id',
      { schema: { tags, params: idParams, response: { 200: z.object({ batch: batchView }) } } },
      async (req) => ({ batch: await s().get(actorOf(req), req.params.id) }),
    );
    app.get(
      '/api/assessment-batches/:id/proposals',
      { schema: { tags, params: idParams, response: { 200: proposalList } } },
      (req) => s().proposals(actorOf(req), req.params.id, languageOf(req)),
    );
    app.get(
      '/api/assessment-batches/:id/progress',
      { schema: { tags, params: idParams, response: { 200: progressView } } },
      (req) => s().progress(actorOf(req), req.params.id),
    );
    app.post(
      '/api/assessment-batches/:id/adjustments',
      { schema: { tags, params: idParams, body: adjustBody } },
      async (req, reply) =>
        reply.status(201).send({ adjustment: await s().adjust(actorOf(req), req.params.id, req.body) }),
    );
    app.post(
      '/api/assessment-batches/:id/decisions',
      {
        schema: {
          tags,
          params: idParams,
          body: decisionBody,
          response: { 201: z.object({ decision: decisionView }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ decision: await s().decide(actorOf(req), req.params.id, req.body) }),
    );
    app.post(
      '/api/assessment-batches/:id/publish',
      { schema: { tags, params: idParams, response: { 200: z.object({ batch: batchView }) } } },
      async (req) => ({ batch: await s().publish(actorOf(req), req.params.id) }),
    );
    app.get(
      '/api/assessment-batches/:id/subjects/:cadreId/form.pdf',
      { schema: { tags, params: z.object({ id: uuid, cadreId: uuid }) } },
      async (req, reply) => {
        const data = await s().formData(actorOf(req), req.params.id, req.params.cadreId);
        const pdf = await registrationForm({ ...data, printedAt: new Date() });
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            pdfHeader(
              `assessment-${data.batch.year}.pdf`,
              `考核登记表-${data.computed.subject.cadreName}-${data.batch.year}.pdf`,
            ),
          )
          .send(pdf);
      },
    );
    app.post(
      '/api/assessment-batches/:id/survey-codes',
      { schema: { tags, params: idParams, body: surveyCodesBody, response: { 201: surveyCodesResult } } },
      async (req, reply) =>
        reply.status(201).send(await s().issueCodes(actorOf(req), req.params.id, req.body)),
    );
    app.get(
      '/api/assessment-batches/:id/survey-codes.pdf',
      { schema: { tags, params: idParams, querystring: surveyCodesPdfQuery } },
      async (req, reply) => {
        const data = await s().unusedCodes(actorOf(req), req.params.id, req.query);
        const pdf = await surveyCodeSheet({
          origin: `${req.protocol}://${req.host}`,
          villageName: data.villageName,
          countyName: data.countyName,
          year: data.batch.year,
          audience: req.query.audience,
          codes: data.codes,
          printedAt: new Date(),
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', pdfHeader('survey-codes.pdf', `测评码-${data.villageName}.pdf`))
          .send(pdf);
      },
    );
    app.get(
      '/api/assessment-distribution',
      { schema: { tags, querystring: distributionQuery, response: { 200: distributionView } } },
      (req) => s().distribution(actorOf(req), req.query),
    );
    app.get(
      '/api/cadres/:id/assessments',
      { schema: { tags, params: idParams, response: { 200: historyView } } },
      (req) => s().history(actorOf(req), req.params.id),
    );
    app.post(
      '/api/cadres/:id/outcomes',
      {
        schema: {
          tags,
          params: idParams,
          body: outcomeBody,
          response: { 201: z.object({ outcome: outcomeView }) },
        },
      },
      async (req, reply) =>
        reply.status(201).send({ outcome: await s().recordOutcome(actorOf(req), req.params.id, req.body) }),
    );

    // The anonymous survey (P21.5-voices): no session, no CSRF header (a villager's phone opens a link), a limit
    // per address kept in memory only; request log lines carry neither the code nor the address
    // (plugins/errors.ts serializeRequest).
    const surveyLimit = { max: 30, timeWindow: '1 minute' };
    app.get(
      '/api/survey/:code',
      {
        config: { public: true, rateLimit: surveyLimit },
        schema: { tags, params: surveyParams, response: { 200: surveyQuestionsView } },
      },
      (req) => s().surveyQuestions(req.params.code, languageOf(req)),
    );
    app.post(
      '/api/survey/:code',
      {
        config: { public: true, csrf: false, rateLimit: surveyLimit },
        schema: {
          tags,
          params: surveyParams,
          body: surveyAnswerBody,
          response: { 201: z.object({ ok: z.literal(true) }) },
        },
      },
      async (req, reply) => {
        await s().answerSurvey(req.params.code, req.body.answers);
        return reply.status(201).send({ ok: true as const });
      },
    );
  };
