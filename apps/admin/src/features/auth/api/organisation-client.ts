import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { SignInConfig } from '@rapport/contracts';

/** The service's settings when people sign in through their organisation's OIDC provider. */
export type OrganisationSignInConfig = Extract<SignInConfig, { mode: 'oidc' }> & { readonly clientId: string };

/** Where the provider sends the browser back; register `<origin>/sign-in/callback` at the provider. */
export const callbackPath = '/sign-in/callback';

/**
 * An OIDC client for the admin app's public client: Authorization Code with PKCE
 * (oidc-client-ts makes the verifier and checks state). The sign-in state waits in
 * sessionStorage across the redirect; the tokens are not kept by the library (the session
 * is), and nothing renews them: the session ends when the access token does.
 */
export function organisationClient(config: OrganisationSignInConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${callbackPath}`,
    post_logout_redirect_uri: `${origin}/sign-in`,
    response_type: 'code',
    scope: config.scope,
    // RFC 8707: named on the authorization request and again on the token request.
    ...(config.resource ? { resource: config.resource, extraTokenParams: { resource: config.resource } } : {}),
    loadUserInfo: false,
    automaticSilentRenew: false,
    monitorSession: false,
    stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'rapport.sign-in.' }),
    userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
  });
}

/** The config, when it lets the admin app sign in through the organisation (a client id is set). */
export function organisationSignInOf(config: SignInConfig | undefined): OrganisationSignInConfig | null {
  return config?.mode === 'oidc' && config.clientId ? { ...config, clientId: config.clientId } : null;
}
