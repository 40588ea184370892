/** The attributes of a person that network metrics look at (SPEC §6.3). */
export interface PersonProfile {
  readonly personId: string;
  readonly displayName: string;
  readonly department: string;
  readonly function: string;
  readonly location: string;
  readonly seniority: number;
  readonly expertise: readonly string[];
}

export const diversityDimensions = ['department', 'function', 'location', 'seniority', 'expertise'] as const;
export type DiversityDimension = (typeof diversityDimensions)[number];

/** The categories a person belongs to in one dimension; expertise may hold several tags (or none). */
export function categoriesOf(person: PersonProfile, dimension: DiversityDimension): readonly string[] {
  switch (dimension) {
    case 'expertise':
      return [...new Set(person.expertise)];
    case 'seniority':
      return [String(person.seniority)];
    default:
      return [person[dimension]];
  }
}

/** K_d: the distinct categories of each dimension among the organisation's people. */
export type OrganisationCategories = Readonly<Record<DiversityDimension, ReadonlySet<string>>>;

export function organisationCategories(people: Iterable<PersonProfile>): OrganisationCategories {
  const sets = Object.fromEntries(diversityDimensions.map((d) => [d, new Set<string>()])) as Record<DiversityDimension, Set<string>>;
  for (const person of people) {
    for (const d of diversityDimensions) for (const c of categoriesOf(person, d)) sets[d].add(c);
  }
  return sets;
}
