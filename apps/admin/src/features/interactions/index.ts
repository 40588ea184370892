// What other features may use of interactions (docs/architecture.md, "The admin app").
export { LogInteractionPanel, type RecordRequest } from './components/log-interaction-panel';
