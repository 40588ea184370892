import type { PersonalDataAccess } from '@rapport/read-models';
import type { StrengthParameters } from '@rapport/domain';
import { EventStore, type Database } from '@rapport/event-store';
import type { MessageTransport, Subscription } from '@rapport/messaging';
import { createProjectionHandler } from './projection-handler';
import type { ProjectionObserver } from './observability/projection-observer';
import { startRebuildRunner } from './versioning/rebuild-runner';

export interface ProjectionWorkerOptions {
  readonly db: Database;
  readonly transport: MessageTransport;
  readonly groupId: string;
  readonly strength: StrengthParameters;
  readonly log?: (message: string) => void;
  readonly observer?: ProjectionObserver;
  readonly personal?: PersonalDataAccess;
  /** Requested and version-change rebuilds (docs/architecture-projections.md); on by default, `false` turns them off. */
  readonly rebuilds?: { readonly pollMs?: number } | false;
}

/**
 * Joins the projection consumer group on `rapport.events`. Several workers may run:
 * they share the partitions, and because every read-model change is commutative and
 * recorded with its event id, the result does not depend on who projected what.
 */
export async function startProjectionWorker(options: ProjectionWorkerOptions): Promise<Subscription> {
  const subscription = await options.transport.subscribe(
    { groupId: options.groupId, topic: options.transport.topics.events, fromBeginning: true },
    createProjectionHandler(options),
  );
  if (options.rebuilds === false) return subscription;
  const rebuilds = startRebuildRunner({
    db: options.db,
    store: new EventStore(options.db),
    strength: options.strength,
    ...(options.personal ? { personal: options.personal } : {}),
    ...(options.rebuilds?.pollMs ? { pollMs: options.rebuilds.pollMs } : {}),
    ...(options.log ? { log: options.log } : {}),
  });
  return {
    async stop() {
      await rebuilds.stop();
      await subscription.stop();
    },
  };
}
