import { useEffect, useMemo } from 'react';
import { Alert, Box, ColorSwatch, Group, Text } from '@mantine/core';
import { useDepartmentColours } from '../../../components/graph/department-colours';
import { useSigmaPicture } from '../../../components/graph/use-sigma-picture';
import type { OrgGraphView } from '../api/get-org-graph';
import { boxAround, nodeSizes, orgLayout, sizeMetrics, type SizeMetric } from './org-layout';

export interface OrgMapFilters {
  /** Departments to show; empty = all. */
  readonly departments: readonly string[];
  /** Emphasise brokers and central connectors; fade everyone else. */
  readonly highlightRoles: boolean;
  /** A person to focus: them and their ties, named, the view fitted to them. */
  readonly focus: string | null;
  /** What a node's size shows. */
  readonly sizeBy: SizeMetric;
}

const mutedNode = '#d5d9e0';
/** Labels on a grid so they never overlap; the smallest nodes unnamed until the filters leave room. */
const mapSettings = { labelGridCellSize: 120, labelRenderedSizeThreshold: 7 };
const roleOutline: Record<string, string> = { broker: 'Broker', central_connector: 'Central connector' };

/**
 * The whole organisation's network (sigma.js): colour = department (the same on every
 * screen), size = the chosen metric, lines darker and wider for stronger ties; the view
 * fits whatever the filters leave, and labels stay clear of each other (sigma's label grid).
 */
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
  // Drawn once the department colours have arrived, so it is drawn once, in its final colours.
  const colourOf = useDepartmentColours();
  const graph = useMemo(() => (colourOf ? orgLayout(view, colourOf) : null), [view, colourOf]);
  const { container, renderer, failure } = useSigmaPicture(graph, mapSettings, onSelectPerson);

  useEffect(() => {
    const sigma = renderer.current;
    if (!sigma || !graph) return;
    const sizes = nodeSizes(graph, filters.sizeBy);
    const inDepartment = (id: string) =>
      filters.departments.length === 0 || filters.departments.includes(graph.getNodeAttribute(id, 'department'));
    const focused = filters.focus && graph.hasNode(filters.focus) ? new Set([filters.focus, ...graph.neighbors(filters.focus)]) : null;
    const shown = (id: string) => (focused ? focused.has(id) : inDepartment(id));
    const emphasised = (id: string) => !filters.highlightRoles || graph.getNodeAttribute(id, 'roles').some((role) => role !== 'peripheral');
    sigma.setSetting('nodeReducer', (id, attributes) => {
      const size = sizes.get(id) ?? attributes.size;
      if (!shown(id)) return { ...attributes, hidden: true };
      // The focused person is always named; their colleagues as the label grid leaves room (labels never overlap).
      if (focused)
        return {
          ...attributes,
          size,
          forceLabel: id === filters.focus,
          zIndex: id === filters.focus ? 2 : 1,
          highlighted: id === filters.focus,
        };
      if (!emphasised(id)) return { ...attributes, size, color: mutedNode, label: null, zIndex: 0 };
      return { ...attributes, size: filters.highlightRoles ? size + 3 : size, zIndex: filters.highlightRoles ? 1 : 0 };
    });
    // Fewer people on screen leave room to name more of them.
    sigma.setSetting('labelRenderedSizeThreshold', focused || filters.departments.length > 0 ? 0 : 7);
    sigma.setSetting('edgeReducer', (id, attributes) => {
      const [source, target] = graph.extremities(id);
      const visible = focused ? source === filters.focus || target === filters.focus : shown(source) && shown(target);
      return visible ? attributes : { ...attributes, hidden: true };
    });
    // Fit the view to what is left: the department chosen, or the focused person and their ties.
    const left = graph.filterNodes((id) => shown(id));
    sigma.setCustomBBox(boxAround(graph, left));
    if (container.current) container.current.dataset.shownCount = String(left.length);
    sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    sigma.refresh();
  }, [graph, filters]);

  const shownDepartments = useMemo(() => [...new Set(view.nodes.map((n) => n.department))].sort(), [view]);
  if (!colourOf || !graph) return <Box h={height} aria-busy="true" />;
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
        data-focus={filters.focus ?? ''}
        role="img"
        aria-label={`Organisation network: ${graph.order} people, ${graph.size} active ties`}
        style={{ borderRadius: 8, background: 'var(--mantine-color-gray-0)' }}
      />
      <Group gap="md" mt="xs" aria-label="Colour key" role="list">
        {shownDepartments.map((department) => (
          <Group key={department} gap={6} role="listitem">
            <ColorSwatch color={colourOf(department)} size={12} />
            <Text size="xs">{department}</Text>
          </Group>
        ))}
      </Group>
      <Text size="xs" c="dimmed" mt={6}>
        Size: {sizeMetrics[filters.sizeBy]}. Lines are darker and wider for stronger ties.
      </Text>
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
