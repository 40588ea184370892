import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ServiceConfig } from '@rapport/config';
import { defaultStrengthParameters } from '@rapport/domain';
import { EventStore, OutboxRelay } from '@rapport/event-store';
import type { MessageTransport } from '@rapport/messaging';
import { IN_MEMORY, openStorage, personalDataFor, transportFor } from '@rapport/runtime';
import { toEventMessage } from '@rapport/contracts';
import { systemClock, type Clock, type Runtime } from './runtime';
import { ServiceMetrics } from './observability/service-metrics';

export interface OpenRuntimeOptions {
  readonly clock?: Clock;
  /** Use this transport instead of the configured one (the embedded default shares one with its worker). */
  readonly transport?: MessageTransport;
  readonly runRelay?: boolean;
  readonly log?: (message: string) => void;
}

/** Dev sign-in secret: from AUTH_DEV_SECRET, else kept in the data folder so tokens survive restarts. */
function devSecretFor(config: ServiceConfig): Uint8Array | null {
  if (config.auth.mode !== 'dev') return null;
  if (config.auth.devSecret) return new TextEncoder().encode(config.auth.devSecret);
  if (config.dataDir === IN_MEMORY) return new Uint8Array(randomBytes(32));
  mkdirSync(config.dataDir, { recursive: true });
  const file = path.join(config.dataDir, 'dev-signing-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

/** Opens the store, runs migrations, connects the transport and prepares the outbox relay. */
export async function openRuntime(config: ServiceConfig, options: OpenRuntimeOptions = {}): Promise<Runtime> {
  const db = await openStorage(config);
  const transport = options.transport ?? transportFor(config);
  if (!options.transport) await transport.start();
  const runRelay = options.runRelay ?? true;
  let relay: OutboxRelay | null = null;
  const metrics = new ServiceMetrics();
  const store = new EventStore(db, {
    onAppended: (events) => {
      relay?.wake();
      for (const event of events) metrics.eventsAppended.inc({ type: event.type });
    },
  });
  if (runRelay) {
    relay = new OutboxRelay({
      db,
      publish: (events) => transport.publish(transport.topics.events, events.map(toEventMessage)),
      onError: (error, failures) => options.log?.(`relay: publishing failed ${failures}× (${(error as Error).message}); retrying`),
    });
  }
  metrics.watch({ relay, transport, projectionGroupId: config.projectionGroupId });
  return {
    config,
    db,
    personalData: personalDataFor(config),
    store,
    transport,
    relay,
    metrics,
    clock: options.clock ?? systemClock,
    strength: defaultStrengthParameters,
    devSecret: devSecretFor(config),
    async close() {
      await relay?.stop();
      if (!options.transport) await transport.stop();
      await db.close();
    },
  };
}
