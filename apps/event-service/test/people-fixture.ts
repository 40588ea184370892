import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

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

export async function registerPeople(app: TestApp, adminToken: string, count: number, overrides: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const body = personRequest(overrides);
    const r = await app.request('POST', '/v1/people', { token: adminToken, body });
    if (r.status !== 201) throw new Error(`registering failed: ${r.status} ${JSON.stringify(r.body)}`);
    ids.push(body.personId);
  }
  return ids;
}

/** Polls until the projection shows what the check wants (read models are eventually consistent). */
export async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
