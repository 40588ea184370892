import type { ColleagueView } from '@rapport/contracts';

/** A colleague as the directory answers it. */
export function colleague(personId: string, displayName: string, department = 'Finance', jobFunction = 'Controlling'): ColleagueView {
  return { personId, displayName, department, function: jobFunction };
}

/**
 * Answers `GET /v1/people/directory` the way the API does (every word of `q` in a name,
 * department or function; `ids` looked up; sorted by name), or null for any other request.
 */
export function directoryAnswer(
  url: string,
  people: readonly ColleagueView[],
  options: { more?: boolean } = {},
): { status: number; body: unknown } | null {
  if (!url.startsWith('/v1/people/directory')) return null;
  const query = new URL(url, 'http://admin.test').searchParams;
  const words = (query.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const ids = query.get('ids')?.split(',');
  const items = people
    .filter((p) => words.every((w) => `${p.displayName} ${p.department} ${p.function}`.toLowerCase().includes(w)))
    .filter((p) => !ids || ids.includes(p.personId))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { status: 200, body: { items, nextCursor: options.more ? 'bW9yZQ' : null } };
}
