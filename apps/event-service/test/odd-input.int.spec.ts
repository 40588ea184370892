import { beforeAll, describe, expect, it } from 'vitest';
import { registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);
let known: string[];

beforeAll(async () => {
  known = await registerPeople(app, admin(), 2);
});

describe('odd input is refused with 4xx problem+json naming the field, never 5xx, and stores nothing', () => {
  const cases = () => {
    const [a, b] = known as [string, string];
    const interaction = (over: Record<string, unknown>) => ({
      initiatorId: a,
      participantIds: [a, b],
      occurredAt: '2026-02-01T10:00:00Z',
      channel: 'call',
      kind: 'other',
      ...over,
    });
    const person = (over: Record<string, unknown>) => ({
      displayName: 'Odd One',
      email: 'odd@example.com',
      department: 'Sales',
      function: 'F',
      location: 'Lisbon',
      seniority: 3,
      expertise: [],
      ...over,
    });
    return [
      ['POST', '/v1/interactions', interaction({ location: 'room\u0000' })],
      ['POST', '/v1/interactions', interaction({ note: 'lone \ud800 surrogate' })],
      ['POST', '/v1/interactions', interaction({ occurredAt: '0000-01-01T00:00:00Z' })],
      ['POST', '/v1/interactions', interaction({ occurredAt: '0001-01-01T00:00:00Z' })],
      ['POST', '/v1/people', person({ displayName: 'Nul\u0000Name' })],
      ['POST', '/v1/people', person({ department: '\ud800' })],
      ['GET', '/v1/people?email=a%00b@example.com', undefined],
      ['GET', '/v1/people/directory?q=%00', undefined],
      ['GET', '/v1/events?type=%00', undefined],
      ['GET', `/v1/people/${a}/network?asOf=0000-01-01T00:00:00Z`, undefined],
      ['GET', '/v1/events?after=9999999999999999999', undefined],
    ] as const;
  };

  it('NUL and lone surrogates in any text or query value, instants before 1970, positions beyond bigint', async () => {
    const failures: string[] = [];
    for (const [method, path, body] of cases()) {
      const before = await app.runtime.store.count();
      const r = await app.request(method, path, {
        token: admin(),
        ...(typeof body === 'string' ? { rawBody: body } : body ? { body } : {}),
      });
      const stored = (await app.runtime.store.count()) - before;
      const refused = r.status >= 400 && r.status < 500 && /problem\+json/.test(r.headers.get('content-type') ?? '');
      if (!refused || stored !== 0) {
        failures.push(
          `${method} ${path} ${JSON.stringify(body)?.slice(0, 60)} → ${r.status} stored ${stored} ${JSON.stringify(r.body)?.slice(0, 120)}`,
        );
      }
    }
    expect(failures).toEqual([]);
  });

  it('a DELETE with a body nested 5,000 deep is not a server error (the body is not read)', async () => {
    const r = await app.request('DELETE', `/v1/people/${known[1]}`, { token: admin(), rawBody: `${'['.repeat(5000)}${']'.repeat(5000)}` });
    expect(r.status).toBeLessThan(500);
  });
});
