export * from './edges';
