import { z } from 'zod';
import { id, instant } from '../envelope';

export const personRegisteredV1 = z.object({
  personId: id,
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  department: z.string().trim().min(1).max(100),
  function: z.string().trim().min(1).max(100),
  location: z.string().trim().min(1).max(100),
  seniority: z.number().int().min(1).max(6),
  expertise: z.array(z.string().trim().min(1).max(60)).max(20),
  managerId: id.nullable().optional(),
  registeredAt: instant.optional(),
});
export type PersonRegisteredV1 = z.infer<typeof personRegisteredV1>;
