import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../envelope';
import { toLatest, UnknownEventError } from './catalogue';

const ana = '00000000-0000-4000-8000-00000000000a';
const ben = '00000000-0000-4000-8000-00000000000b';
const interactionId = '00000000-0000-4000-8000-0000000000f1';

const envelope = (type: string, schemaVersion: number, data: Record<string, unknown>): EventEnvelope => ({
  eventId: '01890000-0000-7000-8000-000000000001',
  type,
  schemaVersion,
  streamId: `interaction-${interactionId}`,
  streamVersion: 1,
  occurredAt: '2026-03-02T09:00:00.000Z',
  recordedAt: '2026-03-02T09:00:01.000Z',
  actorId: 'someone',
  correlationId: 'c',
  causationId: null,
  data,
});

const record = {
  interactionId,
  initiatorId: ana,
  participantIds: [ana, ben],
  occurredAt: '2026-03-02T09:00:00.000Z',
  channel: 'in_person',
  kind: 'coffee',
};

describe("an interaction's record, version 3", () => {
  it('given a record of version 1 or 2, when it is read, then its initiator is taken as its author (as before version 3)', () => {
    for (const type of ['InteractionLogged', 'InteractionCorrected'])
      for (const version of [1, 2])
        expect(toLatest(envelope(type, version, record))).toMatchObject({ schemaVersion: 3, data: { authorId: ana, initiatorId: ana } });
  });

  it('keeps the author a version-3 record names, and refuses one that names none', () => {
    expect(toLatest(envelope('InteractionLogged', 3, { ...record, authorId: ben })).data).toMatchObject({
      authorId: ben,
      initiatorId: ana,
    });
    expect(() => toLatest(envelope('InteractionLogged', 3, record))).toThrow(UnknownEventError);
  });
});
