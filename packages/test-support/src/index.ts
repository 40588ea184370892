export * from './backends';
export * from './test-database';
