import { z } from 'zod';
import { asOfQuery, commandResult, pageQuery, personIdParams, type Role } from './common';
import { devTokenRequest, devTokenResponse } from './auth';
import {
  listPeopleQuery,
  personView,
  registerPersonRequest,
  registerPersonResponse,
  registerPeopleBatchRequest,
  registerPeopleBatchResponse,
  updateProfileRequest,
} from './people';
import {
  logInteractionBatchRequest,
  logInteractionBatchResponse,
  logInteractionRequest,
  logInteractionResponse,
} from './interactions';
import { networkResponse, relationshipsResponse } from './relationships';
import { personNetworkResponse, structureRunView } from './network';
import { relationshipParams, relationshipResponse, relationshipsQuery } from './relationship-queries';
import { recommendationsQuery, recommendationsResponse } from './recommendations';
import { computeStructureRequest, orgGraphResponse, structureStatusResponse } from './org-graph';
import { eventLogQuery, eventLogResponse } from './event-log';
import {
  correctInteractionRequest,
  counterpartFeedbackRequest,
  confirmInteractionRequest,
  disputeInteractionRequest,
  interactionCommandResult,
  interactionIdParams,
  retractInteractionRequest,
} from './interaction-lifecycle';
import { addTargetRequest, giveHelpRequest, makeIntroductionRequest, sendThankYouNoteRequest, signalResult, targetParams } from './signals';
import { scorecardResponse } from './scorecard';
import { projectionStatusResponse, rebuildRequest, rebuildView } from './projections';
import { cohortRoutes } from './cohort-routes';

/**
 * Who may call a route. `self` means a participant (or a manager, on manager routes) may
 * call it only for their own person id (the `{id}` path parameter); an admin for anyone.
 */
export type Access =
  | { readonly kind: 'public' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly self?: boolean };

export interface RouteContract {
  readonly method: 'get' | 'post' | 'patch' | 'delete';
  /** OpenAPI-style path, e.g. `/v1/people/{id}`. */
  readonly path: string;
  readonly summary: string;
  readonly tag: string;
  readonly access: Access;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  readonly body?: z.ZodType;
  /** Commands accept an Idempotency-Key header. */
  readonly command?: boolean;
  readonly success: {
    readonly status: number;
    readonly schema: z.ZodType;
    readonly description: string;
    /** Media types of the answer when it is not JSON (a report file); default application/json. */
    readonly mediaTypes?: readonly string[];
  };
}

const admin = { kind: 'roles', roles: ['admin'] } as const;
const selfOrAdmin = { kind: 'roles', roles: ['admin', 'participant'], self: true } as const;

