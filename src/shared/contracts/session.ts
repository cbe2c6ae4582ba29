import { z } from 'zod';
import { roles } from '../dictionaries';

export const role = z.enum(roles);

export const scopeContract = z.object({
  regions: z.array(z.string().max(12)).max(200),
  units: z.array(z.string().max(36)).max(200),
});

export const signInBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const sessionInfo = z.object({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  scope: scopeContract,
  scopeNames: z.array(z.object({ code: z.string(), name: z.string() })),
  idleMinutes: z.number().int(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
