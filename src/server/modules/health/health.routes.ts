import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgresql']) }) },
      },
    },
    async () => {
      // A real round trip: a load balancer must not route to a process whose database is gone.
      await app.container.database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: app.container.database.kind };
    },
  );
};
