import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { WorkerConfig } from '@rapport/config';
import { migrate, openDatabase, type Database } from '@rapport/event-store';
import { createTransport, type MessageTransport } from '@rapport/messaging';
import { loadMasterKey, personKeyMigrations, SealedPersonalData } from '@rapport/personal-data';
import { migrateReadModels } from '@rapport/read-models';

/**
 * The edges every Rapport process opens the same way — the event-service, the worker and
 * the embedded default: the database with all its migrations, the transport, and the
 * personal-data keys.
 */

/** RAPPORT_DATA_DIR=:memory: keeps the embedded store in memory (tests, throw-away demos). */
export const IN_MEMORY = ':memory:';

/** Opens PostgreSQL or PGlite and applies the event store's, the key table's and the read models' migrations. */
export async function openStorage(config: WorkerConfig): Promise<Database> {
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

/** Kafka when KAFKA_BROKERS is set, else the in-process transport; `clientSuffix` names the process kind to the broker. */
export function transportFor(config: WorkerConfig, clientSuffix = ''): MessageTransport {
  if (config.transport.kind === 'in-process') return createTransport({ kind: 'in-process' });
  const prefix = config.transport.topicPrefix;
  return createTransport({
    kind: 'kafka',
    brokers: config.transport.brokers,
    clientId: `${config.transport.clientId}${clientSuffix}`,
    partitions: config.transport.partitions,
    sessionTimeoutMs: config.transport.sessionTimeoutMs,
    partitionsAtOnce: config.transport.partitionsAtOnce,
    fetchBytesPerPartition: config.transport.fetchBytesPerPartition,
    topics: { events: `${prefix}rapport.events`, deadLetter: `${prefix}rapport.events.dlq` },
    logLevel: 'warn',
  });
}

/** Seals and opens personal text with the deployment's master key (the embedded default keeps one in its data folder). */
export function personalDataFor(config: WorkerConfig): SealedPersonalData {
  const keptIn = config.storage.kind === 'pglite' && config.dataDir !== IN_MEMORY ? config.dataDir : null;
  return SealedPersonalData.withMasterKey(loadMasterKey(config.masterKey, keptIn));
}
