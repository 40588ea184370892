import { randomUUID } from 'node:crypto';
import { everyEventProjected } from '@rapport/contracts';
import type { TestApp } from '@rapport/test-support';
import { eventually } from '@rapport/test-support';

export { eventually };

/**
 * Waits until every stored event has been relayed and projected, as the projections'
 * status reports it: then no batch is in flight, and nothing a test reads changes under it.
 */
export async function projectionCaughtUp(app: TestApp, adminToken: string): Promise<void> {
  await eventually(
    () => app.request('GET', '/v1/projections/status', { token: adminToken }),
    (r) => r.body?.lag !== undefined && everyEventProjected(r.body.lag),
  );
}

export function personRequest(overrides: Record<string, unknown> = {}) {
  const personId = randomUUID();
  return {
    personId,
    displayName: `Person ${personId.slice(0, 6)}`,
    email: `${personId.slice(0, 8)}@example.com`,
    department: 'Finance',
    function: 'Controlling',
    location: 'Lisbon',
    seniority: 3,
    expertise: ['budgeting'],
    ...overrides,
  };
}

export async function registerPeople(
  app: TestApp,
  adminToken: string,
  count: number,
  overrides: Record<string, unknown> = {},
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = personRequest(overrides);
    const r = await app.request('POST', '/v1/people', { token: adminToken, body });
    if (r.status !== 201) throw new Error(`registering failed: ${r.status} ${JSON.stringify(r.body)}`);
    ids.push(body.personId);
  }
  return ids;
}

/** The body of a 30-minute in-person one-on-one on 10 March 2026, in their office; `overrides` change any field. */
export const meetingRequest = (initiatorId: string, participantIds: string[], overrides: Record<string, unknown> = {}) => ({
  initiatorId,
  participantIds,
  occurredAt: '2026-03-10T09:00:00Z',
  channel: 'in_person',
  durationMinutes: 30,
  location: 'their_office',
  kind: 'one_on_one',
  ...overrides,
});
