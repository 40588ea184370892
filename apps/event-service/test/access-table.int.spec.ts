import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { roles, routes, type RouteContract } from '@rapport/contracts';
import { accessOf, accessTableMarkdown, documentationRoutes } from '../src/openapi/access-table';
import { nestPath } from '../src/http/endpoint.decorator';
import { registerPeople } from './people-fixture';
import { useTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

/**
 * Walks the whole route × role table of docs/privacy.md against the running API:
 * anonymous callers, each role, and participants on their own and on someone else's id.
 */
const { app, admin } = useTestApp(eventService);
let self: string;
let other: string;
/** Whom the erasure route's calls name: erasing `self` would sign out every token that names them for the rows after it. */
let erased: string;
const tokens: Partial<Record<(typeof roles)[number], string>> = {};

beforeAll(async () => {
  [self, other, erased] = (await registerPeople(app, admin(), 3)) as [string, string, string];
  tokens.admin = admin();
  tokens.manager = await app.token('manager', self);
  tokens.participant = await app.token('participant', self);
});

const all = Object.entries(routes) as Array<[string, RouteContract]>;
const pathFor = (route: RouteContract, id: string) => route.path.replace('{id}', id).replace(/\{\w+\}/g, other);
const refusedByGuard = (r: { status: number; body: any }) => r.status === 403 && /role cannot|own data/.test(r.body?.detail ?? '');

describe('the route × role table', () => {
  it('in docs/privacy.md is the one generated from the route registry', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/privacy.md', import.meta.url)), 'utf8');
    expect(doc).toContain(accessTableMarkdown());
  });

  it('covers every route the server answers, and the server answers every route in it', () => {
    const served = servedRoutes(app);
    const declared = all.map(([, r]) => `${r.method.toUpperCase()} ${nestPath(r.path)}`).sort();
    expect(served).toEqual(declared);
  });

  it('lists the API documentation as open, and it is open: no token, and no data in it', async () => {
    for (const { path } of Object.values(documentationRoutes)) {
      expect(accessTableMarkdown()).toContain(`| \`GET ${path}\` | open | open | open |`);
      const r = await fetch(`${app.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(await r.text()).not.toContain(self);
    }
  });

  for (const [name, route] of all) {
    it(`${route.method.toUpperCase()} ${route.path} (${name}) enforces its access rule for every caller`, async () => {
      const call = (token?: string, id = name === 'erasePerson' ? erased : self) =>
        app.request(route.method.toUpperCase(), pathFor(route, id), {
          ...(token ? { token } : {}),
          ...(route.method === 'get' ? {} : { body: {} }),
        });
      const anonymous = await call();
      if (route.access.kind === 'public') expect(anonymous.status).not.toBe(401);
      else expect(anonymous.status).toBe(401);

      for (const role of roles) {
        const rule = accessOf(route, role);
        const r = await call(tokens[role]);
        if (rule === 'no') {
          expect(r.status, `${role} must be refused`).toBe(403);
          expect(refusedByGuard(r)).toBe(true);
        } else {
          expect(r.status, `${role} must get past the guard: ${JSON.stringify(r.body)}`).not.toBe(401);
          expect(refusedByGuard(r), `${role} must get past the guard: ${JSON.stringify(r.body)}`).toBe(false);
        }
        if (rule === 'own only') {
          const someoneElse = await call(tokens[role], other);
          expect(someoneElse.status).toBe(403);
          expect(refusedByGuard(someoneElse)).toBe(true);
        }
      }
    });
  }
});

/**
 * Every API route the express router serves, as `METHOD /path`. The admin app's static
 * files and its single-page fallback are catch-all routes outside the API (no data).
 */
function servedRoutes(testApp: EventServiceTestApp): string[] {
  const instance = testApp.http.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  return instance.router.stack
    .flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : []))
    .filter((r) => !r.includes('*'))
    .sort();
}
