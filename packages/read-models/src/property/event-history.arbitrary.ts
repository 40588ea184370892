import fc from 'fast-check';
import { channels, meetingPlaces, type RapportEvent } from '@rapport/contracts';
import { testEvent } from './test-events';

/** Five people with fixed ids; histories happen over 60 days from 2026-01-01. */
export const people = Array.from({ length: 5 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);
const base = Date.UTC(2026, 0, 1);
export const dayAt = (day: number, hour = 9): string => new Date(base + day * 86_400_000 + hour * 3_600_000).toISOString();

const person = fc.integer({ min: 0, max: people.length - 1 });
const day = fc.integer({ min: 0, max: 60 });
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const interactionSpec = fc.record({
  initiator: person,
  others: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }),
  day,
  channel: fc.constantFrom(...channels),
  location: maybe(fc.constantFrom(...meetingPlaces)),
  durationMinutes: maybe(fc.integer({ min: 5, max: 120 })),
  questionsAsked: maybe(fc.integer({ min: 0, max: 5 })),
  storiesTold: maybe(fc.integer({ min: 0, max: 5 })),
  corrections: fc.array(
    fc.record({
      day,
      channel: fc.constantFrom(...channels),
      durationMinutes: maybe(fc.integer({ min: 5, max: 120 })),
      /** A correction may also change who took part. */
      others: maybe(fc.uniqueArray(person, { minLength: 1, maxLength: 3 })),
    }),
    { maxLength: 2 },
  ),
  retracted: fc.boolean(),
  ratings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
  verdicts: fc.array(fc.boolean(), { maxLength: 2 }),
  /** Counterparts who dismiss "did you feel heard?" (on their own person stream), by position. */
  dismissals: fc.array(fc.boolean(), { maxLength: 2 }),
});

const signalSpec = fc.record({
  kind: fc.constantFrom('help', 'introduction', 'note', 'targetAdded', 'targetRemoved'),
  a: person,
  b: person,
  c: person,
  day,
  handwritten: fc.boolean(),
});

/** An introduction request: a asks b to introduce them to c, with a note, answered or not. */
const requestSpec = fc.record({
  a: person,
  b: person,
  c: person,
  day,
  note: fc.boolean(),
  answer: fc.constantFrom('made', 'declined', null),
});

/**
 * A history as the deciders would record it: registrations, interactions with
 * corrections, retractions, verdicts, feedback and dismissed questions, and person-stream signals — each
 * stream numbered from 1, positions in append order, envelopes dated the way the
 * service dates them (corrections and retractions at the earliest time the
 * interaction was said to happen; feedback after it).
 */
