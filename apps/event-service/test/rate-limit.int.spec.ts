import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

const LIMIT = 8;
let app: EventServiceTestApp;
let person: string;
let asAdmin: string;
let asManager: string;
let other: string;

beforeAll(async () => {
  app = await startTestApp(eventService, { env: { RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  // Tokens are minted first: minting is anonymous and counts against the address.
  person = randomUUID();
  asAdmin = await app.token('admin', person);
  asManager = await app.token('manager', person); // another token, the same subject
  other = await app.token('admin', randomUUID());
});
afterAll(() => app?.close());

const statusesOf = async (authorizations: readonly string[]) => {
  const statuses: number[] = [];
  for (const authorization of authorizations)
    statuses.push((await app.request('GET', '/v1/people?limit=1', { headers: { authorization } })).status);
  return statuses;
};

describe('rate limit (counted per verified subject, per address otherwise)', () => {
  it('counts every token of one person against one budget', async () => {
    const statuses = await statusesOf(Array.from({ length: LIMIT + 2 }, (_, i) => `Bearer ${i % 2 ? asAdmin : asManager}`));
    expect(statuses.filter((s) => s !== 429)).toHaveLength(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual([429, 429]);
    // Someone else keeps their own budget.
    expect(await statusesOf([`Bearer ${other}`])).toEqual([200]);
  });

  it('refuses a padded header or another scheme spelling as unauthenticated, never as another budget', async () => {
    // (Spaces after the token are not part of an HTTP header's value: they never reach the service.)
    const padded = await statusesOf([`Bearer  ${other}`, `Bearer ${' '.repeat(39)}${other}`, `Bearer\t${other}`, `Basic ${other}`]);
    expect(padded.every((s) => s === 401 || s === 429)).toBe(true);
    // The scheme is case-insensitive (RFC 6750).
    expect(await statusesOf([`bearer ${other}`])).toEqual([200]);
  });

  it('counts random invalid tokens against the client address', async () => {
    const statuses = await statusesOf(Array.from({ length: LIMIT + 4 }, () => `Bearer x${randomUUID()}`));
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 429).length).toBeLessThanOrEqual(LIMIT);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });
});
