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
  /** A device session of the phone app (issue 11): no idle rule, signed in until `expiresAt`. */
  device: z.object({ id: z.string(), name: z.string(), expiresAt: z.string() }).nullable().optional(),
  /** A cadre's own account (issue 10): the cadre it acts for, null for other roles. */
  cadreId: z.string().nullable().optional(),
  /** That cadre's assignment on post today (so the phone pages open "my attendance" directly). */
  cadreAssignment: z
    .object({
      id: z.string(),
      villageCode: z.string(),
      villageName: z.string(),
      teamRole: z.enum(['first_secretary', 'leader', 'member']),
      startOn: z.string(),
      plannedEndOn: z.string(),
    })
    .nullable()
    .optional(),
});
export type SessionInfo = z.infer<typeof sessionInfo>;

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: z.string().min(1).max(256),
});