/** Every HTTP route of the event-service, in one place: validation, OpenAPI and access rules come from here. */
export const routes = {
  liveness: {
    method: 'get',
    path: '/health/live',
    summary: 'The process is up',
    tag: 'operations',
    access: { kind: 'public' },
    success: { status: 200, schema: z.object({ status: z.literal('ok') }), description: 'Alive' },
  },
  readiness: {
    method: 'get',
    path: '/health/ready',
    summary: 'The store and the transport answer',
    tag: 'operations',
    access: { kind: 'public' },
    success: {
      status: 200,
      schema: z.object({ status: z.enum(['ok', 'unavailable']), checks: z.record(z.string(), z.enum(['ok', 'failing'])) }),
      description: 'Ready (503 with the failing checks when not)',
    },
  },
  metrics: {
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics (expose to the monitoring network only)',
    tag: 'operations',
    access: { kind: 'public' },
    success: { status: 200, schema: z.string(), description: 'Prometheus text exposition format' },
  },
  devToken: {
    method: 'post',
    path: '/v1/auth/dev-token',
    summary: 'Sign in as a demo user (embedded default only: AUTH_MODE=dev)',
    tag: 'auth',
    access: { kind: 'public' },
    body: devTokenRequest,
    success: { status: 201, schema: devTokenResponse, description: 'A signed bearer token' },
  },
  registerPerson: {
    method: 'post',
    path: '/v1/people',
    summary: 'Register a person',
    tag: 'people',
    access: admin,
    body: registerPersonRequest,
    command: true,
    success: { status: 201, schema: registerPersonResponse, description: 'PersonRegistered recorded' },
  },
  registerPeopleBatch: {
    method: 'post',
    path: '/v1/people/batch',
    summary: 'Register up to 1,000 people at once (all or nothing; a manager may be registered in the same batch)',
    tag: 'people',
    access: admin,
    body: registerPeopleBatchRequest,
    command: true,
    success: { status: 201, schema: registerPeopleBatchResponse, description: 'Every person registered' },
  },
  listPeople: {
    method: 'get',
    path: '/v1/people',
    summary: 'List people',
    tag: 'people',
    access: admin,
    query: listPeopleQuery,
    success: { status: 200, schema: z.object({ items: z.array(personView), nextCursor: z.string().nullable() }), description: 'A page of people' },
  },
  getPerson: {
    method: 'get',
    path: '/v1/people/{id}',
    summary: 'A person’s profile',
    tag: 'people',
    access: selfOrAdmin,
    params: personIdParams,
    success: { status: 200, schema: personView, description: 'The person' },
  },
  updateProfile: {
    method: 'patch',
    path: '/v1/people/{id}',
    summary: 'Update a person’s profile (optimistic concurrency: expectedVersion)',
    tag: 'people',
    access: admin,
    params: personIdParams,
    body: updateProfileRequest,
    command: true,
    success: { status: 200, schema: commandResult, description: 'PersonProfileUpdated recorded' },
  },
  erasePerson: {
    method: 'delete',
    path: '/v1/people/{id}',
    summary: 'Erase a person: destroy their data key (crypto-shredding); they remain only as an anonymous node',
    tag: 'people',
    access: admin,
    params: personIdParams,
    command: true,
    success: { status: 200, schema: commandResult, description: 'PersonErased recorded and the key destroyed' },
  },
  logInteraction: {
    method: 'post',
    path: '/v1/interactions',
    summary: 'Log an interaction',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    body: logInteractionRequest,
    command: true,
    success: { status: 201, schema: logInteractionResponse, description: 'InteractionLogged recorded' },
  },
  logInteractionBatch: {
    method: 'post',
    path: '/v1/interactions/batch',
    summary: 'Log up to 1,000 interactions at once (all or nothing)',
    tag: 'interactions',
    access: admin,
    body: logInteractionBatchRequest,
    command: true,
    success: { status: 201, schema: logInteractionBatchResponse, description: 'Every interaction recorded' },
  },
  relationships: {
    method: 'get',
    path: '/v1/people/{id}/relationships',
    summary: 'Every tie of a person with strength, tier and explanation',
    tag: 'relationships',
    access: selfOrAdmin,
    params: personIdParams,
    query: relationshipsQuery,
    success: { status: 200, schema: relationshipsResponse, description: 'A page of relationships (strongest first unless sorted otherwise)' },
  },
  network: {
    method: 'get',
    path: '/v1/people/{id}/network',
    summary: 'A person’s network metrics',
    tag: 'relationships',
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
    tag: 'relationships',
    access: selfOrAdmin,
    params: relationshipParams,
    query: asOfQuery,
    success: { status: 200, schema: relationshipResponse, description: 'Strength, tier and explanation (SPEC §6.2)' },
  },
  recommendations: {
    method: 'get',
    path: '/v1/people/{id}/recommendations',
    summary: 'Well-networked people to meet, with the warm introduction path (SPEC §6.4)',
    tag: 'relationships',
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
  eventLog: {
    method: 'get',
    path: '/v1/events',
    summary: 'The event log in global order (private notes withheld)',
    tag: 'operations',
    access: admin,
    query: eventLogQuery,
    success: { status: 200, schema: eventLogResponse, description: 'A page of events after a global position' },
  },
  correctInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/corrections',
    summary: 'Correct an interaction: the full corrected interaction replaces what was logged (initiator or admin)',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    params: interactionIdParams,
    body: correctInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionCorrected recorded' },
  },
  interactionNote: {
    method: 'get',
    path: '/v1/interactions/{id}/note',
    summary: 'The private note of an interaction: only its author (the initiator) reads it; never an admin or a manager',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['participant'] },
    params: interactionIdParams,
    success: { status: 200, schema: z.object({ interactionId: z.uuid(), note: z.string().nullable() }), description: 'The note, or null when there is none' },
  },
  retractInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/retraction',
    summary: 'Retract an interaction: it never counts again (initiator or admin)',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    params: interactionIdParams,
    body: retractInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionRetracted recorded' },
  },
  confirmInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/confirmation',
    summary: 'Confirm an interaction as a counterpart (a participant other than the initiator)',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    params: interactionIdParams,
    body: confirmInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionConfirmed recorded' },
  },
  disputeInteraction: {
    method: 'post',
    path: '/v1/interactions/{id}/dispute',
    summary: 'Dispute an interaction as a counterpart (a participant other than the initiator)',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    params: interactionIdParams,
    body: disputeInteractionRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'InteractionDisputed recorded' },
  },
  giveCounterpartFeedback: {
    method: 'post',
    path: '/v1/interactions/{id}/feedback',
    summary: 'Say how heard you felt by the initiator, 1–5 (a counterpart, once)',
    tag: 'interactions',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    params: interactionIdParams,
    body: counterpartFeedbackRequest,
    command: true,
    success: { status: 201, schema: interactionCommandResult, description: 'CounterpartFeedbackGiven recorded' },
  },
  giveHelp: {
    method: 'post',
    path: '/v1/help',
    summary: 'Record help given (the giver, or an admin)',
    tag: 'signals',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    body: giveHelpRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'HelpGiven recorded on the giver’s stream' },
  },
  makeIntroduction: {
    method: 'post',
    path: '/v1/introductions',
    summary: 'Record an introduction (the introducer, or an admin)',
    tag: 'signals',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    body: makeIntroductionRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'IntroductionMade recorded on the introducer’s stream' },
  },
  sendThankYouNote: {
    method: 'post',
    path: '/v1/thank-you-notes',
    summary: 'Record a thank-you note (the sender, or an admin)',
    tag: 'signals',
    access: { kind: 'roles', roles: ['admin', 'participant'] },
    body: sendThankYouNoteRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'ThankYouNoteSent recorded on the sender’s stream' },
  },
  addNetworkingTarget: {
    method: 'post',
    path: '/v1/people/{id}/targets',
    summary: 'Put someone on a person’s networking target list',
    tag: 'signals',
    access: selfOrAdmin,
    params: personIdParams,
    body: addTargetRequest,
    command: true,
    success: { status: 201, schema: signalResult, description: 'NetworkingTargetAdded recorded' },
  },
  removeNetworkingTarget: {
    method: 'delete',
    path: '/v1/people/{id}/targets/{targetId}',
    summary: 'Take someone off a person’s networking target list',
    tag: 'signals',
    access: selfOrAdmin,
    params: targetParams,
    command: true,
    success: { status: 200, schema: signalResult, description: 'NetworkingTargetRemoved recorded' },
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
  rebuildProjections: {
    method: 'post',
    path: '/v1/projections/rebuild',
    summary: 'Rebuild every read model beside the live one and switch over when it has caught up',
    tag: 'operations',
    access: admin,
    body: rebuildRequest,
    success: { status: 202, schema: rebuildView, description: 'The rebuild is requested; follow it at /v1/projections/status' },
  },
  projectionStatus: {
    method: 'get',
    path: '/v1/projections/status',
    summary: 'Projection lag, the last projected event and rebuild progress',
    tag: 'operations',
    access: admin,
    success: { status: 200, schema: projectionStatusResponse, description: 'Projection status' },
  },
  ...cohortRoutes,
} as const satisfies Record<string, RouteContract>;

export type RouteName = keyof typeof routes;
