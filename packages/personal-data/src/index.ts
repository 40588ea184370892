export * from './cipher';
export * from './person-keys';
export * from './unsealer';
export * from './sealed-personal-data';
export * from './master-key';
export * from './blind-index';
export * from './kept-text';
