import { vi } from 'vitest';
import type { SignInConfig } from '@rapport/contracts';

export const issuer = 'https://id.example.test/tenant';
export const personId = '0190d8c4-0000-7000-8000-000000000001';

export const oidcConfig = {
  mode: 'oidc',
  issuer,
  clientId: 'rapport-admin',
  scope: 'openid profile rapport',
  resource: 'urn:rapport:api',
} as const satisfies SignInConfig;

export interface ProviderRequest {
  readonly url: string;
  readonly method: string;
  readonly form: Record<string, string>;
  readonly authorization: string | undefined;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });

// An unsigned ID token: the browser takes the token endpoint's answer over TLS and checks its claims, not a signature.
function idToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.signature`;
}

/**
 * Stands in for the network of a sign-in: the provider's discovery document and token
 * endpoint, and the API's /v1/auth/me. Records every request.
 */
export function fakeProvider(options: { unreachable?: boolean; me?: { status: number; body: unknown } } = {}) {
  const requests: ProviderRequest[] = [];
  const expiresAt = new Date(Math.floor(Date.now() / 1000 + 600) * 1000).toISOString();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string | URL, init: RequestInit = {}) => {
      const url = String(input);
      const headers = new Headers(init.headers);
      requests.push({
        url,
        method: init.method ?? 'GET',
        form:
          init.body instanceof URLSearchParams
            ? Object.fromEntries(init.body)
            : typeof init.body === 'string' && !init.body.startsWith('{')
              ? Object.fromEntries(new URLSearchParams(init.body))
              : {},
        authorization: headers.get('authorization') ?? undefined,
      });
      if (url.startsWith(issuer) && options.unreachable) throw new TypeError('Failed to fetch');
      if (url === `${issuer}/.well-known/openid-configuration`) {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/auth`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          end_session_endpoint: `${issuer}/session/end`,
        });
      }
      if (url === `${issuer}/token`) {
        const now = Math.floor(Date.now() / 1000);
        return json(200, {
          access_token: 'provider-access-token',
          token_type: 'Bearer',
          expires_in: 600,
          scope: 'openid profile rapport',
          id_token: idToken({ iss: issuer, aud: 'rapport-admin', sub: 'ana', iat: now, exp: now + 600, name: 'Ana (from the provider)' }),
        });
      }
      if (url === '/v1/auth/me')
        return options.me
          ? json(options.me.status, options.me.body)
          : json(200, { role: 'participant', personId, displayName: 'Ana Ortiz', expiresAt });
      return json(404, { type: 'about:blank', title: 'Not Found', status: 404 });
    }),
  );
  return { requests, expiresAt };
}
