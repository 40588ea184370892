import type { ScoredTie } from '../structure/active-tie-graph';
import { isActiveTie } from '../relationships/tier';

export interface InternalNetwork {
  readonly participants: number;
  readonly ties: number;
  readonly possibleTies: number;
  /** Active ties ÷ possible pairs; null under two people. */
  readonly density: number | null;
  readonly meanStrength: number | null;
  readonly links: { a: string; b: string; strength: number }[];
}

/** SPEC §6.6: the active ties (S ≥ 10) among a group's members. */
export function internalNetworkOf(members: readonly string[], ties: readonly ScoredTie[]): InternalNetwork {
  const inGroup = new Set(members);
  const links = ties
    .filter((t) => inGroup.has(t.personA) && inGroup.has(t.personB) && isActiveTie(t.strength))
    .map((t) => ({ a: t.personA, b: t.personB, strength: Math.round(t.strength * 10) / 10 }));
  const n = inGroup.size;
  const possibleTies = (n * (n - 1)) / 2;
  return {
    participants: n,
    ties: links.length,
    possibleTies,
    density: possibleTies === 0 ? null : Math.round((links.length / possibleTies) * 1000) / 1000,
    meanStrength: links.length === 0 ? null : Math.round((links.reduce((s, l) => s + l.strength, 0) / links.length) * 10) / 10,
    links,
  };
}

export interface SiloFigures {
  /** Krackhardt E-I index on strength: (external − internal) / (external + internal); null without ties. */
  readonly siloIndex: number | null;
  readonly crossDepartmentTies: number;
  readonly peopleBridging: number;
}

/**
 * SPEC §6.6 silo index of a group: over the active ties of its members, strength to
 * people of another department is external, to the same department internal.
 */
export function siloFiguresOf(
  members: readonly string[],
  departmentOf: ReadonlyMap<string, string>,
  ties: readonly ScoredTie[],
): SiloFigures {
  const inGroup = new Set(members);
  let external = 0;
  let internal = 0;
  let crossDepartmentTies = 0;
  const bridging = new Set<string>();
  for (const t of ties) {
    if (!isActiveTie(t.strength) || !(inGroup.has(t.personA) || inGroup.has(t.personB))) continue;
    const crosses = departmentOf.get(t.personA) !== departmentOf.get(t.personB);
    if (crosses) {
      external += t.strength;
      crossDepartmentTies++;
      for (const p of [t.personA, t.personB]) if (inGroup.has(p)) bridging.add(p);
    } else internal += t.strength;
  }
  const total = external + internal;
  return {
    siloIndex: total === 0 ? null : Math.round(((external - internal) / total) * 1000) / 1000,
    crossDepartmentTies,
    peopleBridging: bridging.size,
  };
}
