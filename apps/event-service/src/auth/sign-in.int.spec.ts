import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { loadServiceConfig } from '@rapport/config';
import { signedInPrincipal, signInConfig } from '@rapport/contracts';
import { eventually, personRequest } from '../../test/people-fixture';
import { signInOrigins } from './sign-in-config';
import { startTestApp } from '@rapport/test-support';
import { eventService, type EventServiceTestApp } from '../../test/event-service';

const oidcEnv = {
  AUTH_MODE: 'oidc',
  AUTH_ISSUER: 'https://id.example.test/tenant',
  AUTH_AUDIENCE: 'urn:rapport:api',
  AUTH_JWKS_URL: 'https://id.example.test/jwks',
};

describe('sign-in settings published for the admin app', () => {
  let app: EventServiceTestApp;
  beforeAll(async () => {
    app = await startTestApp(eventService);
  });
  afterAll(async () => app?.close());

  it('tells the admin app to use the demo sign-in in the embedded default, without a token', async () => {
    const r = await app.request('GET', '/v1/auth/config');
    expect(r.status).toBe(200);
    expect(signInConfig.parse(r.body)).toEqual({ mode: 'dev' });
  });

  it('says who a token signs in: role, person, their name and when the session ends', async () => {
    const admin = await app.token('admin');
    const person = personRequest({ displayName: 'Grace Hopper' });
    expect((await app.request('POST', '/v1/people', { token: admin, body: person })).status).toBe(201);
    await eventually(
      () => app.request('GET', `/v1/people/${person.personId}`, { token: admin }),
      (r) => r.status === 200,
    );

    const r = await app.request('GET', '/v1/auth/me', { token: await app.token('participant', person.personId) });
    expect(r.status).toBe(200);
    const principal = signedInPrincipal.parse(r.body);
    expect(principal).toMatchObject({ role: 'participant', personId: person.personId, displayName: 'Grace Hopper' });
    expect(Date.parse(principal.expiresAt!)).toBeGreaterThan(Date.now() + 11 * 3600_000);

    expect((await app.request('GET', '/v1/auth/me', { token: admin })).body).toMatchObject({
      role: 'admin',
      personId: null,
      displayName: null,
    });
  });

  it('refuses to say who is signed in without a token', async () => {
    expect((await app.request('GET', '/v1/auth/me')).status).toBe(401);
  });
});

describe('sign-in through the organisation’s OIDC provider', () => {
  const issuer = 'http://127.0.0.1:1/tenant';
  let keys: http.Server;
  let app: EventServiceTestApp;
  let signingKey: CryptoKey;

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    signingKey = privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    keys = http.createServer((_req, res) => res.setHeader('content-type', 'application/json').end(jwks));
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    app = await startTestApp(eventService, {
      env: {
        ...oidcEnv,
        AUTH_ISSUER: issuer,
        AUTH_JWKS_URL: `http://127.0.0.1:${(keys.address() as AddressInfo).port}/jwks`,
        AUTH_CLIENT_ID: 'rapport-admin',
        AUTH_SCOPE: 'openid profile rapport',
        AUTH_RESOURCE: 'urn:rapport:api',
      },
    });
  });
  afterAll(async () => {
    await app?.close();
    keys?.close();
  });

  it('publishes the issuer, the admin app’s public client, its scopes and the API’s resource indicator', async () => {
    const r = await app.request('GET', '/v1/auth/config');
    expect(r.status).toBe(200);
    expect(signInConfig.parse(r.body)).toEqual({
      mode: 'oidc',
      issuer,
      clientId: 'rapport-admin',
      scope: 'openid profile rapport',
      resource: 'urn:rapport:api',
    });
  });

  it('lets the admin page call the provider (discovery, token endpoint) and no other origin', async () => {
    const csp = (await app.request('GET', '/v1/auth/config')).headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/connect-src 'self' http:\/\/127\.0\.0\.1:1(;|$)/);
  });

  it('reads the principal from a provider token the way every route does, with the token’s expiry', async () => {
    const exp = Math.floor(Date.now() / 1000) + 300;
    const token = await new SignJWT({ rapport_role: ['offline_access', 'manager'], rapport_person_id: 'not-a-person-id' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('someone@example.test')
      .setIssuer(issuer)
      .setAudience('urn:rapport:api')
      .setIssuedAt()
      .setExpirationTime(exp)
      .sign(signingKey);
    const r = await app.request('GET', '/v1/auth/me', { token });
    expect(r.status).toBe(200);
    // A person claim that is no Rapport person id names nobody.
    expect(r.body).toEqual({ role: 'manager', personId: null, displayName: null, expiresAt: new Date(exp * 1000).toISOString() });
  });
});

describe('origins the admin page may call', () => {
  it('adds the issuer’s origin only when the admin app signs in through the provider', () => {
    const auth = (env: Record<string, string>) => loadServiceConfig(env).auth;
    expect(signInOrigins(auth({}))).toEqual([]);
    expect(signInOrigins(auth(oidcEnv))).toEqual([]);
    expect(signInOrigins(auth({ ...oidcEnv, AUTH_CLIENT_ID: 'rapport-admin' }))).toEqual(['https://id.example.test']);
    expect(signInOrigins(auth({ ...oidcEnv, AUTH_ISSUER: 'urn:example:issuer', AUTH_CLIENT_ID: 'rapport-admin' }))).toEqual([]);
  });
});
