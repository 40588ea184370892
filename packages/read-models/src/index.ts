export * from './schema';
export * from './project-events';
export * from './relationships.query';
export * from './people.query';
export * from './migrate-read-models';
