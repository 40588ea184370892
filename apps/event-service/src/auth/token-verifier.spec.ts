import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import type { AuthConfig } from '@rapport/config';
import { HttpProblemError } from '../http/http-error';
import { TokenVerifier } from './token-verifier';

const secret = new TextEncoder().encode('a-test-secret-of-thirty-two-bytes!!');
const auth: AuthConfig = {
  mode: 'dev',
  devSecret: undefined,
  clockToleranceSeconds: 0,
  roleClaim: 'rapport_role',
  personClaim: 'rapport_person',
};

const tokenFor = (role: string, expiresInSeconds: number, key = secret) =>
  new SignJWT({ rapport_role: role })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(`dev-${role}`)
    .setIssuer('rapport-dev')
    .setAudience('rapport')
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
    .sign(key);

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof HttpProblemError ? error.code : error),
  );

describe('verified tokens are remembered no longer than they are valid', () => {
  it('answers a token again from memory, and refuses it once it has expired', async () => {
    const verifier = new TokenVerifier(auth, secret);
    const token = await tokenFor('admin', 2);
    const expiresAt = (Math.floor(Date.now() / 1000) + 2) * 1000;
    expect((await verifier.verify(token)).role).toBe('admin');
    expect((await verifier.verify(token)).role).toBe('admin');
    await new Promise((resolve) => setTimeout(resolve, expiresAt + 50 - Date.now()));
    expect(await refusal(verifier.verify(token))).toBe('unauthenticated');
  });

  it('never remembers a token that failed, nor lets a remembered one stand for another', async () => {
    const verifier = new TokenVerifier(auth, secret);
    const forged = await tokenFor('admin', 600, new TextEncoder().encode('another-secret-of-thirty-two-bytes!'));
    expect(await refusal(verifier.verify(forged))).toBe('unauthenticated');
    expect(await refusal(verifier.verify(forged))).toBe('unauthenticated');
    const good = await tokenFor('participant', 600);
    expect((await verifier.verify(good)).role).toBe('participant');
    expect(await refusal(verifier.verify(`${good}x`))).toBe('unauthenticated');
  });
});

describe('tokens that would never expire, or are issued in the future', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const signed = (claims: { exp?: number; iat?: number; nbf?: number }) => {
    let jwt = new SignJWT({ rapport_role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('dev-admin')
      .setIssuer('rapport-dev')
      .setAudience('rapport');
    if (claims.exp !== undefined) jwt = jwt.setExpirationTime(claims.exp);
    if (claims.iat !== undefined) jwt = jwt.setIssuedAt(claims.iat);
    if (claims.nbf !== undefined) jwt = jwt.setNotBefore(claims.nbf);
    return jwt.sign(secret);
  };

  it('refuses a token without an expiry', async () => {
    const verifier = new TokenVerifier({ ...auth, clockToleranceSeconds: 300 }, secret);
    expect(await refusal(verifier.verify(await signed({ iat: now() })))).toBe('unauthenticated');
  });

  it('refuses a token issued, or valid from, more than a minute ahead, and takes one a few seconds ahead', async () => {
    // A generous clock tolerance must not let a token from the future through.
    const verifier = new TokenVerifier({ ...auth, clockToleranceSeconds: 300 }, secret);
    expect(await refusal(verifier.verify(await signed({ exp: now() + 3600, iat: now() + 120 })))).toBe('unauthenticated');
    expect(await refusal(verifier.verify(await signed({ exp: now() + 3600, nbf: now() + 120 })))).toBe('unauthenticated');
    expect((await verifier.verify(await signed({ exp: now() + 3600, iat: now() + 5 }))).role).toBe('admin');
  });
});
