import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../shared/errors';
import type { Config } from '../config';
import type { Actor } from '../context';
import { notSignedIn } from '../modules/session/session.service';

export const SESSION_COOKIE = 'zhucun_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: (Actor & { sessionId: string; displayName: string }) | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
    /** Replace {zh, en} pairs in the response by the request's language (rule findings). */
    localise?: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const authPlugin = fp(async (app: FastifyInstance, opts: { config: Config }) => {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    // CSRF defence: SameSite=Lax cookies plus a header a cross-site form cannot set.
    if (!SAFE_METHODS.has(request.method) && request.headers['x-requested-with'] !== 'XMLHttpRequest') {
      throw new AppError('CSRF', {
        zh: '请求缺少 X-Requested-With: XMLHttpRequest 头，已拒绝（防跨站请求伪造）',
        en: 'Refused: state-changing requests must carry the header X-Requested-With: XMLHttpRequest (CSRF defence)',
      });
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token && token.length <= 128) {
      request.actor = await app.services.session.resolve(token, { requestId: request.id, ip: request.ip });
    }
    const isPublic = request.routeOptions.config?.public || request.url.startsWith('/api/docs');
    if (!request.actor && !isPublic) throw notSignedIn();
  });

  app.decorateReply('setSessionCookie', function (this: FastifyReply, token: string) {
    this.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.config.secureCookies,
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
    setSessionCookie(token: string): void;
    clearSessionCookie(): void;
  }
}
