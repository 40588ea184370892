export * from './env-schema';
export * from './service-config';
