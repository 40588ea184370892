import { describe, expect, it } from 'vitest';
import { decided } from '@rapport/domain';
import type { StoredEvent, StreamAppend, UnitOfWork } from '@rapport/event-store';
import type { CommandContext } from './command-context';
import { decideOnStream } from './append-decided';

const programId = '00000000-0000-4000-8000-00000000000a';
const streamId = `program-${programId}`;
const context = { principal: { subject: 'admin' }, correlationId: 'c', idempotency: null } as unknown as CommandContext;
const instant = Date.parse('2026-03-02T12:00:00.000Z');
const created = decided('ProgramCreated', 1, { programId, name: 'Leaders' });

/** A stream holding `versions` events, and the appends made to it (each answered as the store would). */
function storeWith(versions: number) {
  const appends: StreamAppend[] = [];
  const history = Array.from({ length: versions }, (_, i) => ({ ...created, streamId, streamVersion: i + 1 }) as unknown as StoredEvent);
  const uow = {
    readStream: async () => history,
    append: async (batch: readonly StreamAppend[]) => {
      appends.push(...batch);
      return batch.map((a) => ({
        streamId: a.streamId,
        nextExpectedVersion: versions + a.events.length,
        events: a.events.map((e) => ({ eventId: e.eventId })),
      }));
    },
  } as unknown as UnitOfWork;
  return { uow, appends };
}

/** A clock that counts how often it is read. */
function countingClock() {
  const clock = { reads: 0, now: () => (clock.reads++, instant) };
  return clock;
}

describe('decideOnStream', () => {
  it('decides from the history as read, at one reading of the clock, and appends at the version read', async () => {
    const { uow, appends } = storeWith(2);
    const clock = countingClock();
    let seen: { types: string[]; now: number } | undefined;
    const answer = await decideOnStream(uow, context, clock, {
      streamId,
      decide: (history, now) => {
        seen = { types: history.map((e) => e.type), now };
        return created;
      },
    });
    expect(seen).toEqual({ types: ['ProgramCreated', 'ProgramCreated'], now: instant });
    expect(clock.reads).toBe(1);
    expect(appends).toHaveLength(1);
    expect(appends[0]).toMatchObject({ streamId, expectedVersion: 2 });
    expect(appends[0]!.events[0]).toMatchObject({ type: 'ProgramCreated', occurredAt: '2026-03-02T12:00:00.000Z', actorId: 'admin' });
    expect(answer).toEqual({ streamId, streamVersion: 3, eventIds: [appends[0]!.events[0]!.eventId] });
  });

  it("appends at the caller's expected version when one is given", async () => {
    const { uow, appends } = storeWith(2);
    await decideOnStream(uow, context, countingClock(), { streamId, expectedVersion: 1, decide: () => [created, created] });
    expect(appends[0]).toMatchObject({ expectedVersion: 1 });
    expect(appends[0]!.events).toHaveLength(2);
  });

  it('records nothing when nothing is decided, and answers the stream as read', async () => {
    const { uow, appends } = storeWith(4);
    expect(await decideOnStream(uow, context, countingClock(), { streamId, decide: async () => [] })).toEqual({
      streamId,
      streamVersion: 4,
      eventIds: [],
    });
    expect(appends).toEqual([]);
  });
});
