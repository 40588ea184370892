import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemTypes } from '@rapport/contracts';
import { startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

let app: EventServiceTestApp;

beforeAll(async () => {
  app = await startTestApp(eventService, { env: { RATE_LIMIT_PER_MINUTE: '8', CORS_ORIGINS: 'https://admin.example.com' } });
});
afterAll(() => app?.close());

describe('HTTP hardening', () => {
  it('sends security headers and hides the framework', async () => {
    const r = await app.request('GET', '/health/live');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(r.headers.get('strict-transport-security')).toBeTruthy();
    expect(r.headers.get('x-powered-by')).toBeNull();
  });

  it('lets no cache keep an answer of the API (personal data), and computes no entity tag for one', async () => {
    const token = await app.token('admin');
    const r = await app.request('GET', '/v1/people?limit=1', { token });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('etag')).toBeNull();
  });

  it('allows cross-origin calls only from the configured origins', async () => {
    const allowed = await fetch(`${app.url}/health/live`, { headers: { origin: 'https://admin.example.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    const other = await fetch(`${app.url}/health/live`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a body over the size limit with 413 problem+json', async () => {
    const token = await app.token('admin');
    const r = await app.request('POST', '/v1/interactions', { token, rawBody: JSON.stringify({ note: 'x'.repeat(3_000_000) }) });
    expect(r.status).toBe(413);
    expect(r.body.type).toBe(problemTypes.payloadTooLarge);
  });

  it('never answers with a stack trace', async () => {
    const token = await app.token('admin');
    const r = await app.request('GET', '/v1/people/not-a-uuid', { token });
    expect(JSON.stringify(r.body)).not.toMatch(/\bat .*\.ts:\d+/);
  });

  // Last: it spends the admin's budget.
  it('answers 429 with Retry-After once a token exceeds its rate, without affecting other tokens', async () => {
    const busy = await app.token('admin');
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<EventServiceTestApp['request']>> | undefined;
    for (let i = 0; i < 12; i++) {
      const r = await app.request('GET', '/v1/people?limit=1', { token: busy });
      statuses.push(r.status);
      if (r.status === 429) limited ??= r;
    }
    expect(statuses).toContain(429);
    expect(limited!.body.type).toBe(problemTypes.rateLimited);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    const other = await app.token('manager');
    expect((await app.request('GET', '/v1/people?limit=1', { token: other })).status).toBe(403);
  });
});
