import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { OutboxRelay, RelayLag } from '@rapport/event-store';
import type { MessageTransport } from '@rapport/messaging';

export interface LagSources {
  readonly relay: OutboxRelay | null;
  readonly transport: MessageTransport;
  readonly projectionGroupId: string;
}

/**
 * The event-service's Prometheus metrics: request rates and latencies, append rate,
 * relay lag and the projection group's consumer lag per partition (read at scrape time).
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'rapport_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'rapport_http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'rapport_events_appended_total',
    help: 'Events appended to the store, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });

  constructor(private lagSources: LagSources | null = null) {
    collectDefaultMetrics({ register: this.registry });
    // Read at scrape time: the relay and transport are attached after construction.
    const sources = () => this.lagSources;
    // The relay's gauges are left as they were while there is no relay or it cannot say.
    const relayGauge = (name: string, help: string, valueOf: (lag: RelayLag) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        async collect() {
          const lag = await sources()
            ?.relay?.lag()
            .catch(() => null);
          if (lag) this.set(valueOf(lag));
        },
      });
    relayGauge('rapport_relay_pending_events', 'Committed events not yet published to the transport (outbox size)', (lag) => lag.pending);
    relayGauge('rapport_relay_lag_seconds', 'Age of the oldest committed event not yet published', (lag) =>
      lag.oldestRecordedAt ? Math.max(0, (Date.now() - Date.parse(lag.oldestRecordedAt)) / 1000) : 0,
    );
    new Gauge({
      name: 'rapport_consumer_lag_messages',
      help: 'Messages on rapport.events not yet committed by the projection group, per partition',
      labelNames: ['partition'] as const,
      registers: [this.registry],
      async collect() {
        const lagSources = sources();
        if (!lagSources) return;
        const lag = await lagSources.transport.lag(lagSources.projectionGroupId, lagSources.transport.topics.events).catch(() => []);
        this.reset();
        for (const p of lag) this.set({ partition: String(p.partition) }, p.lag);
      },
    });
  }

  /** The relay and transport exist after the metrics (the store reports appends to them). */
  watch(lagSources: LagSources): void {
    this.lagSources = lagSources;
  }
}
