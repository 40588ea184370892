// What other features may use of signals (docs/architecture.md, "The admin app").
export { SignalForm, type SignalKind } from './components/signal-form';
