import { z } from 'zod';
import { devTokenRequest, devTokenResponse, signedInPrincipal, signInConfig } from './auth';
import { eventLogQuery, eventLogResponse } from './event-log';
import { projectionStatusResponse, rebuildRequest, rebuildView } from './projections';
import { admin, capabilityRoutes } from './route-contract';

/** Health, metrics, sign-in, the event log and projection control. */
export const operationsRoutes = capabilityRoutes('operations', {
  liveness: {
    method: 'get',
    path: '/health/live',
    summary: 'The process is up',
    access: { kind: 'public' },
    success: { status: 200, schema: z.object({ status: z.literal('ok') }), description: 'Alive' },
  },
  readiness: {
    method: 'get',
    path: '/health/ready',
    summary: 'The store and the transport answer',
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
  signInConfig: {
    method: 'get',
    path: '/v1/auth/config',
    summary: 'How the admin app signs people in: demo sign-in or the organisation’s OIDC provider',
    tag: 'auth',
    access: { kind: 'public' },
    success: { status: 200, schema: signInConfig, description: 'The public sign-in settings (nothing secret)' },
  },
  currentPrincipal: {
    method: 'get',
    path: '/v1/auth/me',
    summary: 'Who the bearer token signs in: role, person and when the session ends',
    tag: 'auth',
    access: { kind: 'roles', roles: ['admin', 'manager', 'participant'] },
    success: { status: 200, schema: signedInPrincipal, description: 'The signed-in principal' },
  },
  eventLog: {
    method: 'get',
    path: '/v1/events',
    summary: 'The event log, oldest or newest first (private notes withheld)',
    access: admin,
    query: eventLogQuery,
    success: {
      status: 200,
      schema: eventLogResponse,
      description: 'A page of events after (oldest first) or before (newest first) a global position',
    },
  },
  rebuildProjections: {
    method: 'post',
    path: '/v1/projections/rebuild',
    summary: 'Rebuild every read model beside the live one and switch over when it has caught up',
    access: admin,
    body: rebuildRequest,
    success: { status: 202, schema: rebuildView, description: 'The rebuild is requested; follow it at /v1/projections/status' },
  },
  projectionStatus: {
    method: 'get',
    path: '/v1/projections/status',
    summary: 'Projection lag, the last projected event and rebuild progress',
    access: admin,
    success: { status: 200, schema: projectionStatusResponse, description: 'Projection status' },
  },
});
