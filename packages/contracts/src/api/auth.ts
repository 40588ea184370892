import { z } from 'zod';
import { role } from './common';

export const devTokenRequest = z.strictObject({
  role,
  personId: z.uuid().optional(),
});
export type DevTokenRequest = z.infer<typeof devTokenRequest>;

export const devTokenResponse = z.object({ token: z.string(), expiresAt: z.string() });
