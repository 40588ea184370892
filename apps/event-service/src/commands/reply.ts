import type { Response } from 'express';
import type { IdempotentOutcome } from '@rapport/event-store';

/** Sends a command's outcome; a replayed response says so in `Idempotent-Replayed`. */
export function reply(response: Response, outcome: IdempotentOutcome): unknown {
  response.status(outcome.status);
  if (outcome.replayed) response.setHeader('Idempotent-Replayed', 'true');
  return outcome.body;
}
