import { relationshipStrength, type RelationshipStrength, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { relationshipsOf } from '../relationships.query';

/** S(a, b, T) with its explanation; strength 0 when the two never interacted. */
export async function relationshipBetween(
  db: SqlExecutor,
  personId: string,
  otherId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<RelationshipStrength> {
  const ties = await relationshipsOf(db, personId, asOf, p);
  return ties.find((t) => t.counterpartId === otherId) ?? relationshipStrength(personId, otherId, [], asOf, p);
}
