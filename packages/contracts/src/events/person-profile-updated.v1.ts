import { z } from 'zod';
import { id } from '../envelope';
import { personRegisteredV1 } from './person-registered.v1';

/** The fields that changed, in their new values. */
export const profileChanges = personRegisteredV1
  .pick({ displayName: true, email: true, department: true, function: true, location: true, seniority: true, expertise: true })
  .extend({ managerId: id.nullable() })
  .partial();

export const personProfileUpdatedV1 = z.object({
  personId: id,
  changes: profileChanges,
});
export type PersonProfileUpdatedV1 = z.infer<typeof personProfileUpdatedV1>;
