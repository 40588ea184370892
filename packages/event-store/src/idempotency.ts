import { IdempotencyKeyReusedError } from './errors';
import type { IdempotencyRequest, IdempotentOutcome, RememberedResponse, SqlExecutor } from './types';

/**
 * Claims an Idempotency-Key inside the caller's transaction. The INSERT of a key that
 * another transaction inserted but has not committed yet waits for that transaction
 * (unique-index semantics): when it commits we see its row and replay its response;
 * when it rolls back our INSERT goes through and we do the work ourselves.
 */
export async function claimIdempotencyKey(tx: SqlExecutor, request: IdempotencyRequest): Promise<boolean> {
  const { rowCount } = await tx.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (scope, key) DO NOTHING RETURNING 1`,
    [request.scope, request.key, request.requestHash],
  );
  return rowCount === 1;
}

/**
 * Stores the first attempt's response and returns it as it will be replayed (jsonb
 * normalises key order), so the first answer and every retry are identical.
 */
export async function rememberResponse(
  tx: SqlExecutor,
  request: IdempotencyRequest,
  response: RememberedResponse,
): Promise<IdempotentOutcome> {
  const { rows } = await tx.query<{ status: number; body: unknown }>(
    `UPDATE idempotency_keys SET status = $3, body = $4::jsonb WHERE scope = $1 AND key = $2 RETURNING status, body`,
    [request.scope, request.key, response.status, JSON.stringify(response.body ?? null)],
  );
  const row = rows[0];
  if (!row) throw new Error(`idempotency key ${request.key} vanished inside its own transaction`);
  return { status: row.status, body: row.body, replayed: false };
}

export async function replayResponse(tx: SqlExecutor, request: IdempotencyRequest): Promise<IdempotentOutcome> {
  const { rows } = await tx.query<{ request_hash: string; status: number | null; body: unknown }>(
    'SELECT request_hash, status, body FROM idempotency_keys WHERE scope = $1 AND key = $2',
    [request.scope, request.key],
  );
  const row = rows[0];
  if (!row) throw new Error(`idempotency key ${request.key} is neither claimable nor stored`);
  if (row.request_hash !== request.requestHash) throw new IdempotencyKeyReusedError(request.scope, request.key);
  if (row.status === null) throw new Error(`idempotency key ${request.key} was committed without a response`);
  return { status: row.status, body: row.body, replayed: true };
}
