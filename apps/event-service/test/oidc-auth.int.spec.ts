import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type CryptoKey } from 'jose';
import { problemTypes } from '@rapport/contracts';
import { personRequest } from './people-fixture';
import { startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from './event-service';

/**
 * Production sign-in: tokens from an OIDC provider, verified against its JWKS. A real
 * RSA key signs them and a local HTTP server publishes the key set.
 */
const issuer = 'https://id.example.test/realms/rapport';
const audience = 'rapport-api';
const jwks: { keys: JWK[] } = { keys: [] };
let jwksFetches = 0;
let server: http.Server;
let app: EventServiceTestApp;
let firstKey: CryptoKey;

async function newSigningKey(kid: string): Promise<CryptoKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  jwks.keys.push({ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' });
  return privateKey;
}

function token(
  key: CryptoKey,
  kid: string,
  claims: Record<string, unknown>,
  options: { exp?: number; iat?: number; iss?: string; aud?: string } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid })
    .setSubject('user-1')
    .setIssuer(options.iss ?? issuer)
    .setAudience(options.aud ?? audience)
    .setIssuedAt(options.iat ?? now)
    .setExpirationTime(options.exp ?? now + 600)
    .sign(key);
}

beforeAll(async () => {
  firstKey = await newSigningKey('key-1');
  server = http.createServer((_req, res) => {
    jwksFetches++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  app = await startTestApp(eventService, {
    env: {
      AUTH_MODE: 'oidc',
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: audience,
      AUTH_JWKS_URL: `http://127.0.0.1:${port}/protocol/openid-connect/certs`,
      AUTH_JWKS_COOLDOWN_SECONDS: '0',
      AUTH_ROLE_CLAIM: 'realm_access.roles',
      AUTH_PERSON_CLAIM: 'rapport_person_id',
    },
  });
});
afterAll(async () => {
  await app?.close();
  server?.close();
});

const listPeople = (bearer: string) => app.request('GET', '/v1/people?limit=1', { token: bearer });

describe('sign-in with an OIDC provider', () => {
  it('accepts a token signed by the provider’s key, taking the most privileged role from a list claim', async () => {
    const bearer = await token(firstKey, 'key-1', { realm_access: { roles: ['offline_access', 'participant', 'admin'] } });
    expect((await listPeople(bearer)).status).toBe(200);
  });

  it('refuses expired tokens, other audiences and other issuers with 401', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    const admin = { realm_access: { roles: ['admin'] } };
    for (const bearer of [
      await token(firstKey, 'key-1', admin, { iat: past - 600, exp: past }),
      await token(firstKey, 'key-1', admin, { aud: 'another-api' }),
      await token(firstKey, 'key-1', admin, { iss: 'https://evil.example.test' }),
    ]) {
      const r = await listPeople(bearer);
      expect(r.status).toBe(401);
      expect(r.body.type).toBe(problemTypes.unauthenticated);
    }
  });

  it('tolerates a minute of clock skew on expiry', async () => {
    const justExpired = Math.floor(Date.now() / 1000) - 20;
    const bearer = await token(firstKey, 'key-1', { realm_access: { roles: ['admin'] } }, { iat: justExpired - 600, exp: justExpired });
    expect((await listPeople(bearer)).status).toBe(200);
  });

  it('refuses a token signed by a key the provider never published', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const r = await listPeople(await token(privateKey, 'key-1', { realm_access: { roles: ['admin'] } }));
    expect(r.status).toBe(401);
  });

  it('refuses a valid token that grants no Rapport role', async () => {
    const r = await listPeople(await token(firstKey, 'key-1', { realm_access: { roles: ['offline_access'] } }));
    expect(r.status).toBe(401);
  });

  it('picks up a rotated key without a restart', async () => {
    const fetchesBefore = jwksFetches;
    const secondKey = await newSigningKey('key-2');
    const bearer = await token(secondKey, 'key-2', { realm_access: { roles: ['admin'] } });
    expect((await listPeople(bearer)).status).toBe(200);
    expect(jwksFetches).toBeGreaterThan(fetchesBefore);
  });

  it('maps the person claim so a participant reaches only their own data', async () => {
    const admin = await token(firstKey, 'key-1', { realm_access: { roles: ['admin'] } });
    const person = personRequest();
    expect((await app.request('POST', '/v1/people', { token: admin, body: person })).status).toBe(201);
    const participant = await token(firstKey, 'key-1', { realm_access: { roles: ['participant'] }, rapport_person_id: person.personId });
    expect((await app.request('GET', `/v1/people/${person.personId}`, { token: participant })).status).toBe(200);
    expect((await listPeople(participant)).status).toBe(403);
  });

  it('refuses the dev sign-in outside AUTH_MODE=dev', async () => {
    const r = await app.request('POST', '/v1/auth/dev-token', { body: { role: 'admin' } });
    expect(r.status).toBe(404);
    expect(r.body.type).toBe(problemTypes.devSignInDisabled);
  });
});
