import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { OrgGraphView } from '../api/get-org-graph';

export type NodeRole = 'central_connector' | 'broker' | 'peripheral';

export interface OrgNodeAttributes {
  label: string;
  department: string;
  roles: readonly NodeRole[];
  pageRankPercentile: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

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
    graph.addNode(node.personId, {
      label: node.displayName,
      department: node.department,
      roles: node.metrics.roles,
      pageRankPercentile: node.metrics.pageRankPercentile,
      x: Math.cos(arc + jitter * 0.6) * (10 + jitter * 4),
      y: Math.sin(arc + jitter * 0.6) * (10 + jitter * 4),
      size: 4 + (node.metrics.pageRankPercentile / 100) * 10,
      color: colourOf(node.department),
    });
  });
  for (const edge of view.edges) {
    if (graph.hasNode(edge.source) && graph.hasNode(edge.target) && !graph.hasEdge(edge.source, edge.target)) {
      graph.addEdge(edge.source, edge.target, { weight: edge.strength / 100, size: 0.3 + (edge.strength / 100) * 2.5 });
    }
  }
  if (graph.order > 1) {
    const settings = forceAtlas2.inferSettings(graph);
    // Iterations scale down with size so large organisations still lay out in well under a second.
    forceAtlas2.assign(graph, { iterations: graph.order > 2000 ? 50 : 300, settings: { ...settings, edgeWeightInfluence: 1, gravity: 1 } });
  }
  return graph;
}
