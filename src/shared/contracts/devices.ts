// Device sessions (issue 11 item 1): the phone app signs a cadre's own account in on one device for the
// settings' deviceSessionDays (X26-apps art. 6: no forced regular log-ins), revocable by the cadre and by a
// user administrator of the county. Office roles keep the desktop's 30-minute idle rule.
import { z } from 'zod';
import { listOf, uuid } from './common';
import { signInBody } from './session';

/** POST /api/session/device: sign in on the phone app (role `cadre` only). */
export const deviceSignInBody = signInBody.extend({
  /** What the cadre calls the phone; defaults to a description of the browser. */
  deviceName: z.string().trim().min(1).max(60).optional(),
});
export type DeviceSignInBody = z.infer<typeof deviceSignInBody>;

export const deviceView = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  userAgent: z.string().nullable(),
  signedInAt: z.string(),
  /** The session ends then unless revoked sooner (the deviceSessionDays in force at sign-in). */
  expiresAt: z.string(),
  days: z.number().int(),
  /** The device this request comes from. */
  current: z.boolean(),
});
export type DeviceView = z.infer<typeof deviceView>;

/** GET /api/devices: one's own devices; `userId` (a user administrator): a cadre account's devices. */
export const deviceListQuery = z.object({ userId: uuid.optional() });
export type DeviceListQuery = z.infer<typeof deviceListQuery>;
export const deviceList = listOf(deviceView);
export type DeviceList = z.infer<typeof deviceList>;
