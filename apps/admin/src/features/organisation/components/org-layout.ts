import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { OrgGraphView } from '../api/get-org-graph';

export type NodeRole = 'central_connector' | 'broker' | 'peripheral';

/** The metrics a node's size can show, in the map's "Size by" choice. */
export const sizeMetrics = {
  pageRankPercentile: 'How well networked (PageRank percentile)',
  betweenness: 'Brokerage (betweenness)',
  effectiveSize: 'Effective size',
  degree: 'Active ties',
  twoStepReach: 'Two-step reach',
} as const;
export type SizeMetric = keyof typeof sizeMetrics;

export interface OrgNodeAttributes {
  label: string;
  department: string;
  roles: readonly NodeRole[];
  metrics: Record<SizeMetric, number>;
  x: number;
  y: number;
  size: number;
  color: string;
}

/** A tie's line: darker and wider as it is stronger, visible on the map's light background. */
export const edgeStyle = (strength: number) => ({
  size: 0.6 + (strength / 100) * 3,
  color: `rgba(52, 58, 64, ${(0.35 + (strength / 100) * 0.5).toFixed(2)})`,
});

/**
 * The organisation as a graphology graph laid out by ForceAtlas2: departments start on
 * their own arc (a deterministic, readable start), then ties pull people together.
 */
export function orgLayout(view: OrgGraphView, colourOf: (department: string) => string): Graph<OrgNodeAttributes> {
  const graph = new Graph<OrgNodeAttributes>({ type: 'undirected' });
  const departments = [...new Set(view.nodes.map((n) => n.department))].sort();
  view.nodes.forEach((node, index) => {
    const arc = (2 * Math.PI * departments.indexOf(node.department)) / Math.max(departments.length, 1);
    const jitter = ((index * 37) % 100) / 100;
    const m = node.metrics;
    graph.addNode(node.personId, {
      label: node.displayName,
      department: node.department,
      roles: m.roles,
      metrics: {
        pageRankPercentile: m.pageRankPercentile,
        betweenness: m.betweenness,
        effectiveSize: m.effectiveSize ?? 0,
        degree: m.degree,
        twoStepReach: m.twoStepReach,
      },
      x: Math.cos(arc + jitter * 0.6) * (10 + jitter * 4),
      y: Math.sin(arc + jitter * 0.6) * (10 + jitter * 4),
      size: 4 + (m.pageRankPercentile / 100) * 10,
      color: colourOf(node.department),
    });
  });
  for (const edge of view.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.source, edge.target)) {
      graph.addEdge(edge.source, edge.target, { weight: edge.strength / 100, ...edgeStyle(edge.strength) });
    }
  }
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    // Iterations scale down with size so large organisations still lay out in well under a second.
    forceAtlas2.assign(graph, { iterations: graph.order > 2000 ? 50 : 300, settings: { ...settings, edgeWeightInfluence: 1, gravity: 1 } });
  }
  return graph;
}

/** Node sizes from 3 to 16 pixels, in proportion to the chosen metric between its smallest and largest value. */
export function nodeSizes(graph: Graph<OrgNodeAttributes>, metric: SizeMetric): Map<string, number> {
  const values = graph.mapNodes((id, a) => [id, a.metrics[metric]] as const);
  const low = Math.min(...values.map(([, v]) => v));
  const high = Math.max(...values.map(([, v]) => v));
  return new Map(values.map(([id, v]) => [id, high > low ? 3 + ((v - low) / (high - low)) * 13 : 6]));
}

/** The box around these nodes in graph coordinates (padded, never empty): what the view fits to. */
export function boxAround(graph: Graph<OrgNodeAttributes>, ids: Iterable<string>): { x: [number, number]; y: [number, number] } | null {
  let box: { x: [number, number]; y: [number, number] } | null = null;
  for (const id of ids) {
    const { x, y } = graph.getNodeAttributes(id);
    box = box
      ? { x: [Math.min(box.x[0], x), Math.max(box.x[1], x)], y: [Math.min(box.y[0], y), Math.max(box.y[1], y)] }
      : { x: [x, x], y: [y, y] };
  }
  if (!box) return null;
  const pad = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0], 4) * 0.08;
  return { x: [box.x[0] - pad, box.x[1] + pad], y: [box.y[0] - pad, box.y[1] + pad] };
}
