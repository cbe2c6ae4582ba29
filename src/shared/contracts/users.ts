import { z } from 'zod';
import { bilingual } from '../errors';
import { listOf, pageQuery } from './common';
import { role, scopeContract } from './session';

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(role),
  /** The user's scope as far as it lies inside the reader's; the rest is not shown (issue 8 finding 1). */
  scope: scopeContract,
  /** Whether part of the user's scope lies outside the reader's (then `scope` is partial). */
  scopeBeyondYours: z.boolean(),
  /** Whether the reader may change the user: its whole scope inside the reader's. */
  manageable: z.boolean(),
  disabled: z.boolean(),
  locked: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** A cadre's own account (issue 10): the cadre it acts for. */
  cadre: z.object({ id: z.string(), name: z.string() }).nullable().optional(),
});
export type UserView = z.infer<typeof userView>;

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9_.@-]{3,64}$/,
      bilingual('用户名为 3–64 位字母、数字或 _ . @ -', '3–64 letters, digits or _ . @ -'),
    ),
  password: z.string().min(1).max(256),
  displayName: z.string().trim().min(1).max(64),
  roles: z.array(role).min(1).max(9),
  scope: scopeContract.default({ regions: [], units: [] }),
  /** Required for role `cadre` (its only role), refused for the others (issue 10). */
  cadreId: z.uuid(bilingual('应为 UUID 格式的编号', 'must be a UUID')).optional(),
});
export type CreateUserBody = z.infer<typeof createUserBody>;

export const updateUserBody = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  roles: z.array(role).min(1).max(9).optional(),
  scope: scopeContract.optional(),
  disabled: z.boolean().optional(),
  cadreId: z.uuid(bilingual('应为 UUID 格式的编号', 'must be a UUID')).optional(),
});
export type UpdateUserBody = z.infer<typeof updateUserBody>;

export const resetPasswordBody = z.object({ password: z.string().min(1).max(256) });

export const userListQuery = pageQuery.extend({
  q: z.string().trim().max(64).optional(),
  role: role.optional(),
});

export const userList = listOf(userView);
