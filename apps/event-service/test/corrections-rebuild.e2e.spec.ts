import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProductionStack, waitFor, type ProductionStack } from '@rapport/test-support';
import { personRequest } from './people-fixture';

/**
 * Corrections, retractions, signals and a rebuild in the production shape: the
 * event-service and a separate projection worker on PostgreSQL and Kafka (3 partitions,
 * so interaction and person streams land on different partitions).
 */
let stack: ProductionStack;
const api = (method: string, path: string, body?: unknown) => stack.api(method, path, body);

beforeAll(async () => {
  stack = await startProductionStack('e2e_corrections');
});

afterAll(async () => {
  await stack?.close();
});

describe('corrections and rebuilds through Kafka and a separate worker', () => {
  it('shows corrected and retracted interactions and signals, then rebuilds beside the live models to the same answers', async () => {
    const [ana, ben, cat] = [personRequest(), personRequest(), personRequest()];
    for (const p of [ana, ben, cat]) expect((await api('POST', '/v1/people', p)).status).toBe(201);
    const at = '2026-03-10T09:00:00Z';
    const meeting = (a: string, b: string, extra: Record<string, unknown> = {}) => ({
      initiatorId: a,
      participantIds: [a, b],
      occurredAt: at,
      channel: 'in_person',
      durationMinutes: 30,
      location: 'their_office',
      kind: 'one_on_one',
      ...extra,
    });
    const first = (await api('POST', '/v1/interactions', meeting(ana.personId, ben.personId))).body.interactionId as string;
    const second = (await api('POST', '/v1/interactions', meeting(ana.personId, cat.personId))).body.interactionId as string;
    expect(
      (
        await api('POST', `/v1/interactions/${first}/corrections`, {
          ...meeting(ana.personId, ben.personId, { channel: 'video', location: 'remote' }),
          expectedVersion: 1,
        })
      ).status,
    ).toBe(201);
    expect((await api('POST', `/v1/interactions/${second}/retraction`, { reason: 'never happened' })).status).toBe(201);
    expect(
      (await api('POST', '/v1/help', { giverId: cat.personId, receiverId: ana.personId, kind: 'advice', occurredAt: at })).status,
    ).toBe(201);

    const ties = () => api('GET', `/v1/people/${ana.personId}/relationships?asOf=${at}`);
    let live: any;
    await waitFor(
      async () => {
        live = await ties();
        const byId = new Map((live.body.items ?? []).map((t: any) => [t.counterpartId, t.strength]));
        // ben: the corrected 30-minute video call (16.4); cat: only the help (27.5), the retracted meeting is gone.
        // Their names come with their registrations, streams of their own: compared after the rebuild too.
        const named = (live.body.items ?? []).every((t: any) => t.counterpartName !== null);
        return byId.get(ben.personId) === 16.4 && byId.get(cat.personId) === 27.5 && named;
      },
      'corrected read models',
      30_000,
      stack.worker!.output,
    );

    const requested = await api('POST', '/v1/projections/rebuild', { reason: 'e2e' });
    expect(requested.status).toBe(202);
    let status: any;
    await waitFor(
      async () => {
        status = await api('GET', '/v1/projections/status');
        return status.body.rebuild?.rebuildId === requested.body.rebuildId && status.body.rebuild.state === 'switched';
      },
      'the rebuild to switch over',
      60_000,
      stack.worker!.output,
    );
    expect(status.body.rebuild.percent).toBe(100);
    expect(status.body.lag.consumerLag).not.toBeNull();
    expect((await ties()).body).toEqual(live.body);
  });
});
