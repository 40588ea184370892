export * from './envelope';
export * from './streams';
export * from './topics';
export * from './problems';
export * from './events/person-registered.v1';
export * from './events/interaction-logged.v1';
export * from './events/catalogue';
export * from './api/index';
