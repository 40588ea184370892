import { z } from 'zod';
import { instant } from '../envelope';
import { asOfQuery, pageQuery } from './common';
import { relationshipView } from './relationships';

/** Sort a person's relationships by strength (default, strongest first), last contact, or name. */
export const relationshipsQuery = asOfQuery.extend(pageQuery.shape).extend({
  sort: z.enum(['strength', 'lastContact', 'name']).default('strength'),
  /** Default: descending for strength and last contact, ascending for name. */
  order: z.enum(['asc', 'desc']).optional(),
});
export type RelationshipsQuery = z.infer<typeof relationshipsQuery>;

export const relationshipParams = z.object({ id: z.uuid().toLowerCase(), otherId: z.uuid().toLowerCase() });

export const relationshipResponse = relationshipView.extend({ personId: z.uuid().toLowerCase(), asOf: instant });
