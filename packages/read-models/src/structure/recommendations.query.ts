import { organisationCategories, recommendations, type Recommendation, type RecommendationParameters } from '@rapport/domain';
import type { SqlExecutor } from '@rapport/event-store';
import type { KeptPersonalText } from '../personal-text';
import { organisationProfiles } from './organisation.query';
import { structureOfPeople, structureTies } from './structure-run.query';
import type { StructureRunInfo } from './structure-run.store';

/** SPEC §6.4 for one person, from a structural run (its ties, PageRanks and as-of instant). */
export async function recommendationsFrom(
  db: SqlExecutor,
  personId: string,
  run: StructureRunInfo,
  p: RecommendationParameters,
  names: KeptPersonalText,
): Promise<{ items: Recommendation[]; names: Map<string, string> }> {
  const [people, ties, profiles] = await Promise.all([
    structureOfPeople(db, run.runId),
    structureTies(db, run.runId),
    organisationProfiles(db, run.asOf, names),
  ]);
  const items = recommendations({ personId, ties, pageRank: people, profiles, organisation: organisationCategories(profiles.values()) }, p);
  return { items, names: new Map([...profiles].map(([id, profile]) => [id, profile.displayName])) };
}
