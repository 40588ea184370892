import { createHash } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';

/** Fixed namespace of every id the CLI derives, so a re-run derives the same ids. */
const RAPPORT_IMPORT_NAMESPACE = '6f1c2b1e-4d0a-5c3e-9b7a-2f8e1d4c6a90';

/** A stable id for what a name describes: UUIDv5 of the name. */
export const derivedId = (kind: string, name: string): string => uuidv5(`${kind}:${name}`, RAPPORT_IMPORT_NAMESPACE);

/** Idempotency-Key from the content of a request: a retry of the same content replays the stored answer. */
export const contentKey = (kind: string, content: unknown): string =>
  `rapport-cli-${kind}-${createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 48)}`;

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
