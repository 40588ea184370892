/** Cross's roles in an informal network (SPEC §6.3). */
export type CrossRole = 'central_connector' | 'broker' | 'peripheral';

export interface RoleThresholds {
  /** p90 of active-tie counts (degree) over the organisation. */
  readonly degreeP90: number | null;
  /** p90 of betweenness. */
  readonly betweennessP90: number | null;
  /** p25 of constraint over the people who have ties (constraint is undefined otherwise). */
  readonly constraintP25: number | null;
  /** p10 of network size (active ties). */
  readonly sizeP10: number | null;
}

interface RoleInputs {
  readonly degree: number;
  readonly betweenness: number;
  readonly constraint: number | null;
}

export function roleThresholds(
  people: readonly RoleInputs[],
  percentile: (values: readonly number[], q: number) => number | null,
): RoleThresholds {
  const degrees = people.map((p) => p.degree);
  return {
    degreeP90: percentile(degrees, 90),
    betweennessP90: percentile(
      people.map((p) => p.betweenness),
      90,
    ),
    constraintP25: percentile(
      people.flatMap((p) => (p.constraint === null ? [] : [p.constraint])),
      25,
    ),
    sizeP10: percentile(degrees, 10),
  };
}

/**
 * central connector: degree ≥ p90; broker: betweenness ≥ p90 and constraint ≤ p25;
 * peripheral: size ≤ p10. A role that rewards a high value also needs a non-zero one,
 * so that nobody without ties (or without brokerage) is a connector or a broker in an
 * organisation where most values are 0.
 */
export function crossRoles(person: RoleInputs, t: RoleThresholds): CrossRole[] {
  const roles: CrossRole[] = [];
  if (t.degreeP90 !== null && person.degree > 0 && person.degree >= t.degreeP90) roles.push('central_connector');
  if (
    t.betweennessP90 !== null &&
    t.constraintP25 !== null &&
    person.constraint !== null &&
    person.betweenness > 0 &&
    person.betweenness >= t.betweennessP90 &&
    person.constraint <= t.constraintP25
  ) {
    roles.push('broker');
  }
  if (t.sizeP10 !== null && person.degree <= t.sizeP10) roles.push('peripheral');
  return roles;
}
