import { z } from 'zod';
import { id } from '../envelope';

/** Habit 2: a person takes someone off their target list. */
export const networkingTargetRemovedV1 = z.object({ personId: id, targetId: id });
export type NetworkingTargetRemovedV1 = z.infer<typeof networkingTargetRemovedV1>;
