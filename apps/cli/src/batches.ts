import { describeProblem, type ApiProblem, type RapportClient } from './api-client';
import { contentKey } from './ids';
import type { Rejection } from './io';

export interface BatchItem<T> {
  readonly line: number;
  readonly request: T;
  readonly row?: Readonly<Record<string, string>>;
}

/** An all-or-nothing batch route: `POST path {[field]: [...]}`, errors named `field.N.…`. */
export interface BatchRoute {
  readonly path: string;
  readonly field: 'people' | 'interactions';
}

export interface BatchOutcome {
  stored: number;
  alreadyStored: number;
  rejections: Rejection[];
  requests: number;
  /** Sending stopped early (an interruption, on purpose or not). */
  stopped: boolean;
}

export interface BatchOptions {
  readonly batchSize: number;
  /** Stop after this many stored batches: simulates an interruption, to show that a re-run resumes. */
  readonly stopAfterBatches?: number;
  readonly onSettled?: (count: number) => void;
}

const ALREADY_REGISTERED = 'a person with this id is already registered';

/**
 * Sends items in batches. The API stores a batch whole or not at all, so a rejected row is
 * dropped (and reported with its line) and the rest of its batch is sent again. Each batch carries
 * an Idempotency-Key derived from its content, so re-sending a batch that was stored replays its
 * answer; a batch that clashes with something stored earlier (409) is split until the stored
 * items are found, and those count as already imported.
 */
export async function sendInBatches<T>(
  client: RapportClient,
  route: BatchRoute,
  items: readonly BatchItem<T>[],
  options: BatchOptions,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { stored: 0, alreadyStored: 0, rejections: [], requests: 0, stopped: false };
  let batches = 0;
  for (let start = 0; start < items.length; start += options.batchSize) {
    if (options.stopAfterBatches !== undefined && batches >= options.stopAfterBatches) {
      outcome.stopped = true;
      break;
    }
    await sendBatch(client, route, items.slice(start, start + options.batchSize), outcome, options);
    batches++;
  }
  return outcome;
}

async function sendBatch<T>(
  client: RapportClient,
  route: BatchRoute,
  batch: readonly BatchItem<T>[],
  outcome: BatchOutcome,
  options: BatchOptions,
): Promise<void> {
  let pending = [...batch];
  while (pending.length > 0) {
    const requests = pending.map((i) => i.request);
    const response = await client.request('POST', route.path, {
      body: { [route.field]: requests },
      idempotencyKey: contentKey(route.field, requests),
    });
    outcome.requests++;
    if (response.status === 201) {
      if (response.replayed) outcome.alreadyStored += pending.length;
      else outcome.stored += pending.length;
      options.onSettled?.(pending.length);
      return;
    }
    const problem = response.body as ApiProblem | null;
    const byIndex = fieldsByIndex(route.field, problem?.errors ?? []);
    if ((response.status === 400 || response.status === 409 || response.status === 422) && byIndex.size > 0) {
      const remaining: BatchItem<T>[] = [];
      pending.forEach((item, index) => {
        const messages = byIndex.get(index);
        if (!messages) remaining.push(item);
        else if (messages.every((m) => m.endsWith(ALREADY_REGISTERED))) {
          outcome.alreadyStored++;
          options.onSettled?.(1);
        } else {
          outcome.rejections.push({
            line: item.line,
            reasons: messages.filter((m) => !m.endsWith(ALREADY_REGISTERED)),
            ...(item.row ? { row: item.row } : {}),
          });
          options.onSettled?.(1);
        }
      });
      if (remaining.length === pending.length) throw new Error(`the server named rows outside the batch: ${describeProblem(response)}`);
      pending = remaining;
      continue;
    }
    if (response.status === 409) {
      // Something in this batch is already stored: halve until the stored items stand alone.
      if (pending.length === 1) {
        outcome.alreadyStored++;
        options.onSettled?.(1);
        return;
      }
      const half = Math.ceil(pending.length / 2);
      await sendBatch(client, route, pending.slice(0, half), outcome, options);
      await sendBatch(client, route, pending.slice(half), outcome, options);
      return;
    }
    throw new Error(
      `the server refused a batch of ${pending.length} ${route.field} (lines ${pending[0]!.line}–${pending.at(-1)!.line}): ${describeProblem(response)}`,
    );
  }
}

/** `interactions.3.participantIds.1: unknown person …` → 3 → ["participantIds.1: unknown person …"]. */
function fieldsByIndex(field: string, errors: ReadonlyArray<{ field: string; message: string }>): Map<number, string[]> {
  const pattern = new RegExp(`^${field}\\.(\\d+)(?:\\.(.*))?$`);
  const byIndex = new Map<number, string[]>();
  for (const error of errors) {
    const match = pattern.exec(error.field);
    if (!match) continue;
    const index = Number(match[1]);
    const message = match[2] ? `${match[2]}: ${error.message}` : error.message;
    byIndex.set(index, [...(byIndex.get(index) ?? []), message]);
  }
  return byIndex;
}
