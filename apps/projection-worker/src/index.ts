export * from './projection-handler';
export * from './projection-worker';
export * from './rebuild';
export * from './dead-letter';
export * from './structure/structural-job';
export * from './observability/projection-observer';
export * from './observability/worker-metrics';
export * from './observability/worker-http';
