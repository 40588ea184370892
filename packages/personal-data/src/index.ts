export * from './cipher';
export * from './person-keys';
export * from './unsealer';
