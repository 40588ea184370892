import { useMemo } from 'react';
import { Panel } from '../../components/panel';
import { LogInteractionForm } from '../../features/interactions/components/log-interaction-form';
import { useRelationships } from '../../features/relationships/api/get-relationships';
import type { ColleagueDirectory } from './use-colleague-directory';

/** Log an interaction; colleagues come from the directory, or from existing ties when there is none. */
export function LogInteractionPanel({ personId, directory, asOf }: { personId: string; directory: ColleagueDirectory; asOf: string | undefined }) {
  const ties = useRelationships(personId, asOf);
  const colleagues = useMemo(() => {
    if (directory.people.length > 0) {
      return directory.people.map((p) => ({ value: p.personId, label: `${p.displayName} · ${p.department}` }));
    }
    return (ties.data ?? []).map((t) => ({ value: t.counterpartId, label: t.counterpartName ?? 'Former colleague' }));
  }, [directory.people, ties.data]);
  return (
    <Panel title="Log an interaction" description="A conversation, a coffee, a call: every one strengthens a tie">
      <LogInteractionForm personId={personId} colleagues={colleagues} />
    </Panel>
  );
}
