import { describe, expect, it } from 'vitest';
import type { RapportEvent } from '@rapport/contracts';
import { WorkerMetrics } from './worker-metrics';

const recordedAt = '2026-03-01T10:00:00.000Z';
const event = { eventId: 'e', recordedAt } as unknown as RapportEvent;

describe('worker metrics', () => {
  it('measures projection lag from recording to projection and separates duplicates', async () => {
    const metrics = new WorkerMetrics(undefined, () => Date.parse(recordedAt) + 300, { defaultMetrics: false });
    metrics.projected([event, event, event], 2);
    metrics.deadLettered();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/rapport_projection_lag_seconds_bucket\{le="0\.25"\} 0/);
    expect(text).toMatch(/rapport_projection_lag_seconds_bucket\{le="0\.5"\} 3/);
    expect(text).toMatch(/rapport_events_projected_total\{outcome="applied"\} 2/);
    expect(text).toMatch(/rapport_events_projected_total\{outcome="duplicate"\} 1/);
    expect(text).toMatch(/rapport_dead_letters_total 1/);
  });
});
