import { expect, it } from 'vitest';
import type { IdempotencyRequest, UnitOfWork } from '../types';
import { appendOf, outboxPositions, type ContractContext } from './fixture';

const request: IdempotencyRequest = { scope: 'person-ada', key: 'key-1', requestHash: 'sha256:aaa' };

/** A command handler: appends one interaction and answers 201 with what it stored. */
async function logInteraction(uow: UnitOfWork) {
  const [result] = await uow.append([appendOf('interaction-1', 'any')]);
  return { status: 201, body: { eventId: result?.events[0]?.eventId, version: result?.nextExpectedVersion } };
}

export function idempotencyContract(ctx: () => ContractContext): void {
  it('answers a repeated key with the stored response and stores one event', async () => {
    const { store } = ctx();
    const first = await store.idempotent(request, logInteraction);
    const retry = await store.idempotent(request, logInteraction);

    expect(first.replayed).toBe(false);
    expect(retry).toEqual({ ...first, replayed: true });
    expect(first.status).toBe(201);
    expect(await store.count()).toBe(1);
  });

  it('refuses the same key with a different request and stores nothing more', async () => {
    const { store } = ctx();
    await store.idempotent(request, logInteraction);
    await expect(store.idempotent({ ...request, requestHash: 'sha256:bbb' }, logInteraction)).rejects.toMatchObject({
      code: 'idempotency_key_reused',
      key: 'key-1',
    });
    expect(await store.count()).toBe(1);
  });

  it('keeps the keys of different actors apart', async () => {
    const { store } = ctx();
    await store.idempotent(request, logInteraction);
    const other = await store.idempotent({ ...request, scope: 'person-grace', requestHash: 'sha256:ccc' }, logInteraction);
    expect(other.replayed).toBe(false);
    expect(await store.count()).toBe(2);
  });

  it('runs ten concurrent retries of one key once, with ten identical responses', async () => {
    const { store } = ctx();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () =>
        store.idempotent(request, async (uow) => {
          const response = await logInteraction(uow);
          // Hold the transaction open a little so the retries really arrive while it is in flight.
          await new Promise((resolve) => setTimeout(resolve, 50));
          return response;
        }),
      ),
    );

    expect(await store.count()).toBe(1);
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    const responses = outcomes.map(({ status, body }) => JSON.stringify({ status, body }));
    expect(new Set(responses).size).toBe(1);
  });

  it('stores neither key nor events when the work fails, so a retry runs it again', async () => {
    const { store, db } = ctx();
    await expect(
      store.idempotent(request, async (uow) => {
        await logInteraction(uow);
        throw new Error('projection of the decision failed');
      }),
    ).rejects.toThrow('projection of the decision failed');
    expect(await store.count()).toBe(0);
    expect(await outboxPositions(db)).toEqual([]);
    const { rows } = await db.query('SELECT 1 FROM idempotency_keys');
    expect(rows).toEqual([]);

    const retry = await store.idempotent(request, logInteraction);
    expect(retry.replayed).toBe(false);
    expect(await store.count()).toBe(1);
  });

  it('replays a response body exactly as first answered, key order included', async () => {
    const { store } = ctx();
    const body = { zeta: 1, alpha: { longer: true, b: [1, 2] } };
    const first = await store.idempotent(request, async () => ({ status: 200, body }));
    const retry = await store.idempotent(request, async () => ({ status: 500, body: null }));
    expect(JSON.stringify(retry.body)).toBe(JSON.stringify(first.body));
    expect(retry.status).toBe(200);
  });
}
