export * from './projection-handler';
export * from './projection-worker';
export * from './rebuild';
export * from './dead-letter';
