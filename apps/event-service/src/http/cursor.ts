import { id } from '@rapport/contracts';
import { RequestValidationError } from './request-validation';

/** Cursors are opaque to clients: base64url of the position the next page starts after. */
export const encodeCursor = (position: string | number): string => Buffer.from(String(position)).toString('base64url');

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^[\w-]{1,100}$/.test(decoded))
    throw new RequestValidationError([{ field: 'cursor', message: 'not a cursor from this API' }], 'query');
  return decoded;
}

export function decodeOffsetCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  const decoded = decodeCursor(cursor);
  if (!/^\d{1,9}$/.test(decoded)) throw new RequestValidationError([{ field: 'cursor', message: 'not a cursor from this API' }], 'query');
  return Number(decoded);
}

/** A cursor holding the id the next page starts after (a person id, in id order). */
export function decodeIdCursor(cursor: string): string {
  const decoded = decodeCursor(cursor);
  if (!id.safeParse(decoded).success)
    throw new RequestValidationError([{ field: 'cursor', message: 'not a cursor from this API' }], 'query');
  return decoded;
}

/** A page of a list read from an offset: its items, and a cursor to the next page when this one came back full. */
export interface OffsetPage<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Reads the page a list query's cursor and limit ask for, `read` taking the offset and the limit. */
export async function offsetPage<T>(
  query: { readonly cursor?: string | undefined; readonly limit: number },
  read: (offset: number, limit: number) => Promise<T[]>,
): Promise<OffsetPage<T>> {
  const offset = decodeOffsetCursor(query.cursor);
  const items = await read(offset, query.limit);
  return { items, nextCursor: items.length === query.limit ? encodeCursor(offset + query.limit) : null };
}
