import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  alertList,
  alertListQuery,
  approveLeaveBody,
  approveTripBody,
  cancelLeaveBody,
  createLeaveBody,
  createTripBody,
  createVerificationBody,
  decideExplanationBody,
  explainAbsenceBody,
  leaveList,
  leaveListQuery,
  leavePreview,
  leavePreviewQuery,
  leaveRequestResult,
  ledgerQuery,
  ledgerView,
  rejectLeaveBody,
  rejectTripBody,
  restDayStayBody,
  restDayStayResult,
  returnLeaveBody,
  summaryQuery,
  summaryView,
  todayQuery,
  todayView,
  tripList,
  tripListQuery,
  tripResult,
  verificationList,
  verificationListQuery,
  verificationResult,
} from '../../../shared/contracts/attendance';
import { idParams } from '../../../shared/contracts/common';
import { actorOf } from '../../http/actor';
import { languageOf } from '../../http/text';
import { attendanceWorkbook } from './attendance.xlsx';

export const attendanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const s = () => app.services.attendance;
  // 请销假 (P17.4.2-leave / P21.5-leave)
  {
    const tags = ['leave'];
    app.post(
      '/api/leave-requests',
      {
        config: { idempotent: true },
        schema: { tags, body: createLeaveBody, response: { 201: leaveRequestResult } },
      },
      async (req, reply) =>
        reply.status(201).send({ leaveRequest: await s().requestLeave(actorOf(req), req.body) }),
    );
    app.get(
      '/api/leave-requests',
      { schema: { tags, querystring: leaveListQuery, response: { 200: leaveList } } },
      (req) => s().listLeave(actorOf(req), req.query),
    );
    // Before sending (issue 11 item 4): the working days and who approves; nothing is written.
    app.get(
      '/api/leave-requests/preview',
      { schema: { tags, querystring: leavePreviewQuery, response: { 200: leavePreview } } },
      (req) => s().previewLeave(actorOf(req), req.query),
    );
    app.get(
      '/api/leave-requests/:id',
      { schema: { tags, params: idParams, response: { 200: leaveRequestResult } } },
      async (req) => ({ leaveRequest: await s().leave(actorOf(req), req.params.id) }),
    );
    app.post(
      '/api/leave-requests/:id/approve',
      { schema: { tags, params: idParams, body: approveLeaveBody, response: { 200: leaveRequestResult } } },
      async (req) => ({ leaveRequest: await s().approveLeave(actorOf(req), req.params.id, req.body) }),
    );
    app.post(
      '/api/leave-requests/:id/reject',
      { schema: { tags, params: idParams, body: rejectLeaveBody, response: { 200: leaveRequestResult } } },
      async (req) => ({ leaveRequest: await s().rejectLeave(actorOf(req), req.params.id, req.body) }),
    );
    app.post(
      '/api/leave-requests/:id/cancel',
      { schema: { tags, params: idParams, body: cancelLeaveBody, response: { 200: leaveRequestResult } } },
      async (req) => ({ leaveRequest: await s().cancelLeave(actorOf(req), req.params.id, req.body) }),
    );
    app.post(
      '/api/leave-requests/:id/return',
      { schema: { tags, params: idParams, body: returnLeaveBody, response: { 200: leaveRequestResult } } },
      async (req) => ({ leaveRequest: await s().returnLeave(actorOf(req), req.params.id, req.body) }),
    );
  }
  // 公务出差、培训
  app.post(
    '/api/official-trips',
    {
      config: { idempotent: true },
      schema: { tags: ['trips'], body: createTripBody, response: { 201: tripResult } },
    },
    async (req, reply) => reply.status(201).send({ trip: await s().reportTrip(actorOf(req), req.body) }),
  );
  app.get(
    '/api/official-trips',
    { schema: { tags: ['trips'], querystring: tripListQuery, response: { 200: tripList } } },
    (req) => s().listTrips(actorOf(req), req.query),
  );
  // Only where the settings ask for approval (tripNeedsApproval): the township decides a pending trip.
  app.post(
    '/api/official-trips/:id/approve',
    { schema: { tags: ['trips'], params: idParams, body: approveTripBody, response: { 200: tripResult } } },
    async (req) => ({ trip: await s().approveTrip(actorOf(req), req.params.id, req.body) }),
  );
  app.post(
    '/api/official-trips/:id/reject',
    { schema: { tags: ['trips'], params: idParams, body: rejectTripBody, response: { 200: tripResult } } },
    async (req) => ({ trip: await s().rejectTrip(actorOf(req), req.params.id, req.body) }),
  );
  // 核查
  {
    const tags = ['verifications'];
    app.post(
      '/api/verifications',
      {
        config: { idempotent: true },
        schema: { tags, body: createVerificationBody, response: { 201: verificationResult } },
      },
      async (req, reply) => reply.status(201).send(await s().recordVerification(actorOf(req), req.body)),
    );
    app.get(
      '/api/verifications',
      { schema: { tags, querystring: verificationListQuery, response: { 200: verificationList } } },
      (req) => s().listVerifications(actorOf(req), req.query),
    );
    app.get(
      '/api/verifications/:id',
      { schema: { tags, params: idParams, response: { 200: verificationResult } } },
      (req) => s().verification(actorOf(req), req.params.id),
    );
    app.post(
      '/api/verifications/:id/explanation',
      { schema: { tags, params: idParams, body: explainAbsenceBody, response: { 200: verificationResult } } },
      (req) => s().explain(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/verifications/:id/excuse',
      {
        schema: {
          tags,
          params: idParams,
          body: decideExplanationBody,
          response: { 200: verificationResult },
        },
      },
      (req) => s().excuse(actorOf(req), req.params.id, req.body),
    );
    app.post(
      '/api/verifications/:id/refuse-excuse',
      {
        schema: {
          tags,
          params: idParams,
          body: decideExplanationBody,
          response: { 200: verificationResult },
        },
      },
      (req) => s().refuseExcuse(actorOf(req), req.params.id, req.body),
    );
  }
  // 考勤
  {
    const tags = ['attendance'];
    app.post(
      '/api/attendance/rest-day-stays',
      {
        config: { idempotent: true },
        schema: { tags, body: restDayStayBody, response: { 200: restDayStayResult, 201: restDayStayResult } },
      },
      async (req, reply) => {
        const { stay, created } = await s().restDayStay(actorOf(req), req.body);
        return reply.status(created ? 201 : 200).send({ stay });
      },
    );
    app.get(
      '/api/attendance/ledger',
      { schema: { tags, querystring: ledgerQuery, response: { 200: ledgerView } } },
      (req) => s().ledger(actorOf(req), req.query),
    );
    app.get(
      '/api/attendance/summary',
      { schema: { tags, querystring: summaryQuery, response: { 200: summaryView } } },
      (req) => s().summary(actorOf(req), req.query),
    );
    app.get(
      '/api/attendance/summary.xlsx',
      { schema: { tags, querystring: summaryQuery } },
      async (req, reply) => {
        const data = await s().summaryDays(actorOf(req), req.query);
        const file = await attendanceWorkbook(data, req.query.month, languageOf(req));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="attendance-${req.query.region}-${req.query.month}.xlsx"; filename*=UTF-8''${encodeURIComponent(`考勤汇总表-${data.regionName}-${req.query.month}.xlsx`)}`,
          )
          .send(file);
      },
    );
    app.get(
      '/api/attendance/today',
      { schema: { tags, querystring: todayQuery, response: { 200: todayView } } },
      (req) => s().today(actorOf(req), req.query),
    );
    app.get(
      '/api/attendance/alerts',
      { schema: { tags, querystring: alertListQuery, response: { 200: alertList } } },
      (req) => s().alerts(actorOf(req), req.query),
    );
    app.post(
      '/api/attendance/alerts/:id/read',
      { schema: { tags, params: idParams, response: { 200: z.object({ ok: z.literal(true) }) } } },
      (req) => s().readAlert(actorOf(req), req.params.id),
    );
  }
};
