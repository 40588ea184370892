import { fromEventMessage, MalformedEventMessageError, toLatest, UnknownEventError, type RapportEvent } from '@rapport/contracts';
import type { StrengthParameters } from '@rapport/domain';
import type { Database } from '@rapport/event-store';
import type { BatchHandler, ConsumedMessage, MessageTransport } from '@rapport/messaging';
import { projectEvents, type PersonalDataAccess } from '@rapport/read-models';
import { sendToDeadLetter } from './dead-letter';
import { isDeadlock, retryingDeadlocks } from './deadlocks';
import { silentObserver, type ProjectionObserver } from './observability/projection-observer';

export interface ProjectionHandlerOptions {
  readonly db: Database;
  readonly transport: MessageTransport;
  readonly strength: StrengthParameters;
  readonly log?: (message: string) => void;
  readonly observer?: ProjectionObserver;
  /** Opens personal text (names) with the keys that still exist; erased people stay anonymous. */
  readonly personal?: PersonalDataAccess;
}

type Decoded = { readonly message: ConsumedMessage; readonly event: RapportEvent };

/**
 * Projects one batch from `rapport.events`. Messages that are not readable events go
 * to the dead-letter topic; the rest are applied in one transaction with their ids
 * recorded, so a redelivered event counts once. A transaction PostgreSQL aborted to
 * break a deadlock with another partition's batch is run again (retryingDeadlocks). If
 * the batch transaction fails otherwise, each event is retried alone and only the ones
 * that still fail are dead-lettered; an infrastructure failure (the database is down) or
 * a deadlock that keeps coming back throws, so the batch is redelivered: neither is the
 * event's fault.
 */
export function createProjectionHandler(options: ProjectionHandlerOptions): BatchHandler {
  const { db, transport, strength } = options;
  const log = options.log ?? (() => {});
  const observer = options.observer ?? silentObserver;
  const deadLetter = async (message: ConsumedMessage, reason: string) => {
    await sendToDeadLetter(transport, message, reason);
    observer.deadLettered(reason);
  };

  return async (messages, control) => {
    const readable: Decoded[] = [];
    for (const message of messages) {
      try {
        readable.push({ message, event: toLatest(fromEventMessage(message.value)) });
      } catch (error) {
        if (!(error instanceof MalformedEventMessageError || error instanceof UnknownEventError)) throw error;
        log(`dead-lettering ${message.topic}/${message.partition}/${message.offset}: ${error.message}`);
        await deadLetter(message, error.message);
      }
    }
    if (readable.length === 0) return;
    try {
      const events = readable.map((r) => r.event);
      const applied = await retryingDeadlocks(() => db.transaction((tx) => projectEvents(tx, events, strength, options.personal)));
      observer.projected(events, applied);
      return;
    } catch (batchError) {
      await assertDatabaseReachable(db, batchError);
      if (isDeadlock(batchError)) throw batchError;
      log(`batch of ${readable.length} failed (${(batchError as Error).message}); retrying one by one`);
    }
    for (const { message, event } of readable) {
      await control.heartbeat();
      try {
        const applied = await retryingDeadlocks(() => db.transaction((tx) => projectEvents(tx, [event], strength, options.personal)));
        observer.projected([event], applied);
      } catch (error) {
        await assertDatabaseReachable(db, error);
        if (isDeadlock(error)) throw error;
        log(`dead-lettering event ${event.eventId}: ${(error as Error).message}`);
        await deadLetter(message, `projection failed: ${(error as Error).message}`);
      }
    }
  };
}

/** Distinguishes "this event cannot be projected" from "the database is gone" (rethrown → redelivery). */
async function assertDatabaseReachable(db: Database, cause: unknown): Promise<void> {
  try {
    await db.query('SELECT 1');
  } catch {
    throw cause;
  }
}
