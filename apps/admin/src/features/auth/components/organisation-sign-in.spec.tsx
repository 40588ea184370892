import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render';
import { readSession } from '../../../lib/session';
import { completeOrganisationSignIn } from '../api/complete-organisation-sign-in';
import { fakeProvider, issuer, oidcConfig, personId } from '../test/fake-provider';
import { OrganisationSignIn } from './organisation-sign-in';
import { SignInProblem } from './sign-in-problem';

describe('sign-in through the organisation (OIDC mode)', () => {
  let assign: ReturnType<typeof vi.fn<(url: string | URL) => void>>;
  beforeEach(() => {
    assign = vi.fn<(url: string | URL) => void>();
    vi.spyOn(window.location, 'assign').mockImplementation(assign);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** Clicks the button and returns the authorization request the browser was sent to. */
  async function startSignIn(): Promise<URL> {
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Sign in with your organisation' }));
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    return new URL(String(assign.mock.calls[0]![0]));
  }

  it('offers the organisation’s sign-in instead of the demo one', () => {
    const provider = fakeProvider();
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    expect(screen.getByRole('button', { name: 'Sign in with your organisation' })).toBeEnabled();
    expect(screen.queryByLabelText('Demo person')).not.toBeInTheDocument();
    expect(provider.requests).toHaveLength(0);
  });

  it('sends the browser to the provider with the admin’s public client, PKCE and the API’s resource', async () => {
    fakeProvider();
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const request = await startSignIn();

    expect(`${request.origin}${request.pathname}`).toBe(`${issuer}/auth`);
    const params = Object.fromEntries(request.searchParams);
    expect(params).toMatchObject({
      client_id: 'rapport-admin',
      redirect_uri: `${window.location.origin}/sign-in/callback`,
      response_type: 'code',
      scope: 'openid profile rapport',
      resource: 'urn:rapport:api',
      code_challenge_method: 'S256',
    });
    expect(params.code_challenge).toMatch(/^[\w-]{43}$/);
    expect(params.state).toBeTruthy();
  });

  it('completes the sign-in with the PKCE verifier and takes role, person and name from the API', async () => {
    const provider = fakeProvider();
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const request = await startSignIn();
    const state = request.searchParams.get('state')!;

    const session = await completeOrganisationSignIn(
      oidcConfig,
      `${window.location.origin}/sign-in/callback?code=the-code&state=${state}&iss=${encodeURIComponent(issuer)}`,
    );

    const exchange = provider.requests.find((r) => r.url === `${issuer}/token`)!;
    expect(exchange.form).toMatchObject({
      grant_type: 'authorization_code',
      code: 'the-code',
      client_id: 'rapport-admin',
      resource: 'urn:rapport:api',
    });
    const verifier = exchange.form.code_verifier!;
    expect(createHash('sha256').update(verifier).digest('base64url')).toBe(request.searchParams.get('code_challenge'));

    const me = provider.requests.find((r) => r.url === '/v1/auth/me')!;
    expect(me.authorization).toBe('Bearer provider-access-token');
    expect(session).toEqual({
      token: 'provider-access-token',
      role: 'participant',
      personId,
      displayName: 'Ana Ortiz',
      expiresAt: provider.expiresAt,
    });
    // The session starts only when the screen takes it; the library keeps no token of its own.
    expect(readSession()).toBeNull();
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('oidc.user'))).toEqual([]);
  });

  it('refuses to replay a provider answer: a code is good once', async () => {
    fakeProvider();
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const state = (await startSignIn()).searchParams.get('state')!;
    const callback = `${window.location.origin}/sign-in/callback?code=the-code&state=${state}`;
    await completeOrganisationSignIn(oidcConfig, callback);

    const replay = await completeOrganisationSignIn(oidcConfig, callback).catch((error: unknown) => error);
    renderWithProviders(<SignInProblem error={replay} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This sign-in has already been used or has expired');
  });

  it('explains in words when the organisation refuses the sign-in', async () => {
    fakeProvider();
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const state = (await startSignIn()).searchParams.get('state')!;

    const refusal = await completeOrganisationSignIn(
      oidcConfig,
      `${window.location.origin}/sign-in/callback?error=access_denied&error_description=not+in+the+programme&state=${state}`,
    ).catch((error: unknown) => error);
    renderWithProviders(<SignInProblem error={refusal} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Your organisation did not sign you in');
    expect(screen.getByRole('alert')).toHaveTextContent('access_denied: not in the programme');
  });

  it('explains when Rapport does not accept the account the provider signed in', async () => {
    fakeProvider({
      me: {
        status: 401,
        body: {
          type: 'https://rapport.dev/problems/unauthenticated',
          title: 'Unauthenticated',
          status: 401,
          detail: 'the token carries no Rapport role',
        },
      },
    });
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const state = (await startSignIn()).searchParams.get('state')!;

    const error = await completeOrganisationSignIn(oidcConfig, `${window.location.origin}/sign-in/callback?code=c&state=${state}`).catch(
      (e: unknown) => e,
    );
    renderWithProviders(<SignInProblem error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Rapport does not accept this account');
    expect(screen.getByRole('alert')).toHaveTextContent('the token carries no Rapport role');
  });

  it('refuses a participant account that names no person, instead of signing in nobody', async () => {
    fakeProvider({ me: { status: 200, body: { role: 'participant', personId: null, displayName: null, expiresAt: null } } });
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const state = (await startSignIn()).searchParams.get('state')!;

    const error = await completeOrganisationSignIn(oidcConfig, `${window.location.origin}/sign-in/callback?code=c&state=${state}`).catch(
      (e: unknown) => e,
    );
    renderWithProviders(<SignInProblem error={error} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Rapport does not accept this account');
    expect(screen.getByRole('alert')).toHaveTextContent('makes you a participant in Rapport but does not say which person you are');
  });

  it('signs an admin in without a person, named by the provider', async () => {
    fakeProvider({ me: { status: 200, body: { role: 'admin', personId: null, displayName: null, expiresAt: null } } });
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    const state = (await startSignIn()).searchParams.get('state')!;

    const session = await completeOrganisationSignIn(oidcConfig, `${window.location.origin}/sign-in/callback?code=c&state=${state}`);
    // Without an expiry from the API, the token response's expires_in (600 s) sets it.
    expect(session).toMatchObject({ role: 'admin', personId: null, displayName: 'Ana (from the provider)' });
    expect(Date.parse(session.expiresAt) - Date.now()).toBeGreaterThan(590_000);
  });

  it('says so when the provider cannot be reached, and lets the person try again', async () => {
    fakeProvider({ unreachable: true });
    renderWithProviders(<OrganisationSignIn config={oidcConfig} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign in with your organisation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Your organisation’s sign-in cannot be reached');
    expect(assign).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Sign in with your organisation' })).toBeEnabled();
  });

  it('says sign-in is not set up when the service has no client id for the admin app', () => {
    renderWithProviders(<OrganisationSignIn config={{ ...oidcConfig, clientId: null }} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Sign-in is not set up yet');
    expect(screen.queryByRole('button', { name: 'Sign in with your organisation' })).not.toBeInTheDocument();
  });
});
