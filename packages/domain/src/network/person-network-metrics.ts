import { networkSummary, type NetworkSummary } from '../relationships/network-summary';
import type { TieScore } from '../relationships/relationship-strength';
import { isActiveTie } from '../relationships/tier';
import { diversityOf, type Diversity, type WeightedTie } from './diversity';
import type { OrganisationCategories, PersonProfile } from './person-profile';

export interface PersonNetworkMetrics extends NetworkSummary {
  /** Active ties to people in another department / function. */
  readonly crossDepartmentTies: number;
  readonly crossFunctionTies: number;
  readonly diversity: Diversity;
  /** Distinct expertise tags among active ties ÷ tags in the organisation; null when the organisation has none. */
  readonly expertiseCoverage: number | null;
  readonly expertiseCovered: number;
  readonly expertiseInOrganisation: number;
}

/** The active ties of a person with the counterpart's profile (unknown counterparts are left out). */
export function activeWeightedTies(
  ties: readonly { readonly counterpartId: string; readonly strength: number }[],
  profiles: ReadonlyMap<string, PersonProfile>,
): WeightedTie[] {
  const out: WeightedTie[] = [];
  for (const tie of ties) {
    const counterpart = profiles.get(tie.counterpartId);
    if (counterpart && isActiveTie(tie.strength)) out.push({ counterpart, strength: tie.strength });
  }
  return out;
}

/** SPEC §6.3, every metric of one person that does not need the whole graph. */
export function personNetworkMetrics(
  person: PersonProfile,
  ties: readonly TieScore[],
  profiles: ReadonlyMap<string, PersonProfile>,
  organisation: OrganisationCategories,
): PersonNetworkMetrics {
  const active = activeWeightedTies(ties, profiles);
  const covered = new Set<string>();
  let crossDepartmentTies = 0;
  let crossFunctionTies = 0;
  for (const { counterpart } of active) {
    if (counterpart.department !== person.department) crossDepartmentTies++;
    if (counterpart.function !== person.function) crossFunctionTies++;
    for (const tag of counterpart.expertise) covered.add(tag);
  }
  const tagsInOrganisation = organisation.expertise.size;
  return {
    ...networkSummary(ties),
    crossDepartmentTies,
    crossFunctionTies,
    diversity: diversityOf(active, organisation),
    expertiseCoverage: tagsInOrganisation === 0 ? null : covered.size / tagsInOrganisation,
    expertiseCovered: covered.size,
    expertiseInOrganisation: tagsInOrganisation,
  };
}
