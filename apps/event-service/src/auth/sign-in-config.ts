import type { AuthConfig } from '@rapport/config';
import type { SignInConfig } from '@rapport/contracts';

/** The public half of the auth settings: what the admin app needs to sign people in. */
export function publicSignInConfig(auth: AuthConfig): SignInConfig {
  if (auth.mode === 'dev') return { mode: 'dev' };
  return {
    mode: 'oidc',
    issuer: auth.issuer,
    clientId: auth.signIn.clientId ?? null,
    scope: auth.signIn.scope,
    resource: auth.signIn.resource ?? null,
  };
}

/**
 * Origins the admin app's page must be allowed to call besides its own: the provider's
 * discovery document and token endpoint, which live under the issuer.
 */
export function signInOrigins(auth: AuthConfig): string[] {
  if (auth.mode === 'dev' || !auth.signIn.clientId) return [];
  const issuer = URL.parse(auth.issuer);
  return issuer && /^https?:$/.test(issuer.protocol) ? [issuer.origin] : [];
}
