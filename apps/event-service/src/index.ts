export * from './create-app';
export * from './open-runtime';
export * from './runtime';
