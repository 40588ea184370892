import { z } from 'zod';
import { id } from '../envelope';

/**
 * The person asked to be forgotten. Their data key is destroyed in the same
 * transaction (crypto-shredding): everything sealed with it becomes unreadable, and
 * they remain in everyone else's metrics as an anonymous node.
 */
export const personErasedV1 = z.object({ personId: id });
export type PersonErasedV1 = z.infer<typeof personErasedV1>;
