import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import secureJson from 'secure-json-parse';
import { localise } from '../shared/errors';
import type { Container, Services } from './container';
import { assessmentRoutes } from './modules/assessment/assessment.routes';
import { assignmentRoutes } from './modules/assignments/assignments.routes';
import { attendanceRoutes } from './modules/attendance/attendance.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { cadreRoutes } from './modules/cadres/cadres.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { checkInRoutes } from './modules/check-ins/check-ins.routes';
import { complianceRoutes } from './modules/compliance/compliance.routes';
import { deviceRoutes } from './modules/devices/devices.routes';
import { disciplineRoutes } from './modules/discipline/discipline.routes';
import { halfYearReportRoutes } from './modules/half-year-reports/half-year-reports.routes';
import { handoverRoutes } from './modules/handovers/handovers.routes';
import { healthRoutes } from './modules/health/health.routes';
import { importRoutes } from './modules/imports/imports.routes';
import { leaderMeetingRoutes } from './modules/leader-meetings/leader-meetings.routes';
import { matchingRoutes } from './modules/matching/matching.routes';
import { needRoutes } from './modules/needs/needs.routes';
import { nominationRoutes } from './modules/nominations/nominations.routes';
import { policyRoutes } from './modules/policy/policy.routes';
import { recallRoutes } from './modules/recalls/recalls.routes';
import { regionRoutes } from './modules/regions/regions.routes';
import { sessionRoutes } from './modules/session/session.routes';
import { settingsRoutes } from './modules/settings/settings.routes';
import { talkRoutes } from './modules/talks/talks.routes';
import { teamRoutes } from './modules/teams/teams.routes';
import { termRoutes } from './modules/terms/terms.routes';
import { todoRoutes } from './modules/todos/todos.routes';
import { unitRoutes } from './modules/units/units.routes';
import { userRoutes } from './modules/users/users.routes';
import { villageTaskRoutes } from './modules/village-tasks/village-tasks.routes';
import { villageRoutes } from './modules/villages/villages.routes';
import { workLogRoutes } from './modules/work-logs/work-logs.routes';
import { authPlugin, publicRoutes } from './plugins/auth';
import {
  clientErrorHandler,
  frameworkErrors,
  installErrorHandler,
  languageOf,
  serializeRequest,
  toAppError,
  unsafeTextError,
  zodValidatorCompiler,
} from './plugins/errors';
import { idempotencyPlugin } from './plugins/idempotency';
import { registerMobileApp } from './plugins/mobile-app';

declare module 'fastify' {
  interface FastifyInstance {
    container: Container;
    services: Services;
    /** Every route as `METHOD path`, for the scope matrix test. */
    routeTable: string[];
  }
}

export interface BuildOptions {
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: NodeJS.WritableStream;
}

