import { OperationsScreen } from '../../features/operations/routes/operations-screen';

export function OperationsRoute() {
  return <OperationsScreen />;
}
