import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, ColorSwatch, Group, Text } from '@mantine/core';
import Sigma from 'sigma';
import { departmentPalette, unknownDepartmentColour } from '../../../components/graph/department-palette';
import type { OrgGraphView } from '../api/get-org-graph';
import { orgLayout, type OrgNodeAttributes } from './org-layout';

export interface OrgMapFilters {
  /** Departments to show; empty = all. */
  readonly departments: readonly string[];
  /** Emphasise brokers and central connectors; fade everyone else. */
  readonly highlightRoles: boolean;
}

const mutedNode = '#d5d9e0';
const roleOutline: Record<string, string> = { broker: 'Broker', central_connector: 'Central connector' };

/** The whole organisation's network (sigma.js): colour = department, size = PageRank. */
export function OrgNetworkMap({
  view,
  filters,
  onSelectPerson,
  height = 620,
}: {
  view: OrgGraphView;
  filters: OrgMapFilters;
  onSelectPerson?: (personId: string) => void;
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const colours = useMemo(() => departmentPalette(view.nodes.map((n) => n.department)), [view]);
  const graph = useMemo(() => orgLayout(view, (d) => colours.get(d) ?? unknownDepartmentColour), [view, colours]);

  useEffect(() => {
    if (!container.current) return;
    const shown = (id: string) =>
      filters.departments.length === 0 || filters.departments.includes(graph.getNodeAttribute(id, 'department'));
    const emphasised = (id: string) => !filters.highlightRoles || graph.getNodeAttribute(id, 'roles').some((role) => role !== 'peripheral');
    let renderer: Sigma<OrgNodeAttributes> | null = null;
    try {
      const sigma = new Sigma<OrgNodeAttributes>(graph, container.current, {
        labelDensity: 0.25,
        labelRenderedSizeThreshold: 9,
        labelFont: 'Inter, system-ui, sans-serif',
        defaultEdgeColor: 'rgba(110, 120, 140, 0.25)',
        nodeReducer: (id, attributes) => {
          if (!shown(id)) return { ...attributes, hidden: true };
          if (!emphasised(id)) return { ...attributes, color: mutedNode, label: null, zIndex: 0 };
          return filters.highlightRoles ? { ...attributes, forceLabel: true, zIndex: 1, size: attributes.size + 3 } : attributes;
        },
        edgeReducer: (id, attributes) => {
          const [source, target] = graph.extremities(id);
          return shown(source) && shown(target) ? attributes : { ...attributes, hidden: true };
        },
        zIndex: true,
      });
      sigma.on('clickNode', ({ node }) => onSelectPerson?.(node));
      renderer = sigma;
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    return () => renderer?.kill();
  }, [graph, filters, onSelectPerson]);

  if (failure)
    return (
      <Alert color="yellow" title="The organisation map cannot be drawn in this browser">
        {failure}
      </Alert>
    );
  const highlighted = view.nodes.filter((n) => n.metrics.roles.some((r) => r !== 'peripheral'));
  return (
    <div>
      <Box
        ref={container}
        h={height}
        data-testid="org-network-map"
        data-node-count={graph.order}
        role="img"
        aria-label={`Organisation network: ${graph.order} people, ${graph.size} active ties`}
        style={{ borderRadius: 8, background: 'var(--mantine-color-gray-0)' }}
      />
      <Group gap="md" mt="xs">
        {[...colours].map(([department, colour]) => (
          <Group key={department} gap={6}>
            <ColorSwatch color={colour} size={12} />
            <Text size="xs">{department}</Text>
          </Group>
        ))}
      </Group>
      {filters.highlightRoles ? (
        <Text size="xs" c="dimmed" mt={6}>
          Highlighted:{' '}
          {highlighted
            .map(
              (n) =>
                `${n.displayName} (${n.metrics.roles
                  .filter((r) => r !== 'peripheral')
                  .map((r) => roleOutline[r] ?? r)
                  .join(', ')})`,
            )
            .join('; ') || 'nobody stands out yet'}
        </Text>
      ) : null}
    </div>
  );
}
