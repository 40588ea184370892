import { describe, expect, it } from 'vitest';
import { interactionStream } from '@rapport/contracts';
import { registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService } from './event-service';

const { app, admin } = useTestApp(eventService);

async function metricsText(): Promise<string> {
  const response = await fetch(`${app.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/text\/plain/);
  return response.text();
}

describe('observability', () => {
  it('exposes request rates by route template, append counts and relay lag to Prometheus', async () => {
    const [ana, ben] = await registerPeople(app, admin(), 2);
    await app.request('GET', `/v1/people/${ana}`, { token: admin() });
    const text = await metricsText();
    expect(text).toMatch(/rapport_http_requests_total\{method="GET",route="\/v1\/people\/:id",status="200"\} 1/);
    expect(text).toMatch(/rapport_http_request_duration_seconds_bucket\{le="0\.1",method="POST",route="\/v1\/people"\}/);
    expect(text).toMatch(/rapport_events_appended_total\{type="PersonRegistered"\} 2/);
    expect(text).toMatch(/rapport_relay_pending_events \d+/);
    expect(text).toMatch(/rapport_consumer_lag_messages\{partition="0"\} \d+/);
    expect(ben).toBeTruthy();
  });

  it('echoes the caller’s correlation id and records it on the events the request causes', async () => {
    const [ana, ben] = await registerPeople(app, admin(), 2);
    const r = await app.request('POST', '/v1/interactions', {
      token: admin(),
      headers: { 'X-Correlation-Id': 'onboarding-import-42' },
      body: { initiatorId: ana, participantIds: [ana, ben], occurredAt: '2026-02-01T10:00:00Z', channel: 'call', kind: 'other' },
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('x-correlation-id')).toBe('onboarding-import-42');
    const [event] = await app.runtime.store.readStream(interactionStream(r.body.interactionId));
    expect(event!.correlationId).toBe('onboarding-import-42');
  });

  it('gives every request a correlation id when the caller sends none', async () => {
    const r = await app.request('GET', '/health/live');
    expect(r.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
