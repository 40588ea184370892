export * from './backends';
export * from './test-database';
export * from './service-process';
export * from './production-stack';
export * from './eventually';
export * from './test-app';
export * from './use-test-app';
