import { z } from 'zod';
import { personRegisteredV1 } from '../events/person-registered.v1';
import { commandResult, page, pageQuery } from './common';
import { profileChanges } from '../events/person-profile-updated.v1';

export const registerPersonRequest = personRegisteredV1
  .omit({ personId: true, registeredAt: true })
  .extend({ personId: z.uuid().toLowerCase().optional() })
  .strict();
export type RegisterPersonRequest = z.infer<typeof registerPersonRequest>;

export const registerPersonResponse = commandResult.extend({ personId: z.uuid().toLowerCase() });

export const personView = personRegisteredV1.extend({ version: z.number().int() });
export type PersonView = z.infer<typeof personView>;
export const peoplePage = page(personView);

export const updateProfileRequest = profileChanges
  .extend({ expectedVersion: z.number().int().min(1) })
  .strict()
  .refine((body) => Object.keys(body).length > 1, { message: 'name at least one field to change' });

export const listPeopleQuery = pageQuery.extend({
  department: z.string().max(100).optional(),
  /** Exact match, case-insensitive: how an import finds the person an HR export names. */
  email: z.string().max(320).optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequest>;

/** At most this many people per directory page, and per `ids` look-up. */
export const MAX_DIRECTORY_PAGE = 100;

/**
 * The colleague directory: what choosing a colleague needs and nothing more (no email, no
 * metrics, no reporting line). Search by `q` (a part of a name, department or function), or
 * look up known people by `ids` (comma-separated) to name the colleagues one already has ties to.
 */
export const colleagueDirectoryQuery = z.object({
  q: z.string().trim().max(100).optional().describe('words each found in a name, department or function (case-insensitive)'),
  ids: z
    .string()
    .max(MAX_DIRECTORY_PAGE * 37)
    .transform((list) =>
      list
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.uuid().toLowerCase()).max(MAX_DIRECTORY_PAGE))
    .optional()
    .describe(`comma-separated person ids, up to ${MAX_DIRECTORY_PAGE}`),
  limit: z.coerce.number().int().min(1).max(MAX_DIRECTORY_PAGE).default(20),
  cursor: z.string().max(400).optional(),
});
export type ColleagueDirectoryQuery = z.input<typeof colleagueDirectoryQuery>;

export const colleagueView = z.object({
  personId: z.uuid().toLowerCase(),
  displayName: z.string(),
  department: z.string(),
  function: z.string(),
});
export type ColleagueView = z.infer<typeof colleagueView>;

/** Sorted by name; erased people are never listed. */
export const colleagueDirectoryPage = page(colleagueView);
export type ColleagueDirectoryPage = z.infer<typeof colleagueDirectoryPage>;

/** Up to 1,000 people, validated all together: one invalid person registers nobody. */
export const MAX_BATCH_PEOPLE = 1000;

export const registerPeopleBatchRequest = z.strictObject({
  people: z.array(registerPersonRequest).min(1).max(MAX_BATCH_PEOPLE),
});
export type RegisterPeopleBatchRequest = z.infer<typeof registerPeopleBatchRequest>;

export const registerPeopleBatchResponse = z.object({
  people: z.array(z.object({ personId: z.uuid().toLowerCase(), eventId: z.uuid().toLowerCase() })),
});
