import type { RapportEvent } from '@rapport/contracts';

let position = 0;

/** An event as the worker receives it, for benchmarks: a fresh id, its own stream, the next log position. */
export const benchEvent = (type: string, occurredAt: string, data: unknown): RapportEvent =>
  ({
    eventId: crypto.randomUUID(),
    type,
    schemaVersion: 1,
    streamId: `bench-${position}`,
    streamVersion: 1,
    occurredAt,
    recordedAt: occurredAt,
    actorId: 'bench',
    correlationId: 'bench',
    causationId: null,
    globalPosition: String(++position),
    data,
  }) as unknown as RapportEvent;
