import { z } from 'zod';
import { personRegisteredV1 } from '../events/person-registered.v1';
import { commandResult } from './common';
import { profileChanges } from '../events/person-profile-updated.v1';

export const registerPersonRequest = personRegisteredV1
  .omit({ personId: true, registeredAt: true })
  .extend({ personId: z.uuid().optional() })
  .strict();
export type RegisterPersonRequest = z.infer<typeof registerPersonRequest>;

export const registerPersonResponse = commandResult.extend({ personId: z.uuid() });

export const personView = personRegisteredV1.extend({ version: z.number().int() });
export type PersonView = z.infer<typeof personView>;

export const updateProfileRequest = profileChanges
  .extend({ expectedVersion: z.number().int().min(1) })
  .strict()
  .refine((body) => Object.keys(body).length > 1, { message: 'name at least one field to change' });

export const listPeopleQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(200).optional(),
  department: z.string().max(100).optional(),
  /** Exact match, case-insensitive: how an import finds the person an HR export names. */
  email: z.string().max(320).optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequest>;

/** Up to 1,000 people, validated all together: one invalid person registers nobody. */
export const MAX_BATCH_PEOPLE = 1000;

export const registerPeopleBatchRequest = z.strictObject({
  people: z.array(registerPersonRequest).min(1).max(MAX_BATCH_PEOPLE),
});
export type RegisterPeopleBatchRequest = z.infer<typeof registerPeopleBatchRequest>;

export const registerPeopleBatchResponse = z.object({
  people: z.array(z.object({ personId: z.uuid(), eventId: z.uuid() })),
});
