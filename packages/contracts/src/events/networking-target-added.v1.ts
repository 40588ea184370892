import { z } from 'zod';
import { id } from '../envelope';

/** Habit 2: a person puts someone on their target list (stream: that person's stream). */
export const networkingTargetAddedV1 = z.object({ personId: id, targetId: id });
export type NetworkingTargetAddedV1 = z.infer<typeof networkingTargetAddedV1>;
