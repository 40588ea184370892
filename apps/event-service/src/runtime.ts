import type { ServiceConfig } from '@rapport/config';
import type { StrengthParameters } from '@rapport/domain';
import type { Database, EventStore, OutboxRelay } from '@rapport/event-store';
import type { MessageTransport } from '@rapport/messaging';
import type { ServiceMetrics } from './observability/service-metrics';
import type { SealedPersonalData } from '@rapport/personal-data';

export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/**
 * Everything at the edges that the HTTP layer needs, opened before Nest starts:
 * the same code runs on PGlite + in-process transport and on PostgreSQL + Kafka.
 */
export interface Runtime {
  readonly config: ServiceConfig;
  readonly db: Database;
  readonly store: EventStore;
  readonly transport: MessageTransport;
  readonly clock: Clock;
  readonly strength: StrengthParameters;
  /** Secret that signs dev sign-in tokens (AUTH_MODE=dev). */
  readonly devSecret: Uint8Array | null;
  readonly metrics: ServiceMetrics;
  /** Seals personal text for its owner and opens it for projections; erasure destroys the key. */
  readonly personalData: SealedPersonalData;
  /** The outbox relay when it runs inside this process. */
  readonly relay: OutboxRelay | null;
  close(): Promise<void>;
}
