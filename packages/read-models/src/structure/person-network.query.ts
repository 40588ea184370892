import { personNetworkMetrics, type PersonNetworkMetrics, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { tieScoresOf } from '../relationships.query';
import { organisationCategoriesAt, profilesOf } from './organisation.query';

/**
 * SPEC §6.3 metrics of one person as of T that need only their own ties; null for an
 * unknown person. Reads the person, their counterparts and the organisation's category
 * counts — never the whole organisation — so it stays fast at any size.
 */
export async function personNetworkAt(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<PersonNetworkMetrics | null> {
  const ties = await tieScoresOf(db, personId, asOf, p);
  const [profiles, categories] = await Promise.all([
    profilesOf(db, [personId, ...ties.map((t) => t.counterpartId)]),
    organisationCategoriesAt(db, asOf),
  ]);
  const person = profiles.get(personId);
  if (!person) return null;
  return personNetworkMetrics(person, ties, profiles, categories);
}
