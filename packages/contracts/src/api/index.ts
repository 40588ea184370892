export * from './common';
export * from './auth';
export * from './people';
export * from './interactions';
export * from './relationships';
export * from './routes';
