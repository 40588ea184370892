import { createInProcessTransport, type InProcessTransportOptions } from './in-process-transport';
import { createKafkaTransport, type KafkaTransportOptions } from './kafka-transport';
import type { MessageTransport } from './types';

export type TransportConfig =
  ({ readonly kind: 'kafka' } & KafkaTransportOptions) | ({ readonly kind: 'in-process' } & InProcessTransportOptions);

/** Kafka in production (KAFKA_BROKERS set), in memory in the embedded default. */
export function createTransport(config: TransportConfig): MessageTransport {
  switch (config.kind) {
    case 'kafka':
      return createKafkaTransport(config);
    case 'in-process':
      return createInProcessTransport(config);
  }
}
