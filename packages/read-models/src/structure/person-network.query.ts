import { organisationCategories, personNetworkMetrics, type PersonNetworkMetrics, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { relationshipsOf } from '../relationships.query';
import { organisationProfiles } from './organisation.query';

/** SPEC §6.3 metrics of one person as of T that need only their own ties; null for an unknown person. */
export async function personNetworkAt(
  db: SqlExecutor,
  personId: string,
  asOf: number,
  p: StrengthParameters,
): Promise<PersonNetworkMetrics | null> {
  const profiles = await organisationProfiles(db, null);
  const person = profiles.get(personId);
  if (!person) return null;
  const ties = await relationshipsOf(db, personId, asOf, p);
  const registered = await organisationProfiles(db, asOf);
  return personNetworkMetrics(person, ties, profiles, organisationCategories(registered.values()));
}
