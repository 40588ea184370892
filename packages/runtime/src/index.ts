export * from './edges';
export * from './process';
export * from './read-model-jobs';
