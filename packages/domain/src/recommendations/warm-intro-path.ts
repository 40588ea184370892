/** A mutual connection who can introduce a to c, with both tie strengths. */
export interface WarmIntroPath {
  readonly introducerId: string;
  readonly strengthToPerson: number;
  readonly strengthToCandidate: number;
}

/**
 * The best mutual connection m of a and c: the one whose weaker tie, min(S_am, S_mc),
 * is strongest (SPEC §6.4); ties broken by the stronger sum, then by id. Null when none.
 */
export function warmIntroPath(personTies: ReadonlyMap<string, number>, candidateTies: ReadonlyMap<string, number>): WarmIntroPath | null {
  let best: WarmIntroPath | null = null;
  for (const [introducerId, strengthToPerson] of personTies) {
    const strengthToCandidate = candidateTies.get(introducerId);
    if (strengthToCandidate === undefined) continue;
    const path = { introducerId, strengthToPerson, strengthToCandidate };
    if (best === null || isBetter(path, best)) best = path;
  }
  return best;
}

const weakest = (p: WarmIntroPath) => Math.min(p.strengthToPerson, p.strengthToCandidate);
const total = (p: WarmIntroPath) => p.strengthToPerson + p.strengthToCandidate;

function isBetter(a: WarmIntroPath, b: WarmIntroPath): boolean {
  if (weakest(a) !== weakest(b)) return weakest(a) > weakest(b);
  if (total(a) !== total(b)) return total(a) > total(b);
  return a.introducerId < b.introducerId;
}