/** Builds the app: plugins, then modules. Never listens (server.ts does). */
export async function buildApp(container: Container, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = container;
  const app = Fastify({
    logger:
      options.logger === false || config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Never a secret in a log line (MLPS): cookies, passwords and ID numbers are cut out.
            redact: {
              paths: [
                'req.headers.cookie',
                'req.headers.authorization',
                'res.headers["set-cookie"]',
                '*.password',
                '*.newPassword',
                '*.currentPassword',
                '*.idNumber',
              ],
              censor: '[redacted]',
            },
            // Request lines carry the URL: its search text and any ID or mobile number in it are cut out.
            serializers: { req: serializeRequest },
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    // Router and HTTP-parser refusals answer in our error shape too.
    frameworkErrors,
    clientErrorHandler,
    genReqId: () => randomUUID(),
    // One proxy in front (nginx): its X-Forwarded-For entry is the client. Trusting every hop would let a
    // client name its own address and step around the per-address sign-in limit.
    trustProxy: config.trustProxy ? (_address: string, hop: number) => hop < 1 : false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('container', container);
  app.decorate('services', container.services);
  app.decorate('routeTable', [] as string[]);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const m of methods)
      if (m !== 'HEAD' && route.url.startsWith('/api/')) app.routeTable.push(`${m} ${route.url}`);
  });

  installErrorHandler(app);
  // An empty body with a JSON content type is an empty object (clients send the header on bodiless POSTs);
  // anything else goes through the same prototype-poisoning-safe parser Fastify uses.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    let value: unknown;
    try {
      value = secureJson.parse(text, { protoAction: 'error', constructorAction: 'error' });
    } catch {
      return done(
        Object.assign(new Error('invalid JSON'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }),
        undefined,
      );
    }
    // NUL and lone surrogates are refused at the door: PostgreSQL cannot keep them as sent (issue 8).
    const unsafe = unsafeTextError(value);
    return unsafe ? done(unsafe, undefined) : done(null, value);
  });
  // The same for path parameters and query strings, on every route, before their schemas run.
  app.addHook('preValidation', async (request) => {
    const unsafe = unsafeTextError(request.params) ?? unsafeTextError(request.query);
    if (unsafe) throw unsafe;
  });
  // Routes that return rule findings answer their {zh, en} messages in the request's language.
  app.addHook('preSerialization', async (request, _reply, payload) =>
    request.routeOptions.config?.localise ? localise(payload, languageOf(request)) : payload,
  );
  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request, context) => {
      const e = toAppError({ statusCode: 429 });
      return {
        statusCode: 429,
        code: e.code,
        message: e.userMessage[languageOf(request)],
        details: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
        requestId: request.id,
      };
    },
  });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Zhucun 驻村 API',
        version: '0.1.0',
        description:
          '驻村第一书记和工作队管理系统 API。状态变更请求须带 X-Requested-With: XMLHttpRequest 头。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zhucun_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await publicRoutes(app, async (pub) => {
    await pub.register(swaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list' },
      staticCSP: true,
    });
  });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => app.swagger());

  await app.register(authPlugin, { config });
  await app.register(idempotencyPlugin, { db: container.database.db });
  await app.register(healthRoutes);
  await app.register(sessionRoutes);
  await app.register(deviceRoutes);
  await app.register(regionRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(villageRoutes);
  await app.register(unitRoutes);
  await app.register(cadreRoutes);
  await app.register(importRoutes);
  await app.register(policyRoutes);
  await app.register(needRoutes);
  await app.register(nominationRoutes);
  await app.register(complianceRoutes);
  await app.register(assignmentRoutes);
  await app.register(recallRoutes);
  await app.register(teamRoutes);
  await app.register(termRoutes);
  await app.register(matchingRoutes);
  await app.register(checkInRoutes);
  await app.register(workLogRoutes);
  await app.register(villageTaskRoutes);
  await app.register(halfYearReportRoutes);
  await app.register(attendanceRoutes);
  await app.register(settingsRoutes);
  await app.register(calendarRoutes);
  await app.register(assessmentRoutes(() => app.services.assessment));
  // Daily management (issue 12 items 2–6).
  await app.register(leaderMeetingRoutes);
  await app.register(talkRoutes);
  await app.register(disciplineRoutes);
  await app.register(handoverRoutes);
  await app.register(todoRoutes);

  // The phone app at /m/ (issue 11), built into dist/mobile beside the desktop app.
  await registerMobileApp(app, path.join(path.dirname(config.webDir), 'mobile'));
  // The single-page web app: static files, and index.html for its client-side routes.
  const webDir = config.webDir;
  const hasWeb = existsSync(path.join(webDir, 'index.html'));
  if (hasWeb) {
    // Wildcard: files built after start are served too (a rebuild while running must not blank the page).
    await publicRoutes(app, async (pub) => {
      await pub.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: true, index: ['index.html'] });
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes get the app; a missing asset or API path is a real 404.
    if (
      hasWeb &&
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/')
    ) {
      return reply.type('text/html').sendFile('index.html');
    }
    const e = toAppError({ statusCode: 404 });
    return reply
      .status(404)
      .send({ code: e.code, message: e.userMessage[languageOf(request)], requestId: request.id });
  });
  return app;
}
