import type { CohortMetricKey } from '@rapport/contracts';
import { organisationCategories, personNetworkMetrics, type StrengthParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import { relationshipsOf } from '../relationships.query';
import { scorecardOf } from '../signals/scorecard.query';
import { organisationProfiles } from '../structure/organisation.query';

export type PersonMetricValues = Record<CohortMetricKey, number | null>;

/**
 * Every §6.3 ego metric and §6.5 habit score of each person as of T, computed by the
 * same functions as the person endpoints (the organisation is read once per instant).
 */
export async function groupMetricsAt(
  db: SqlExecutor,
  personIds: readonly string[],
  asOf: number,
  strength: StrengthParameters,
): Promise<Map<string, PersonMetricValues>> {
  const profiles = await organisationProfiles(db, null);
  const categories = organisationCategories((await organisationProfiles(db, asOf)).values());
  const out = new Map<string, PersonMetricValues>();
  for (const personId of personIds) {
    const person = profiles.get(personId);
    if (!person) continue;
    const [ties, scorecard] = await Promise.all([relationshipsOf(db, personId, asOf, strength), scorecardOf(db, personId, asOf, strength)]);
    const m = personNetworkMetrics(person, ties, profiles, categories);
    const h = scorecard.habits;
    out.set(personId, {
      size: m.size,
      strongTies: m.strongTies,
      supportSystem: m.supportSystem,
      crossDepartmentTies: m.crossDepartmentTies,
      crossFunctionTies: m.crossFunctionTies,
      diversity: m.diversity.composite === null ? null : Math.round(m.diversity.composite * 1000) / 1000,
      expertiseCoverage: m.expertiseCoverage === null ? null : Math.round(m.expertiseCoverage * 1000) / 1000,
      feltHeard: h.feltHeard.score,
      targets: h.targets.score,
      theirOffice: h.theirOffice.score,
      value: h.value.score,
      probing: h.probing.score,
      thankYou: h.thankYou.score,
    });
  }
  return out;
}
