import type { PersonalDataAccess } from '@rapport/read-models';
import type { StrengthParameters } from '@rapport/domain';
import type { Database, EventStore } from '@rapport/event-store';
import {
  claimRebuild,
  finishRebuild,
  liveProjectionVersion,
  PROJECTION_VERSION,
  recordRebuildProgress,
  requestRebuild,
} from '@rapport/read-models';
import { rebuildBesideLive, RebuildStoppedError } from './rebuild-beside-live';

export interface RebuildRunnerOptions {
  readonly db: Database;
  readonly store: EventStore;
  readonly strength: StrengthParameters;
  readonly personal?: PersonalDataAccess;
  /** How often to look for a requested rebuild. */
  readonly pollMs?: number;
  readonly pageSize?: number;
  readonly log?: (message: string) => void;
}

export interface RebuildRunner {
  /** Runs requested rebuilds now (tests, the CLI) instead of waiting for the next poll. */
  runPending(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs in every worker: requests a rebuild when the live read models were built by
 * an older projection version, and carries out requested rebuilds (from
 * POST /v1/projections/rebuild) one at a time — a rebuild is claimed atomically, so
 * with several workers exactly one runs it; one abandoned by a dead worker is taken over.
 */
export function startRebuildRunner(options: RebuildRunnerOptions): RebuildRunner {
  const log = options.log ?? (() => {});
  const pollMs = options.pollMs ?? 1000;
  let stopping = false;
  let current: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const runPending = async (): Promise<void> => {
    for (;;) {
      if (stopping) return;
      const rebuild = await claimRebuild(options.db);
      if (!rebuild) return;
      log(`rebuilding read models (${rebuild.reason}) as projection version ${rebuild.projectionVersion}`);
      try {
        const result = await rebuildBesideLive({
          db: options.db,
          store: options.store,
          strength: options.strength,
          ...(options.personal ? { personal: options.personal } : {}),
          projectionVersion: rebuild.projectionVersion,
          ...(options.pageSize ? { pageSize: options.pageSize } : {}),
          onProgress: (processed, total) => recordRebuildProgress(options.db, rebuild.rebuildId, processed, total),
          shouldStop: () => stopping,
        });
        await finishRebuild(options.db, rebuild.rebuildId, { state: 'switched' });
        log(`switched to rebuilt read models: ${result.processed} events, ${result.tables.length} tables`);
      } catch (error) {
        const stopped = error instanceof RebuildStoppedError;
        await finishRebuild(
          options.db,
          rebuild.rebuildId,
          stopped ? { state: 'requested' } : { state: 'failed', error: (error as Error).message },
        );
        if (!stopped) log(`rebuild failed: ${(error as Error).message}`);
        return;
      }
    }
  };

  const serialised = (): Promise<void> => {
    current = current.then(runPending).catch((error: unknown) => log(`rebuild runner: ${(error as Error).message}`));
    return current;
  };

  const poll = () => {
    timer = setTimeout(() => {
      void serialised().then(() => {
        if (!stopping) poll();
      });
    }, pollMs);
  };

  current = (async () => {
    const live = await liveProjectionVersion(options.db);
    if (live < PROJECTION_VERSION)
      await requestRebuild(options.db, `projection version ${live} → ${PROJECTION_VERSION}`, PROJECTION_VERSION);
  })().catch((error: unknown) => log(`rebuild runner: ${(error as Error).message}`));
  void serialised();
  poll();

  return {
    runPending: serialised,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
