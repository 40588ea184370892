import { z } from 'zod';
import { interactionLoggedV1 } from './interaction-logged.v1';

/**
 * The full corrected interaction: it replaces what was logged (and any earlier
 * correction) in every read model, as if it had been logged this way.
 */
export const interactionCorrectedV1 = interactionLoggedV1;
export type InteractionCorrectedV1 = z.infer<typeof interactionCorrectedV1>;
