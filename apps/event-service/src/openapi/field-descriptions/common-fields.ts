import { routes, type RouteContract } from '@rapport/contracts';
import type { FieldDescriptions } from '../describe-fields';

/** What `{id}` names on each family of routes. */
const pathIds = [
  { prefix: '/v1/people/{id}', id: 'The person’s id (a UUID)' },
  { prefix: '/v1/cohorts/{id}', id: 'The cohort’s id (a UUID)' },
  { prefix: '/v1/interactions/{id}', id: 'The interaction’s id (a UUID)' },
  { prefix: '/v1/managers/{id}', id: 'The manager’s person id (a UUID)' },
] as const;

/** On a `self` route, who other than an admin may give only their own id, as the registry says. */
function selfClause(route: RouteContract): string {
  if (route.access.kind !== 'roles' || !route.access.self) return '';
  const callers = route.access.roles.filter((role) => role !== 'admin').map((role) => `a ${role}`);
  return callers.length > 0 ? `; ${callers.join(' or ')} may only give their own` : '';
}

/** `<operation>.path.id` for every route with an `{id}`, from the route registry, so a new route of a family is described too. */
function pathIdDescriptions(): FieldDescriptions {
  const out: Record<string, string> = {};
  for (const [name, route] of Object.entries(routes) as Array<[string, RouteContract]>) {
    const family = pathIds.find(({ prefix }) => route.path.startsWith(prefix));
    if (family) out[`${name}.path.id`] = `${family.id}${selfClause(route)}.`;
  }
  return out;
}

/** Paging, the "as of" instant, what every command answers, and the problem document of every error. */
export const commonFields: FieldDescriptions = {
  ...pathIdDescriptions(),

  'query.limit': 'The most items to return on this page.',
  'query.cursor': 'Where the page starts: the `nextCursor` of the previous page; leave out for the first page.',
  'response.nextCursor': 'Give it as `cursor` to read the next page; null on the last page.',

  'query.asOf':
    'The instant to compute the figures as of (ISO 8601 with an offset); now when omitted. Only events that occurred by then count.',
  'response.asOf': 'The instant the figures are computed as of (ISO 8601).',

  'header.Idempotency-Key':
    'A key of your choosing (up to 200 characters) that makes the command safe to retry: the same key with the same request answers as the first time (with `Idempotent-Replayed: true`) and records nothing twice; with a different request it is a 422.',
  'response.streamId': 'The stream the command’s events were appended to, `<category>-<id>` (e.g. `person-…`, `cohort-…`).',
  'response.streamVersion': 'The stream’s version after this command: what a later change to the same record gives as `expectedVersion`.',
  eventIds: 'The ids of the events the command appended, in order (UUIDv7); a retry with the same `Idempotency-Key` answers the same ids.',
  expectedVersion:
    'The version of the record’s stream you last read (optimistic concurrency): if it has changed since, the command is refused with a 409.',

  'problem.type': 'A stable URI naming the kind of problem (`https://rapport.dev/problems/…`): switch on it, never on the title.',
  'problem.title': 'A short, human-readable summary of the kind of problem; the same for every occurrence.',
  'problem.status': 'The HTTP status code of the answer.',
  'problem.detail': 'What went wrong with this request, in words.',
  'problem.instance': 'The path and query of the request that got this answer.',
  'problem.errors': 'Every invalid field of the request, each with what is wrong with it.',
  'errors.field':
    'The invalid field, as a dotted path into its part of the request (e.g. `participantIds.1`); `(root)` for the part as a whole.',
  'errors.message': 'What is wrong with the field.',
  'problem.errorId': 'Only on a 500: the id the error was logged under, with its stack; quote it to an operator.',
};
