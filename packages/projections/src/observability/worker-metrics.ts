import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { ProjectionObserver } from './projection-observer';

/**
 * The worker's Prometheus metrics: events projected, duplicates skipped, dead letters,
 * and projection lag (from an event's commit to its read-model change).
 * `clock` is injectable so tests can pin it.
 */
export class WorkerMetrics implements ProjectionObserver {
  readonly projectedTotal: Counter<'outcome'>;
  readonly deadLetters: Counter;
  readonly projectionLag: Histogram;

  constructor(
    readonly registry: Registry = new Registry(),
    private readonly clock: () => number = Date.now,
    options: { defaultMetrics?: boolean } = {},
  ) {
    if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
    this.projectedTotal = new Counter({
      name: 'rapport_events_projected_total',
      help: 'Events handled by the projection worker: applied, or skipped as already processed',
      labelNames: ['outcome'] as const,
      registers: [registry],
    });
    this.deadLetters = new Counter({
      name: 'rapport_dead_letters_total',
      help: 'Messages sent to the dead-letter topic',
      registers: [registry],
    });
    this.projectionLag = new Histogram({
      name: 'rapport_projection_lag_seconds',
      help: 'Time from an event being recorded to its read-model change committing',
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    });
  }

  projected(events: Parameters<ProjectionObserver['projected']>[0], newlyApplied: number): void {
    const now = this.clock();
    for (const event of events) this.projectionLag.observe(Math.max(0, (now - Date.parse(event.recordedAt)) / 1000));
    this.projectedTotal.inc({ outcome: 'applied' }, newlyApplied);
    this.projectedTotal.inc({ outcome: 'duplicate' }, events.length - newlyApplied);
  }

  deadLettered(): void {
    this.deadLetters.inc();
  }
}
