export type * from './types';
export { createTransport, type TransportConfig } from './create-transport';
export { createKafkaTransport, type KafkaTransportOptions, type TransportLogLevel } from './kafka-transport';
export { createInProcessTransport, type InProcessTransportOptions } from './in-process-transport';
export { defaultRedeliveryPolicy, type RedeliveryPolicy } from './redelivery';
