export * from './activity';
export * from './cohorts';
export * from './people';
export * from './synthetic-organisation';
