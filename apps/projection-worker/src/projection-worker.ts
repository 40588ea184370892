import type { StrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import type { MessageTransport, Subscription } from '@rapport/messaging';
import { createProjectionHandler } from './projection-handler';
import type { ProjectionObserver } from './observability/projection-observer';

export interface ProjectionWorkerOptions {
  readonly db: Database;
  readonly transport: MessageTransport;
  readonly groupId: string;
  readonly strength: StrengthParameters;
  readonly log?: (message: string) => void;
  readonly observer?: ProjectionObserver;
}

/**
 * Joins the projection consumer group on `rapport.events`. Several workers may run:
 * they share the partitions, and because every read-model change is commutative and
 * recorded with its event id, the result does not depend on who projected what.
 */
export async function startProjectionWorker(options: ProjectionWorkerOptions): Promise<Subscription> {
  return options.transport.subscribe(
    { groupId: options.groupId, topic: options.transport.topics.events, fromBeginning: true },
    createProjectionHandler(options),
  );
}
