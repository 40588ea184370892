import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { ServiceConfig } from '@rapport/config';
import { defaultStrengthParameters } from '@rapport/domain';
import { EventStore, migrate, openDatabase, OutboxRelay, type Database } from '@rapport/event-store';
import { createTransport, type MessageTransport } from '@rapport/messaging';
import { migrateReadModels } from '@rapport/read-models';
import { loadMasterKey, PersonKeys, personKeyMigrations, SealedPersonalData } from '@rapport/personal-data';
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

/** RAPPORT_DATA_DIR=:memory: keeps the embedded store in memory (tests, throw-away demos). */
export const IN_MEMORY = ':memory:';

export async function openStorage(config: ServiceConfig): Promise<Database> {
  const storage = config.storage;
  if (storage.kind === 'pglite' && storage.dataDir !== IN_MEMORY) mkdirSync(storage.dataDir, { recursive: true });
  const db = await openDatabase(
    storage.kind === 'postgres'
      ? { url: storage.url, max: storage.poolSize }
      : storage.dataDir === IN_MEMORY
        ? {}
        : { dataDir: path.join(storage.dataDir, 'pgdata') },
  );
  await migrate(db);
  await migrate(db, personKeyMigrations, { namespace: 'personal-data' });
  await migrateReadModels(db);
  return db;
}

export function transportFor(config: ServiceConfig): MessageTransport {
  if (config.transport.kind === 'in-process') return createTransport({ kind: 'in-process' });
  const prefix = config.transport.topicPrefix;
  return createTransport({
    kind: 'kafka',
    brokers: config.transport.brokers,
    clientId: config.transport.clientId,
    partitions: config.transport.partitions,
    sessionTimeoutMs: config.transport.sessionTimeoutMs,
    topics: { events: `${prefix}rapport.events`, deadLetter: `${prefix}rapport.events.dlq` },
    logLevel: 'warn',
  });
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
  const masterKey = loadMasterKey(config.masterKey, config.storage.kind === 'pglite' && config.dataDir !== IN_MEMORY ? config.dataDir : null);
  return {
    config,
    db,
    personalData: new SealedPersonalData(new PersonKeys(masterKey)),
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
