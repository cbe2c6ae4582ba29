import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../shared/errors';
import type { Config } from '../config';
import { actorOf, type RequestActor } from '../http/actor';
import { notSignedIn } from '../modules/session/session.service';

export { actorOf, type RequestActor };

export const SESSION_COOKIE = 'zhucun_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in (and without the CSRF header). Every other route is private. */
    public?: boolean;
    /** `false` only for routes a plain form or another site must reach (none yet): no CSRF header asked. */
    csrf?: boolean;
    /** Replace {zh, en} pairs in the response by the request's language (rule findings). */
    localise?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrfRefused = () =>
  new AppError('CSRF', {
    zh: '请求缺少 X-Requested-With: XMLHttpRequest 头，已拒绝（防跨站请求伪造）',
    en: 'Refused: state-changing requests must carry the header X-Requested-With: XMLHttpRequest (CSRF defence)',
  });

/**
 * Marks every route registered inside `register` as public (static files, API docs). Used instead of
 * matching URL prefixes, so the decision follows the route the router matched, never the raw URL.
 */
export async function publicRoutes(
  app: FastifyInstance,
  register: (scope: FastifyInstance) => Promise<void>,
) {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route: RouteOptions) => {
      route.config = { ...(route.config ?? {}), public: true };
    });
    await register(scope);
  });
}

export const authPlugin = fp(async (app: FastifyInstance, opts: { config: Config }) => {
  app.decorateRequest('actor', null);

  // Decided by the matched route, fail closed: the router has already decoded the path, so
  // `/%61pi/users` and `//api/users` match the same route as `/api/users` and get the same checks.
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const route = request.routeOptions;
    // No route matched: the not-found handler answers (the web app's index or a 404); nothing runs.
    if (route.url === undefined) return;
    const isPublic = route.config?.public === true;
    // CSRF defence: SameSite=Lax cookies plus a header a cross-site form cannot set.
    // Public routes too: signing in through another site's form is refused like any other write.
    if (
      route.config?.csrf !== false &&
      !SAFE_METHODS.has(request.method) &&
      request.headers['x-requested-with'] !== 'XMLHttpRequest'
    )
      throw csrfRefused();
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 128) {
      request.actor = await app.services.session.resolve(token, { requestId: request.id, ip: request.ip });
    }
    if (!request.actor && !isPublic) throw notSignedIn();
  });

  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string, maxAgeSeconds?: number) {
    this.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.config.secureCookies,
      // A device session of the phone app outlives the browser's own session (issue 11 item 1).
      ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}),
    });
  });
  app.decorateReply('clearSessionCookie', function (this: FastifyReply) {
    this.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.config.secureCookies,
    });
  });
});

declare module 'fastify' {
  interface FastifyReply {
    setSessionCookie(token: string, maxAgeSeconds?: number): void;
    clearSessionCookie(): void;
  }
}