export const eventHistory = fc
  .record({
    interactions: fc.array(interactionSpec, { minLength: 1, maxLength: 8 }),
    signals: fc.array(signalSpec, { maxLength: 10 }),
    requests: fc.array(requestSpec, { maxLength: 3 }),
  })
  .map(({ interactions, signals, requests }) => {
    const events: RapportEvent[] = [];
    const versions = new Map<string, number>();
    const append = (streamId: string, type: string, occurredAt: string, data: unknown) => {
      const streamVersion = (versions.get(streamId) ?? 0) + 1;
      versions.set(streamId, streamVersion);
      events.push(testEvent(events.length + 1, type as RapportEvent['type'], streamId, occurredAt, data, streamVersion));
    };
    people.forEach((id, i) =>
      append(`person-${id}`, 'PersonRegistered', '2025-12-31T00:00:00.000Z', {
        personId: id,
        displayName: `P${i}`,
        email: `p${i}@example.com`,
        department: ['Sales', 'Legal'][i % 2],
        function: 'F',
        location: 'Lisbon',
        seniority: 1 + (i % 6),
        expertise: ['x'],
      }),
    );
    interactions.forEach((spec, k) => {
      const interactionId = `00000000-0000-4000-a000-${String(k + 1).padStart(12, '0')}`;
      const streamId = `interaction-${interactionId}`;
      const initiatorId = people[spec.initiator]!;
      const others = spec.others.filter((o) => o !== spec.initiator).map((o) => people[o]!);
      const participantIds = [initiatorId, ...(others.length ? others : [people[(spec.initiator + 1) % people.length]!])];
      const logged = {
        interactionId,
        initiatorId,
        participantIds,
        occurredAt: dayAt(spec.day),
        channel: spec.channel,
        kind: participantIds.length > 2 ? 'group' : 'one_on_one',
        ...(spec.location ? { location: spec.location } : {}),
        ...(spec.durationMinutes ? { durationMinutes: spec.durationMinutes } : {}),
        ...(spec.questionsAsked !== undefined ? { questionsAsked: spec.questionsAsked } : {}),
        ...(spec.storiesTold !== undefined ? { storiesTold: spec.storiesTold } : {}),
      };
      append(streamId, 'InteractionLogged', logged.occurredAt, logged);
      let earliest = spec.day;
      let latest = spec.day;
      for (const c of spec.corrections) {
        earliest = Math.min(earliest, c.day);
        latest = Math.max(latest, c.day);
        const { durationMinutes: _d, ...rest } = logged;
        const correctedOthers = (c.others ?? []).filter((o) => o !== spec.initiator).map((o) => people[o]!);
        append(streamId, 'InteractionCorrected', dayAt(earliest), {
          ...rest,
          ...(correctedOthers.length ? { participantIds: [initiatorId, ...correctedOthers] } : {}),
          occurredAt: dayAt(c.day),
          channel: c.channel,
          ...(c.durationMinutes ? { durationMinutes: c.durationMinutes } : {}),
        });
      }
      const counterparts = participantIds.slice(1);
      spec.ratings.forEach((feltHeard, i) => {
        if (i < counterparts.length)
          append(streamId, 'CounterpartFeedbackGiven', dayAt(latest + 1), { interactionId, fromId: counterparts[i], feltHeard });
      });
      spec.verdicts.forEach((confirmed, i) => {
        const counterpartId = counterparts[i % counterparts.length];
        append(streamId, confirmed ? 'InteractionConfirmed' : 'InteractionDisputed', dayAt(latest + 2), { interactionId, counterpartId });
      });
      spec.dismissals.forEach((dismissed, i) => {
        const personId = counterparts[i];
        if (dismissed && personId) {
          const at = dayAt(latest + 1, 12);
          append(`person-${personId}`, 'FeedbackRequestDismissed', at, { personId, interactionId, occurredAt: at });
        }
      });
      if (spec.retracted) append(streamId, 'InteractionRetracted', dayAt(earliest), { interactionId, reason: 'generated' });
    });
    for (const s of signals) {
      const [a, b, c] = [people[s.a]!, people[s.b]!, people[s.c]!];
      const at = dayAt(s.day, 15);
      if (s.kind === 'help') append(`person-${a}`, 'HelpGiven', at, { giverId: a, receiverId: b, kind: 'advice', occurredAt: at });
      if (s.kind === 'introduction')
        append(`person-${a}`, 'IntroductionMade', at, { introducerId: a, personAId: b, personBId: c, occurredAt: at });
      if (s.kind === 'note')
        append(`person-${a}`, 'ThankYouNoteSent', at, { fromId: a, toId: b, handwritten: s.handwritten, occurredAt: at });
      if (s.kind === 'targetAdded') append(`person-${a}`, 'NetworkingTargetAdded', at, { personId: a, targetId: b });
      if (s.kind === 'targetRemoved') append(`person-${a}`, 'NetworkingTargetRemoved', at, { personId: a, targetId: b });
    }
    requests.forEach((r, k) => {
      const requestId = `00000000-0000-4000-b000-${String(k + 1).padStart(12, '0')}`;
      const parties = { requestId, requesterId: people[r.a]!, introducerId: people[r.b]!, targetId: people[r.c]! };
      const streamId = `introduction-request-${requestId}`;
      append(streamId, 'IntroductionRequested', dayAt(r.day, 11), { ...parties, ...(r.note ? { note: `note ${k}` } : {}) });
      if (r.answer) append(streamId, 'IntroductionRequestAnswered', dayAt(r.day + 1, 11), { ...parties, answer: r.answer });
    });
    return events;
  });

/**
 * A random delivery of the history as Kafka can deliver it: streams interleaved at
 * random (each stream keeps its own order — the stream id is the message key), cut
 * into random batches, with some batches delivered again. With order 'any' even a
 * stream's own events come in any order.
 */
export const deliveryOf = (events: readonly RapportEvent[], order: 'per-stream' | 'any' = 'per-stream') =>
  fc
    .record({
      priorities: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: events.length, maxLength: events.length }),
      batchSizes: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 20 }),
      redeliver: fc.array(fc.boolean(), { minLength: 1, maxLength: 20 }),
    })
    .map(({ priorities, batchSizes, redeliver }) => {
      const slots = events.map((_, i) => i).sort((x, y) => priorities[x]! - priorities[y]! || x - y);
      // Each stream's events fill that stream's slots in stream order.
      const byStream = new Map<string, RapportEvent[]>();
      for (const e of events) byStream.set(e.streamId, [...(byStream.get(e.streamId) ?? []), e]);
      const cursor = new Map<string, number>();
      const ordered =
        order === 'any'
          ? slots.map((slot) => events[slot]!)
          : slots.map((slot) => {
              const streamId = events[slot]!.streamId;
              const k = cursor.get(streamId) ?? 0;
              cursor.set(streamId, k + 1);
              return byStream.get(streamId)![k]!;
            });
      const batches: RapportEvent[][] = [];
      for (let i = 0, b = 0; i < ordered.length; b++) {
        const size = batchSizes[b % batchSizes.length]!;
        const batch = ordered.slice(i, i + size);
        batches.push(batch);
        if (redeliver[b % redeliver.length]) batches.push(batch);
        i += size;
      }
      return batches;
    });
