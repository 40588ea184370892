import type { SyntheticHelp, SyntheticIntroduction, SyntheticThankYouNote } from '@rapport/synthetic-organisation';
import { describeProblem, type RapportClient } from '../api-client';

export type SignalKind = 'help' | 'introductions' | 'thankYouNotes';

export const signalRoutes: Record<SignalKind, { readonly path: string; readonly label: string }> = {
  help: { path: '/v1/help', label: 'help given' },
  introductions: { path: '/v1/introductions', label: 'introductions' },
  thankYouNotes: { path: '/v1/thank-you-notes', label: 'thank-you notes' },
};

export type PendingSignal =
  | { readonly kind: 'help'; readonly signal: SyntheticHelp }
  | { readonly kind: 'introductions'; readonly signal: SyntheticIntroduction }
  | { readonly kind: 'thankYouNotes'; readonly signal: SyntheticThankYouNote };

export interface SignalCounts {
  posted: number;
  alreadyPosted: number;
  failed: string[];
}

/** Requests in flight at once: the API is one process on a small machine. */
const CONCURRENCY = 4;

/**
 * Posts help, introductions and thank-you notes one by one (the API has no batch for them), a few at
 * a time; each carries an Idempotency-Key from its generated id, so a re-run replays instead of duplicating.
 */
export async function postSignals(
  client: RapportClient,
  pending: readonly PendingSignal[],
  counts: Record<SignalKind, SignalCounts>,
  onSettled: (n: number) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < pending.length) {
      const item = pending[next++]!;
      const { signalId, ...body } = item.signal;
      const response = await client.request('POST', signalRoutes[item.kind].path, { body, idempotencyKey: `rapport-seed-${signalId}` });
      const count = counts[item.kind];
      if (response.status === 201 && response.replayed) count.alreadyPosted++;
      else if (response.status === 201) count.posted++;
      else if (count.failed.length < 20) count.failed.push(describeProblem(response));
      onSettled(1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
