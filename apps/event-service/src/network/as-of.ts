import type { SqlExecutor } from '@rapport/event-store';
import { isKnownPerson } from '@rapport/read-models';
import { HttpProblemError } from '../http/http-error';

/** 404 for an unknown person. */
export async function requireKnownPerson(db: SqlExecutor, personId: string): Promise<void> {
  if (!(await isKnownPerson(db, personId))) throw new HttpProblemError('not_found', `person ${personId} is not known`);
}

export const parseAsOf = (asOf: string | undefined): number | undefined => (asOf === undefined ? undefined : Date.parse(asOf));
