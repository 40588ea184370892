import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { interactionStream } from '@rapport/contracts';
import { meetingRequest, registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

/**
 * The author of a record is whoever recorded it; the initiator is a fact about who
 * reached out. Only an admin records on behalf of someone else.
 */
const { app, admin } = useTestApp(eventService);

const meeting = meetingRequest;

const storedEvents = () => app.runtime.store.count();
/** A correction with the stream version it expects (the version the interaction's stream is at). */
const correct = (id: string, token: string, body: Record<string, unknown>, expectedVersion = 1) =>
  app.request('POST', `/v1/interactions/${id}/corrections`, { token, body: { ...body, expectedVersion } });

describe('who recorded an interaction', () => {
  it('is its author when a participant names someone else as initiator: only they correct, retract and read the note, and the initiator confirms', async () => {
    const [ana, ben] = (await registerPeople(app, admin(), 2)) as [string, string];
    const anaToken = await app.token('participant', ana);
    const benToken = await app.token('participant', ben);
    const interactionId = randomUUID();
    // Ben records that Ana reached out to him, with a note of his own.
    const logged = await app.request('POST', '/v1/interactions', {
      token: benToken,
      body: { interactionId, ...meeting(ana, [ana, ben], { note: 'Ana asked about the Lisbon office' }) },
    });
    expect(logged.status).toBe(201);

    // Ana, the initiator, did not record it: she neither corrects, retracts nor reads the note.
    expect((await correct(interactionId, anaToken, meeting(ana, [ana, ben], { durationMinutes: 5 }))).status).toBe(403);
    expect(
      (await app.request('POST', `/v1/interactions/${interactionId}/retraction`, { token: anaToken, body: { reason: 'not mine' } })).status,
    ).toBe(403);
    expect((await app.request('GET', `/v1/interactions/${interactionId}/note`, { token: anaToken })).status).toBe(404);
    // She is the counterpart of Ben's record: she confirms it, he cannot.
    expect((await app.request('POST', `/v1/interactions/${interactionId}/confirmation`, { token: benToken, body: {} })).status).toBe(403);
    expect((await app.request('POST', `/v1/interactions/${interactionId}/confirmation`, { token: anaToken, body: {} })).status).toBe(201);

    // Ben reads his note and corrects his record, which stays his.
    const note = await app.request('GET', `/v1/interactions/${interactionId}/note`, { token: benToken });
    expect(note.status).toBe(200);
    expect(note.body.note).toBe('Ana asked about the Lisbon office');
    expect((await correct(interactionId, benToken, meeting(ana, [ana, ben], { durationMinutes: 45 }), 2)).status).toBe(201);
    const corrected = (await app.runtime.store.readStream(interactionStream(interactionId))).at(-1);
    expect(corrected).toMatchObject({ type: 'InteractionCorrected', schemaVersion: 3, data: { authorId: ben, initiatorId: ana } });
    expect((await correct(interactionId, anaToken, meeting(ana, [ana, ben]), 3)).status).toBe(403);
  });

  it('cannot be someone else unless an admin records it, and an admin records only on behalf of a participant', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const benToken = await app.token('participant', ben);
    const before = await storedEvents();
    const onBehalf = await app.request('POST', '/v1/interactions', { token: benToken, body: meeting(ana, [ana, ben], { authorId: ana }) });
    expect(onBehalf.status).toBe(403);
    expect(onBehalf.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'authorId' })]));
    const outsider = await app.request('POST', '/v1/interactions', { token: admin(), body: meeting(ana, [ana, ben], { authorId: cat }) });
    expect(outsider.status).toBe(400);
    expect(await storedEvents()).toBe(before);

    // An admin records on Ben's behalf: the record is Ben's to correct, not Ana's, though she initiated it.
    const interactionId = randomUUID();
    expect(
      (
        await app.request('POST', '/v1/interactions', {
          token: admin(),
          body: { interactionId, ...meeting(ana, [ana, ben], { authorId: ben }) },
        })
      ).status,
    ).toBe(201);
    expect((await correct(interactionId, await app.token('participant', ana), meeting(ana, [ana, ben]))).status).toBe(403);
    expect((await correct(interactionId, benToken, meeting(ana, [ana, ben], { durationMinutes: 20 }))).status).toBe(201);
    // Ben recording as himself may say so.
    expect(
      (await app.request('POST', '/v1/interactions', { token: benToken, body: meeting(ben, [ana, ben], { authorId: ben }) })).status,
    ).toBe(201);
  });

  it('cannot correct an interaction into one with an erased person, as it cannot log one', async () => {
    const [ana, ben, cat] = (await registerPeople(app, admin(), 3)) as [string, string, string];
    const interactionId = randomUUID();
    expect(
      (await app.request('POST', '/v1/interactions', { token: admin(), body: { interactionId, ...meeting(ana, [ana, ben]) } })).status,
    ).toBe(201);
    expect((await app.request('DELETE', `/v1/people/${cat}`, { token: admin() })).status).toBeLessThan(300);
    const before = await storedEvents();
    const logging = await app.request('POST', '/v1/interactions', { token: admin(), body: meeting(ana, [ana, cat]) });
    const correcting = await correct(interactionId, admin(), meeting(ana, [ana, cat]));
    expect(logging.status).toBeGreaterThanOrEqual(400);
    expect(correcting.status).toBe(logging.status);
    expect(correcting.body.type).toBe(logging.body.type);
    expect(await storedEvents()).toBe(before);
  });
});
