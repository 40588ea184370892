import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import Provider, { errors, type Configuration, type JWK } from 'oidc-provider';

/** An organisation account at the provider, with the claims Rapport maps (defaults: rapport_role, rapport_person_id). */
export interface OrganisationAccount {
  readonly name: string;
  readonly role: 'admin' | 'manager' | 'participant';
  readonly personId?: string;
  /** Lifetime of this account's access tokens in seconds (default ten minutes). */
  readonly accessTokenSeconds?: number;
}

export interface OidcProvider {
  readonly issuer: string;
  readonly jwksUrl: string;
  stop(): Promise<void>;
}

/**
 * A real OpenID Connect provider (panva's oidc-provider) in this process: the admin app
 * as a public client that must use PKCE, JWT access tokens for the API named by a resource
 * indicator (RFC 8707) carrying the role and person claims, and the library's development
 * login and consent pages, where any password signs an account in.
 */
export async function startOidcProvider(options: {
  readonly port: number;
  readonly adminOrigin: string;
  readonly clientId: string;
  /** The API's resource indicator, which becomes the access token's audience. */
  readonly apiResource: string;
  readonly accounts: Readonly<Record<string, OrganisationAccount>>;
}): Promise<OidcProvider> {
  const issuer = `http://127.0.0.1:${options.port}`;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'rapport-test-key', alg: 'RS256', use: 'sig' };
  const accountOf = (id: string | undefined) =>
    id !== undefined && Object.hasOwn(options.accounts, id) ? options.accounts[id] : undefined;

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: [`${options.adminOrigin}/sign-in/callback`],
        post_logout_redirect_uris: [`${options.adminOrigin}/sign-in`],
      },
    ],
    jwks: { keys: [signingKey] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const account = accountOf(id);
      return account ? { accountId: id, claims: () => ({ sub: id, name: account.name }) } : undefined;
    },
    // The claims the API maps to a Rapport role and person travel in the access token.
    extraTokenClaims: (_ctx, token) => {
      const account = 'accountId' in token ? accountOf(token.accountId) : undefined;
      return account ? { rapport_role: account.role, ...(account.personId ? { rapport_person_id: account.personId } : {}) } : undefined;
    },
    ttl: {
      AccessToken: (_ctx, token) => accountOf(token.accountId)?.accessTokenSeconds ?? 600,
      IdToken: 600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
    },
    // The token endpoint answers the admin app's page (it exchanges the code from the browser).
    clientBasedCORS: (_ctx, origin) => origin === options.adminOrigin,
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== options.apiResource) throw new errors.InvalidTarget();
          return { scope: 'rapport', audience: options.apiResource, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
  };
  const provider = new Provider(issuer, configuration);
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
