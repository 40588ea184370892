import type { PersonProfile } from '../network/person-profile';
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

/** "top 5% well-networked; adds Finance and Legal; Maria can introduce you — 72/64" (SPEC §6.4). */
export function recommendationSentence(r: {
  topShare: number;
  adds: readonly string[];
  introduction: WarmIntroPath | null;
  introducerName: string | null;
}): string {
  const parts = [`top ${r.topShare}% well-networked`];
  parts.push(r.adds.length > 0 ? `adds ${listed(r.adds.slice(0, 4))}` : 'adds no new department, function, location or expertise');
  if (r.introduction) {
    const strengths = `${Math.round(r.introduction.strengthToPerson)}/${Math.round(r.introduction.strengthToCandidate)}`;
    parts.push(`${r.introducerName} can introduce you — ${strengths}`);
  } else {
    parts.push('no mutual connection: reach out directly');
  }
  return parts.join('; ');
}
