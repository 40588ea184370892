import type { PersonProfile } from '../network/person-profile';
import { tierOf } from '../relationships/tier';
import type { WarmIntroPath } from './warm-intro-path';

/** The departments, functions, locations and expertise tags of the candidate that none of the person's ties has. */
export function newCategoriesFrom(candidate: PersonProfile, current: readonly PersonProfile[]): string[] {
  const known = new Set<string>();
  for (const person of current) {
    known.add(person.department);
    known.add(person.function);
    known.add(person.location);
    for (const tag of person.expertise) known.add(tag);
  }
  const brought = [candidate.department, candidate.function, candidate.location, ...candidate.expertise];
  return [...new Set(brought)].filter((category) => !known.has(category));
}

const listed = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** "strong tie, 72": a strength in words, then in figures. */
export const tieInWords = (strength: number) => `${tierOf(strength)} tie, ${Math.round(strength)}`;

/**
 * "top 5% well-networked; adds Finance and Legal; Maria can introduce you — you and Maria:
 * strong tie, 72; Maria and Aiko: strong tie, 64" (SPEC §6.4, with the two strengths of
 * the path said in words: why this person can introduce you).
 */
export function recommendationSentence(r: {
  topShare: number;
  adds: readonly string[];
  introduction: WarmIntroPath | null;
  introducerName: string | null;
  candidateName: string;
}): string {
  const parts = [`top ${r.topShare}% well-networked`];
  parts.push(r.adds.length > 0 ? `adds ${listed(r.adds.slice(0, 4))}` : 'adds no new department, function, location or expertise');
  if (r.introduction) {
    const { strengthToPerson, strengthToCandidate } = r.introduction;
    parts.push(
      `${r.introducerName} can introduce you — you and ${r.introducerName}: ${tieInWords(strengthToPerson)}; ${r.introducerName} and ${r.candidateName}: ${tieInWords(strengthToCandidate)}`,
    );
  } else {
    parts.push('no mutual connection: reach out directly');
  }
  return parts.join('; ');
}
