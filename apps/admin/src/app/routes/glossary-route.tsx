import { GlossaryScreen } from '../../features/glossary/routes/glossary-screen';

export function GlossaryRoute() {
  return <GlossaryScreen />;
}
