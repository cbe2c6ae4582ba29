import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { publicRoutes } from './auth';

/**
 * The stationed cadre's phone app (issue 11) at /m/: static files built by `vite.mobile.config.ts` into
 * dist/mobile beside the desktop app, public like the desktop's (the API stays private). The page and the
 * service worker are revalidated on every load (no-cache), so a new build is seen at once; the scripts and
 * styles are named by their content and kept a year. The worker's scope is /m/, the folder it is served from.
 */
export async function registerMobileApp(app: FastifyInstance, mobileDir: string): Promise<void> {
  if (!existsSync(path.join(mobileDir, 'index.html'))) return;
  await publicRoutes(app, async (pub) => {
    pub.get('/m', (_req, reply) => reply.redirect('/m/', 301));
    await pub.register(fastifyStatic, {
      root: mobileDir,
      prefix: '/m/',
      wildcard: true,
      index: ['index.html'],
      decorateReply: false,
      // The build writes .br and .gz beside each file (vite.mobile.config.ts): sent as they are.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (res, file) => {
        const name = path.relative(mobileDir, file).split(path.sep).join('/');
        if (name.startsWith('assets/')) res.header('cache-control', 'public, max-age=31536000, immutable');
        else res.header('cache-control', 'no-cache');
        if (name === 'sw.js') res.header('service-worker-allowed', '/m/');
        if (name.endsWith('.webmanifest'))
          res.header('content-type', 'application/manifest+json; charset=utf-8');
      },
    });
  });
}
