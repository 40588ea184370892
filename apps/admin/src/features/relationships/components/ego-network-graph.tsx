import { useMemo } from 'react';
import { Alert, Box, ColorSwatch, Group, Text } from '@mantine/core';
import Graph from 'graphology';
import type { RelationshipView } from '@rapport/contracts';
import { useDepartmentColours } from '../../../components/graph/department-colours';
import { useSigmaPicture } from '../../../components/graph/use-sigma-picture';
import { egoLayout } from './ego-layout';

export interface EgoNetworkGraphProps {
  readonly person: { readonly id: string; readonly label: string; readonly department: string | null };
  readonly relationships: readonly RelationshipView[];
  /** Department of a colleague, when known (colours the nodes). */
  readonly departmentOf: (personId: string) => string | null;
  readonly onSelectPerson?: (personId: string) => void;
  readonly height?: number;
}

/** Every colleague named, in a label a little smaller than the map's. */
const egoSettings = { labelRenderedSizeThreshold: 0, labelSize: 12 };

/** The ego network (sigma.js on WebGL): colour = department (the same on every screen), size and closeness = tie strength. */
export function EgoNetworkGraph({ person, relationships, departmentOf, onSelectPerson, height = 420 }: EgoNetworkGraphProps) {
  // Drawn once the department colours have arrived, so it is drawn once, in its final colours.
  const colourOf = useDepartmentColours();
  const nodes = useMemo(() => egoLayout(relationships, departmentOf), [relationships, departmentOf]);
  const shownDepartments = useMemo(
    () => [...new Set([person.department, ...nodes.map((n) => n.department)].filter((d): d is string => d !== null))].sort(),
    [nodes, person.department],
  );
  const graph = useMemo(() => {
    if (!colourOf) return null;
    const graph = new Graph({ type: 'undirected' });
    graph.addNode(person.id, { label: person.label, x: 0, y: 0, size: 18, color: colourOf(person.department), forceLabel: true });
    for (const node of nodes) {
      graph.addNode(node.id, {
        label: node.label,
        x: node.x,
        y: node.y,
        size: 6 + (node.strength / 100) * 14,
        color: colourOf(node.department),
      });
      graph.addEdge(person.id, node.id, {
        size: 0.5 + (node.strength / 100) * 4,
        color: `rgba(90, 100, 125, ${(0.25 + (node.strength / 100) * 0.6).toFixed(2)})`,
      });
    }
    return graph;
  }, [nodes, colourOf, person.id, person.label, person.department]);
  const { container, failure } = useSigmaPicture(graph, egoSettings, (node) => {
    if (node !== person.id) onSelectPerson?.(node);
  });

  if (!colourOf) return <Box h={height} aria-busy="true" />;
  if (failure) {
    return (
      <Alert color="yellow" title="The network graph cannot be drawn in this browser">
        {failure}
      </Alert>
    );
  }
  return (
    <div>
      <Box
        ref={container}
        h={height}
        data-testid="ego-network-graph"
        data-node-count={nodes.length + 1}
        role="img"
        aria-label={`Network of ${person.label}: ${nodes.length} colleagues`}
        style={{ borderRadius: 8, background: 'var(--mantine-color-gray-0)' }}
      />
      <Group gap="md" mt="xs">
        {shownDepartments.map((department) => (
          <Group key={department} gap={6}>
            <ColorSwatch color={colourOf(department)} size={12} />
            <Text size="xs">{department}</Text>
          </Group>
        ))}
      </Group>
    </div>
  );
}
