import { MAX_BATCH_INTERACTIONS, type LogInteractionRequest } from '@rapport/contracts';
import type { RapportClient } from '../api-client';
import { sendInBatches, type BatchItem } from '../batches';
import type { CliIo, Rejection } from '../io';
import { peopleByEmail } from '../people/people-directory';
import { Progress } from '../progress';
import { emailsOf, interactionFromDraft, type InteractionDraft } from './interaction-draft';

export interface DraftItem {
  readonly line: number;
  readonly draft: InteractionDraft;
  readonly row?: Readonly<Record<string, string>>;
}

export interface SendOptions {
  readonly dryRun?: boolean;
  readonly batchSize?: number;
  readonly stopAfterBatches?: number;
}

export interface InteractionsOutcome {
  /** Ready to send (or, in a dry run, that would be sent). */
  ready: number;
  imported: number;
  alreadyImported: number;
  rejected: Rejection[];
  stopped: boolean;
}

/** Resolves every email, rejects what cannot be an interaction, and sends the rest in batches. */
export async function importDrafts(
  client: RapportClient,
  items: readonly DraftItem[],
  options: SendOptions,
  io: CliIo,
): Promise<InteractionsOutcome> {
  const progress = (label: string, unit: string) =>
    new Progress(label, unit, { stream: io.progressStream, always: io.alwaysDrawProgress ?? false });
  const people = await peopleByEmail(
    client,
    items.flatMap((i) => emailsOf(i.draft)),
    progress('looking up', 'people'),
  );
  const idOfEmail = new Map([...people].map(([email, person]) => [email, person.personId]));

  const rejected: Rejection[] = [];
  const ready: Array<BatchItem<LogInteractionRequest>> = [];
  const lineOf = new Map<string, number>();
  for (const item of items) {
    const result = interactionFromDraft(item.draft, idOfEmail);
    if ('reasons' in result) {
      rejected.push({ line: item.line, reasons: result.reasons, ...(item.row ? { row: item.row } : {}) });
      continue;
    }
    const earlier = lineOf.get(result.request.interactionId!);
    if (earlier !== undefined) {
      rejected.push({ line: item.line, reasons: [`the same interaction as line ${earlier}`], ...(item.row ? { row: item.row } : {}) });
      continue;
    }
    lineOf.set(result.request.interactionId!, item.line);
    ready.push({ line: item.line, request: result.request, ...(item.row ? { row: item.row } : {}) });
  }

  const outcome: InteractionsOutcome = { ready: ready.length, imported: 0, alreadyImported: 0, rejected, stopped: false };
  if (options.dryRun) return outcome;
  const sending = progress('importing', 'interactions');
  sending.start(ready.length);
  const sent = await sendInBatches(client, { path: '/v1/interactions/batch', field: 'interactions' }, ready, {
    batchSize: Math.min(options.batchSize ?? MAX_BATCH_INTERACTIONS, MAX_BATCH_INTERACTIONS),
    ...(options.stopAfterBatches !== undefined ? { stopAfterBatches: options.stopAfterBatches } : {}),
    onSettled: (n) => sending.advance(n),
  });
  sending.stop();
  rejected.push(...sent.rejections);
  rejected.sort((a, b) => a.line - b.line);
  return { ...outcome, imported: sent.stored, alreadyImported: sent.alreadyStored, stopped: sent.stopped };
}
