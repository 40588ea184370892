import { z } from 'zod';
import type { ColleagueView } from '@rapport/contracts';
import type { SqlExecutor } from '@rapport/event-store';
import { notErasedSql, openedNames, type KeptPersonalText } from '@rapport/read-models';
import { RequestValidationError } from '../http/request-validation';

/** Where a directory page ends: the last name (lower-cased, as sorted) and id shown. */
interface DirectoryPosition {
  readonly name: string;
  readonly personId: string;
}

const position = z.tuple([z.string().max(300), z.uuid()]);

/** Cursors are opaque to clients: base64url of the last (name, id) of the page before. */
export const encodeDirectoryCursor = (at: DirectoryPosition): string =>
  Buffer.from(JSON.stringify([at.name, at.personId])).toString('base64url');

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

/** Where a colleague sorts: their name in lower case, then their id. */
const positionOf = (c: ColleagueView): DirectoryPosition => ({ name: c.displayName.toLowerCase(), personId: c.personId });
const compare = (a: DirectoryPosition, b: DirectoryPosition): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;

/**
 * A page of the colleague directory, sorted by name: only name, department and function,
 * never an erased person (their key is gone the moment they are erased, before any
 * projection catches up, so the key store's record of erasure decides).
 *
 * Names are kept sealed (docs/privacy.md, "Personal data at rest"), so a search word
 * finds a name through the keyed digests of its words' prefixes ("ort" finds "Ortiz";
 * the middle of a word finds nothing), and a department or function as before, by any
 * part of it. The matching people's names are opened and sorted here, not by the
 * database: a page costs a pass over everyone the search matches.
 */
export async function colleagueDirectory(
  db: SqlExecutor,
  names: KeptPersonalText,
  search: DirectorySearch,
): Promise<{ items: ColleagueView[]; next: DirectoryPosition | null }> {
  const params: unknown[] = [];
  const where = [notErasedSql('p')];
  const words = (search.q ?? '').split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  for (const word of words) {
    const tokens = [...new Set(names.searchTokens(word).map((token) => token.toString('hex')))];
    params.push(containing(word), tokens, tokens.length);
    const [like, wanted, count] = [`$${params.length - 2}`, `$${params.length - 1}`, `$${params.length}`];
    where.push(
      `(p.department ILIKE ${like} OR p.function ILIKE ${like}
        OR (${count}::int > 0 AND p.person_id IN (
          SELECT t.person_id FROM rm_people_name_tokens t
           WHERE t.token IN (SELECT decode(x, 'hex') FROM unnest(${wanted}::text[]) AS x)
           GROUP BY t.person_id HAVING count(*) = ${count}::int)))`,
    );
  }
  if (search.ids) {
    params.push(search.ids);
    where.push(`p.person_id = ANY($${params.length}::uuid[])`);
  }
  const { rows } = await db.query<{ person_id: string; display_name: string; department: string; function: string }>(
    `SELECT p.person_id, p.display_name, p.department, p.function FROM rm_people p WHERE ${where.join(' AND ')}`,
    params,
  );
  const opened = await openedNames(db, names, rows);
  const after = search.after;
  const sorted = rows
    .map((r, i): ColleagueView => ({ personId: r.person_id, displayName: opened[i]!, department: r.department, function: r.function }))
    .filter((c) => !after || compare(positionOf(c), after) > 0)
    .sort((a, b) => compare(positionOf(a), positionOf(b)));
  const items = sorted.slice(0, search.limit);
  const last = items.at(-1);
  return { items, next: sorted.length > search.limit && last ? positionOf(last) : null };
}
