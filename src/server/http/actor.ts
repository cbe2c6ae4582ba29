import type { FastifyRequest } from 'fastify';
import type { Actor } from '../context';
import { notSignedIn } from '../modules/session/session.service';

/** The signed-in user of a request, as the auth plugin sets it (`plugins/auth.ts`). */
export type RequestActor = Actor & { sessionId: string; displayName: string; deviceId?: string | null };

declare module 'fastify' {
  interface FastifyRequest {
    actor: RequestActor | null;
  }
}

/** The signed-in user of a private route's request: a missing actor is refused, never taken for "the system". */
export function actorOf(request: FastifyRequest): RequestActor {
  if (!request.actor) throw notSignedIn();
  return request.actor;
}
