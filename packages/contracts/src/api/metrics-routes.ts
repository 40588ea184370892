import { asOfQuery, personIdParams } from './common';
import { relationshipsResponse } from './relationships';
import { personNetworkResponse, structureRunView } from './network';
import { relationshipParams, relationshipResponse, relationshipsQuery } from './relationship-queries';
import { recommendationsQuery, recommendationsResponse } from './recommendations';
import { computeStructureRequest, orgGraphResponse, structureStatusResponse } from './org-graph';
import { scorecardResponse } from './scorecard';
import { admin, capabilityRoutes, selfOrAdmin } from './route-contract';

/** Relationships, network metrics, structure, recommendations and the habit scorecard. */
export const metricsRoutes = capabilityRoutes('relationships', {
  relationships: {
    method: 'get',
    path: '/v1/people/{id}/relationships',
    summary: 'Every tie of a person with strength, tier and explanation',
    access: selfOrAdmin,
    params: personIdParams,
    query: relationshipsQuery,
    success: {
      status: 200,
      schema: relationshipsResponse,
      description: 'A page of relationships (strongest first unless sorted otherwise)',
    },
  },
  network: {
    method: 'get',
    path: '/v1/people/{id}/network',
    summary: 'A person’s network metrics',
    access: selfOrAdmin,
    params: personIdParams,
    query: asOfQuery,
    success: {
      status: 200,
      schema: personNetworkResponse,
      description: 'Size, strong ties, support system, cross-boundary ties, diversity, expertise coverage and structure (SPEC §6.3)',
    },
  },
  relationship: {
    method: 'get',
    path: '/v1/people/{id}/relationships/{otherId}',
    summary: 'One tie of a person, explained',
    access: selfOrAdmin,
    params: relationshipParams,
    query: asOfQuery,
    success: { status: 200, schema: relationshipResponse, description: 'Strength, tier and explanation (SPEC §6.2)' },
  },
  recommendations: {
    method: 'get',
    path: '/v1/people/{id}/recommendations',
    summary: 'Well-networked people to meet, with the warm introduction path (SPEC §6.4)',
    access: selfOrAdmin,
    params: personIdParams,
    query: recommendationsQuery,
    success: { status: 200, schema: recommendationsResponse, description: 'Recommendations, best first, each explained' },
  },
  orgGraph: {
    method: 'get',
    path: '/v1/org/graph',
    summary: 'The organisation’s active-tie graph: people with attributes and structural metrics, ties with strength',
    tag: 'organisation',
    access: admin,
    query: asOfQuery,
    success: { status: 200, schema: orgGraphResponse, description: 'Nodes and edges as of the instant' },
  },
  structureStatus: {
    method: 'get',
    path: '/v1/org/structure',
    summary: 'When the organisation’s network structure was last computed, and for which instant',
    tag: 'organisation',
    access: admin,
    success: { status: 200, schema: structureStatusResponse, description: 'The latest current structural run, or null' },
  },
  computeStructure: {
    method: 'post',
    path: '/v1/org/structure/runs',
    summary: 'Compute the network structure now (as of now or of asOf), outside the schedule',
    tag: 'organisation',
    access: admin,
    body: computeStructureRequest,
    success: { status: 201, schema: structureRunView, description: 'The stored run' },
  },
  scorecard: {
    method: 'get',
    path: '/v1/people/{id}/scorecard',
    summary: 'A person’s habit scorecard (SPEC §6.5)',
    tag: 'habits',
    access: selfOrAdmin,
    params: personIdParams,
    query: asOfQuery,
    success: { status: 200, schema: scorecardResponse, description: 'Each habit 0–100 or null, with what it was computed from' },
  },
});
