import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';
import type { AuthConfig } from '@rapport/config';
import { HttpProblemError } from '../http/http-error';
import type { Principal } from './principal';
import { claimAt, roleFromClaim } from './token-claims';

const DEV_ISSUER = 'rapport-dev';
const DEV_AUDIENCE = 'rapport';
/** How long a verified token is taken as verified without checking its signature again. */
const VERIFIED_FOR_MS = 60_000;

/** Verifies bearer tokens: HS256 dev tokens in AUTH_MODE=dev, an OIDC provider's JWKS otherwise. */
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  /**
   * Tokens verified in the last minute (the 10,000 used most recently), each for no
   * longer than it is valid: the next request with the same token skips the signature
   * check. A token whose key leaves the key set stays accepted for at most that minute.
   */
  private readonly verified = new LRUCache<string, Principal>({ max: 10_000 });

  constructor(
    private readonly auth: AuthConfig,
    private readonly devSecret: Uint8Array | null,
  ) {
    // jose caches the key set and refetches it when a token names an unknown key id,
    // so rotated keys are picked up without a restart.
    this.jwks =
      auth.mode === 'oidc'
        ? createRemoteJWKSet(new URL(auth.jwksUrl), { cooldownDuration: auth.jwksCooldownSeconds * 1000, timeoutDuration: 5000 })
        : null;
  }

  async verify(token: string): Promise<Principal> {
    const known = this.verified.get(token);
    if (known) return known;
    const { principal, validUntil } = await this.verifySignature(token);
    const ttl = Math.min(VERIFIED_FOR_MS, validUntil - Date.now());
    if (ttl > 0) this.verified.set(token, principal, { ttl });
    return principal;
  }

  private async verifySignature(token: string): Promise<{ principal: Principal; validUntil: number }> {
    let payload: JWTPayload;
    try {
      if (this.auth.mode === 'dev') {
        ({ payload } = await jwtVerify(token, this.devSecret!, {
          issuer: DEV_ISSUER,
          audience: DEV_AUDIENCE,
          clockTolerance: this.auth.clockToleranceSeconds,
          requiredClaims: ['exp', 'sub'],
        }));
      } else {
        ({ payload } = await jwtVerify(token, this.jwks!, {
          issuer: this.auth.issuer,
          audience: this.auth.audience,
          clockTolerance: this.auth.clockToleranceSeconds,
          requiredClaims: ['exp', 'sub'],
        }));
      }
    } catch {
      throw new HttpProblemError('unauthenticated', 'the bearer token is invalid or expired');
    }
    if (issuedInTheFuture(payload)) throw new HttpProblemError('unauthenticated', 'the bearer token is issued in the future');
    const role = roleFromClaim(claimAt(payload, this.auth.roleClaim));
    if (!role || !payload.sub) throw new HttpProblemError('unauthenticated', 'the token carries no Rapport role');
    const personId = claimAt(payload, this.auth.personClaim);
    const principal: Principal = {
      subject: payload.sub,
      role,
      personId: typeof personId === 'string' ? personId : null,
      ...(typeof payload.exp === 'number' ? { expiresAt: new Date(payload.exp * 1000).toISOString() } : {}),
    };
    const validUntil = typeof payload.exp === 'number' ? (payload.exp + this.auth.clockToleranceSeconds) * 1000 : Number.POSITIVE_INFINITY;
    return { principal, validUntil };
  }

  /** Dev sign-in: a 12-hour token for a demo user. */
  async issueDevToken(role: Principal['role'], personId: string | undefined, now: number): Promise<{ token: string; expiresAt: string }> {
    if (this.auth.mode !== 'dev' || !this.devSecret) {
      throw new HttpProblemError('dev_sign_in_disabled', 'dev sign-in is only available when AUTH_MODE=dev');
    }
    const issuedAt = Math.floor(now / 1000);
    const expiresAt = issuedAt + 12 * 3600;
    const token = await new SignJWT({ [this.auth.roleClaim]: role, ...(personId ? { [this.auth.personClaim]: personId } : {}) })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(personId ?? `dev-${role}`)
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.devSecret);
    return { token, expiresAt: new Date(expiresAt * 1000).toISOString() };
  }
}

/** A token never expires without `exp` (required above); one issued or valid only from more than a minute ahead is refused. */
const FUTURE_LEEWAY_SECONDS = 60;
function issuedInTheFuture(payload: JWTPayload): boolean {
  const latest = Date.now() / 1000 + FUTURE_LEEWAY_SECONDS;
  return (payload.iat !== undefined && payload.iat > latest) || (payload.nbf !== undefined && payload.nbf > latest);
}
