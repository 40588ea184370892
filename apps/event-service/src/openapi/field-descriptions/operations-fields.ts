import { fieldsUnder, type FieldDescriptions } from '../describe-fields';

/** Where a rebuild is reported: as the latest one in the status, and as the one just requested. */
const rebuilds = ['rebuild', 'rebuildProjections.response'];

/** Health, sign-in, the event log and projection control (docs/operations.md, docs/events.md, docs/architecture-projections.md). */
export const operationsFields: FieldDescriptions = {
  'liveness.response.status': 'Always `ok`: the process is up.',
  'readiness.response.status': '`ok` when every check passes; `unavailable` (with a 503) when one fails.',
  checks: 'Each dependency checked, the `store` and the `transport`, and whether it answered: `ok` or `failing`.',

  'devToken.body.role': 'The role to sign in with: `admin`, `manager` or `participant`.',
  'devToken.body.personId':
    'The person to sign in as (a registered person’s id); leave out for an account that is nobody in the organisation.',
  token: 'A signed bearer token (JWT): send it as `Authorization: Bearer <token>`.',
  'devToken.response.expiresAt': 'When the token expires, 12 hours after it was issued (ISO 8601).',
  mode: 'How the admin app signs people in: `dev` (the demo sign-in of the embedded default) or `oidc` (the organisation’s identity provider).',
  issuer: 'The identity provider’s issuer URL; its discovery document lives under it.',
  clientId: 'The admin app’s public client id at the provider; null when the service has none configured.',
  scope: 'The scopes the admin app asks the provider for, separated by spaces.',
  resource: 'The resource indicator (RFC 8707) to ask for, so that the access token is issued for this API; null when none is needed.',
  'currentPrincipal.response.role': 'The role the token grants: `admin`, `manager` or `participant`.',
  'currentPrincipal.response.personId':
    'The signed-in person’s id; null when the token names no person (an account that is nobody in the organisation).',
  'currentPrincipal.response.displayName': 'The signed-in person’s name in the directory; null for a token that names no known person.',
  'currentPrincipal.response.expiresAt': 'When the token expires (ISO 8601): the session ends then. Null when the token does not say.',

  'eventLog.query.streamId': 'Only the events of this stream, e.g. `person-<id>` or `interaction-<id>`.',
  'eventLog.query.type': 'Only the events of this type, e.g. `InteractionLogged`.',
  after: 'The global position to start after (excluded); `0`, the default, starts at the beginning of the log.',
  before: 'The global position to stop before (excluded); when omitted, up to the newest event. Pages back when newest first.',
  'eventLog.query.order': '`asc`: oldest first (the default); `desc`: newest first, paging back with `before`.',
  'eventLog.response.items': 'The events on this page, in the order asked for; a private note shows as “(private)”.',
  'eventLog.response.items.eventId': 'The event’s id (UUIDv7, so ids sort by creation time); also the Kafka header `eventId`.',
  'eventLog.response.items.type': 'The event’s type, e.g. `PersonRegistered`; also the Kafka header `type`.',
  schemaVersion: 'The version of the schema of `data` for this type (docs/events.md).',
  'eventLog.response.items.streamId':
    'The stream the event belongs to, `<category>-<entity id>` (e.g. `person-…`); also its Kafka message key.',
  'eventLog.response.items.streamVersion': 'The event’s place in its stream, counting from 1.',
  'eventLog.response.items.occurredAt': 'When it happened in the world (ISO 8601).',
  recordedAt: 'When it was appended to the event store (ISO 8601).',
  'eventLog.response.items.actorId': 'Who caused it: the subject of the token of the request that recorded it.',
  correlationId: 'The request it came from: its `X-Correlation-Id` header, or an id generated for it.',
  causationId: 'The event that caused it, if an event did; otherwise null.',
  'items.globalPosition': 'The event’s position in the store’s global order, as a decimal string (it may exceed 2^53).',
  data: 'The event’s own fields, as its type and schema version define them (docs/events.md); personal text stays sealed.',
  nextAfter: 'Oldest first: give it as `after` to read the next page; null at the end of the log (and when newest first).',
  nextBefore: 'Newest first: give it as `before` to read the next, older page; null at the start of the log (and when oldest first).',

  'rebuildProjections.body.reason':
    'Why the rebuild is asked for, kept with it (up to 200 characters); “requested by an admin” when omitted.',
  liveVersion: 'The projection version the live read models were built with.',
  codeVersion: 'The projection version of the running code; a worker that starts with a newer one rebuilds the read models to it.',
  lag: 'How far the read models are behind the event store.',
  outboxPending: 'Appends committed to the store that the relay has not yet published (outbox rows).',
  consumerLag:
    'Messages on the events topic the projection group has not yet committed; null when the transport cannot tell within a second.',
  eventsInStore: 'Events in the event store.',
  eventsProjected: 'Events the read models have projected.',
  lastProjected: 'The projected event furthest in the log, or null before any event is projected.',
  'lastProjected.eventId': 'The event’s id.',
  'lastProjected.globalPosition': 'The event’s position in the store’s global order, as a decimal string.',
  projectedAt: 'When it was projected (ISO 8601).',
  'projectionStatus.response.rebuild': 'The latest rebuild and its progress, or null when none was ever requested.',

  rebuildId: 'The rebuild’s id (a UUID).',
  state: '`requested` (waiting for a worker), `running`, `switched` (the rebuilt read models are live) or `failed`.',
  ...fieldsUnder(rebuilds, { reason: 'Why the rebuild was asked for.' }),
  projectionVersion: 'The projection version the rebuild builds the read models with.',
  processed: 'Events projected into the rebuilt read models so far.',
  total: 'Events to project: those in the store when the rebuild started, or more if the log grew meanwhile.',
  percent: 'processed / total, in percent.',
  requestedAt: 'When the rebuild was requested (ISO 8601).',
  startedAt: 'When a worker started it (ISO 8601); null while it waits.',
  finishedAt: 'When it switched over or failed (ISO 8601); null until then.',
  error: 'Why it failed; null unless it did.',
};
