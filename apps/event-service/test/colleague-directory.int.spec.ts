import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTypes } from '@rapport/contracts';
import { createTestDatabase, type TestDatabase, startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';
import { eventually, personRequest } from './people-fixture';

/**
 * The colleague directory (GET /v1/people/directory): any signed-in person may search it to
 * choose a colleague; it answers names, departments and functions only, sorted by name,
 * page by page, and never lists an erased person. Names are kept sealed and found by the
 * keyed digests of their words' prefixes; departments and functions by any part. Checked
 * on both stores.
 */
describe.each(['PGlite', 'PostgreSQL'] as const)('colleague directory on %s', (backend) => {
  let app: EventServiceTestApp;
  let database: TestDatabase | null;
  let admin: string;
  const zara = personRequest({ displayName: 'Zara Quint', department: 'Legal', function: 'Compliance' });
  const ana = personRequest({ displayName: 'ana Ortiz', department: 'Finance', function: 'Treasury' });
  const bruno = personRequest({ displayName: 'Bruno Ortiz', department: 'Sales', function: 'Partnerships' });
  const chloe = personRequest({ displayName: 'Chloé 100% Lindqvist', department: 'Finance', function: 'Controlling' });
  const erin = personRequest({ displayName: 'Erin Vance', department: 'Finance', function: 'Controlling' });
  const everyone = [zara, ana, bruno, chloe, erin];

  const directory = async (query: string, token = admin) => {
    const r = await app.request('GET', `/v1/people/directory${query}`, { token });
    if (r.status !== 200) throw new Error(`${query}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { items: Array<Record<string, unknown>>; nextCursor: string | null };
  };
  const names = (page: { items: Array<Record<string, unknown>> }) => page.items.map((p) => p.displayName);

  beforeAll(async () => {
    database = backend === 'PostgreSQL' ? await createTestDatabase('rapport_directory') : null;
    app = await startTestApp(eventService, database ? { databaseUrl: database.url } : {});
    admin = await app.token('admin');
    for (const person of everyone) expect((await app.request('POST', '/v1/people', { token: admin, body: person })).status).toBe(201);
    await eventually(
      () => directory('?limit=100'),
      (page) => page.items.length === everyone.length,
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('answers every signed-in role, and nobody without a token', async () => {
    for (const token of [admin, await app.token('manager', ana.personId), await app.token('participant', ana.personId)]) {
      expect((await directory('', token)).items).toHaveLength(everyone.length);
    }
    const anonymous = await app.request('GET', '/v1/people/directory');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.type).toBe(problemTypes.unauthenticated);
  });

  it('tells only what choosing a colleague needs: no email, no reporting line, no profile details', async () => {
    const page = await directory('', await app.token('participant', bruno.personId));
    for (const colleague of page.items)
      expect(Object.keys(colleague).sort()).toEqual(['department', 'displayName', 'function', 'personId']);
    expect(page.items.find((p) => p.personId === ana.personId)).toEqual({
      personId: ana.personId,
      displayName: 'ana Ortiz',
      department: 'Finance',
      function: 'Treasury',
    });
  });

  it('sorts by name whatever the case, and pages through everyone exactly once', async () => {
    const seen: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await directory(`?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...names(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['ana Ortiz', 'Bruno Ortiz', 'Chloé 100% Lindqvist', 'Erin Vance', 'Zara Quint']);
  });

  it('finds colleagues by the start of a word of their name, or part of a department or a function, every word counting', async () => {
    expect(names(await directory('?q=ORTIZ'))).toEqual(['ana Ortiz', 'Bruno Ortiz']);
    expect(names(await directory('?q=ort'))).toEqual(['ana Ortiz', 'Bruno Ortiz']);
    expect(names(await directory('?q=chloe'))).toEqual(['Chloé 100% Lindqvist']);
    expect(names(await directory('?q=lindq%20chl'))).toEqual(['Chloé 100% Lindqvist']);
    expect(names(await directory('?q=rtiz'))).toEqual([]);
    expect(names(await directory('?q=finance'))).toEqual(['ana Ortiz', 'Chloé 100% Lindqvist', 'Erin Vance']);
    expect(names(await directory('?q=ortiz%20treas'))).toEqual(['ana Ortiz']);
    expect(names(await directory('?q=compliance'))).toEqual(['Zara Quint']);
    expect(names(await directory('?q=nobody-by-that-name'))).toEqual([]);
  });

  it('takes % and _ in a search literally, never as wildcards', async () => {
    expect(names(await directory(`?q=${encodeURIComponent('100%')}`))).toEqual(['Chloé 100% Lindqvist']);
    expect(names(await directory(`?q=${encodeURIComponent('%')}`))).toEqual([]);
    expect(names(await directory('?q=_'))).toEqual([]);
  });

  it('looks up known colleagues by id', async () => {
    const page = await directory(`?ids=${zara.personId},${bruno.personId}`);
    expect(names(page)).toEqual(['Bruno Ortiz', 'Zara Quint']);
  });

  it('names every invalid parameter: a foreign cursor, a page too large, an id that is not one', async () => {
    const cursor = await app.request('GET', '/v1/people/directory?cursor=bm90LWEtY3Vyc29y', { token: admin });
    expect(cursor.status).toBe(400);
    expect(cursor.body.errors).toEqual([{ field: 'cursor', message: 'not a cursor from this API' }]);
    const tooMany = await app.request('GET', '/v1/people/directory?limit=101&ids=not-an-id', { token: admin });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['ids.0', 'limit']);
  });

  it('never lists an erased person, from the moment they are erased', async () => {
    const participant = await app.token('participant', ana.personId);
    expect(names(await directory('?q=erin', participant))).toEqual(['Erin Vance']);
    expect((await app.request('DELETE', `/v1/people/${erin.personId}`, { token: admin })).status).toBe(200);
    // No waiting for the projection: the erasure itself removes them.
    expect(names(await directory('?q=erin', participant))).toEqual([]);
    const all = await directory('?limit=100', participant);
    expect(all.items.map((p) => p.personId)).not.toContain(erin.personId);
    expect(names(all)).not.toContain('Erased person');
    expect(names(await directory(`?ids=${erin.personId}`, participant))).toEqual([]);
  });
});
