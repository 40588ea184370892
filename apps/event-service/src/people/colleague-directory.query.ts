import { z } from 'zod';
import type { ColleagueView } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { RequestValidationError } from '../http/request-validation';

/** Where a directory page ends: the last name (lower-cased, as sorted) and id shown. */
interface DirectoryPosition {
  readonly name: string;
  readonly personId: string;
}

const position = z.tuple([z.string().max(300), z.uuid()]);

/** Cursors are opaque to clients: base64url of the last (name, id) of the page before. */
export const encodeDirectoryCursor = (at: DirectoryPosition): string => Buffer.from(JSON.stringify([at.name, at.personId])).toString('base64url');

export function decodeDirectoryCursor(cursor: string): DirectoryPosition {
  try {
    const [name, personId] = position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { name, personId };
  } catch {
    throw new RequestValidationError([{ field: 'cursor', message: 'not a cursor from this API' }], 'query');
  }
}

/** `%word%` for ILIKE, with the pattern characters of the word taken literally. */
const containing = (word: string): string => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** At most this many words of a search count (each must match a name, department or function). */
const MAX_WORDS = 5;

export interface DirectorySearch {
  readonly q?: string | undefined;
  readonly ids?: readonly string[] | undefined;
  readonly limit: number;
  readonly after?: DirectoryPosition | undefined;
}

/**
 * A page of the colleague directory, sorted by name: only name, department and function,
 * never an erased person (their key is gone the moment they are erased, before any
 * projection catches up, so the key store's record of erasure decides).
 */
export async function colleagueDirectory(db: SqlExecutor, search: DirectorySearch): Promise<{ items: ColleagueView[]; next: DirectoryPosition | null }> {
  const params: unknown[] = [];
  const where = ['NOT EXISTS (SELECT 1 FROM erased_people e WHERE e.person_id = p.person_id)'];
  const words = (search.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  for (const word of words) {
    params.push(containing(word));
    const n = `$${params.length}`;
    where.push(`(p.display_name ILIKE ${n} OR p.department ILIKE ${n} OR p.function ILIKE ${n})`);
  }
  if (search.ids) {
    params.push(search.ids);
    where.push(`p.person_id = ANY($${params.length}::uuid[])`);
  }
  if (search.after) {
    params.push(search.after.name, search.after.personId);
    where.push(`(lower(p.display_name), p.person_id) > ($${params.length - 1}::text, $${params.length}::uuid)`);
  }
  params.push(search.limit + 1);
  const { rows } = await db.query<{ person_id: string; display_name: string; department: string; function: string }>(
    `SELECT p.person_id, p.display_name, p.department, p.function FROM rm_people p
      WHERE ${where.join(' AND ')}
      ORDER BY lower(p.display_name), p.person_id
      LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, search.limit).map((r) => ({ personId: r.person_id, displayName: r.display_name, department: r.department, function: r.function }));
  const last = items.at(-1);
  return { items, next: rows.length > search.limit && last ? { name: last.displayName.toLowerCase(), personId: last.personId } : null };
}
