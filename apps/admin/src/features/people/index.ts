// What other features may use of people (docs/architecture.md, "The admin app").
export { useDemoDirectory } from './api/demo-directory';
export { peopleKeys } from './api/people-keys';
