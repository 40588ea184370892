// What other features may use of relationships (docs/architecture.md, "The admin app").
export { useNetwork } from './api/get-network';
export { useRelationships } from './api/get-relationships';
export { NetworkPanels, RelationshipsPanel } from './components/network-panels';
