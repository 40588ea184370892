// @vitest-environment node
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoOrganisation } from '@rapport/demo-organisation';
import { launchChromium, screenshot } from './browser';
import { freePort, startEmbeddedService, type EmbeddedService } from './embedded-service';
import { startOidcProvider, type OidcProvider } from './oidc-provider';

const adminRoot = resolve(import.meta.dirname, '..');
const clientId = 'rapport-admin';
const apiResource = 'urn:rapport:api';

/** The newest modification time under a folder (the admin's sources and the contracts it bundles). */
const newestChange = (folder: string): number =>
  Math.max(...readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => statSync(join(folder, file)).mtimeMs));

/** The service serves the admin's build: build it when it is missing or older than the code. */
async function ensureAdminBuild(): Promise<void> {
  const index = resolve(adminRoot, 'dist/index.html');
  const sources = [resolve(adminRoot, 'src'), resolve(adminRoot, '../../packages/contracts/src')];
  if (existsSync(index) && statSync(index).mtimeMs > Math.max(...sources.map(newestChange))) return;
  const { build } = await import('vite');
  await build({ root: adminRoot, logLevel: 'warn' });
}

/** The payload of a JWT, read without checking it (the API checks it). */
const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;

describe('admin app signing in through a real OIDC provider, in a real browser', () => {
  // A participant of the demo organisation the service seeds (its ids are fixed).
  const participant = demoOrganisation({ until: Date.now() }).people[1]!;
  let provider: OidcProvider;
  let service: EmbeddedService;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const browserErrors: string[] = [];

  /** A fresh browser profile: no provider session, no Rapport session. */
  const newPage = async () => {
    await context?.close();
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    // Everything stays on this machine: the provider's login page asks for a web font, which is refused.
    await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
    const opened = await context.newPage();
    opened.setDefaultTimeout(30_000);
    opened.on('pageerror', (error) => browserErrors.push(error.stack ?? error.message));
    return opened;
  };

  /** The provider's own pages: its login form (any password), then its consent screen. */
  const signInAtProvider = async (login: string) => {
    await page.waitForURL((url) => url.origin === provider.issuer && url.pathname.startsWith('/interaction/'));
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password will do');
    await screenshot(page, 'oidc-02-provider-login');
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
  };

  beforeAll(async () => {
    await ensureAdminBuild();
    const [servicePort, providerPort] = [await freePort(), await freePort()];
    const adminOrigin = `http://127.0.0.1:${servicePort}`;
    provider = await startOidcProvider({
      port: providerPort,
      adminOrigin,
      clientId,
      apiResource,
      accounts: {
        [participant.displayName.split(' ')[0]!.toLowerCase()]: {
          name: participant.displayName,
          role: 'participant',
          personId: participant.personId,
        },
        brief: { name: participant.displayName, role: 'participant', personId: participant.personId, accessTokenSeconds: 12 },
      },
    });
    service = await startEmbeddedService({
      port: servicePort,
      env: {
        RAPPORT_SEED_DEMO: 'true',
        AUTH_MODE: 'oidc',
        AUTH_ISSUER: provider.issuer,
        AUTH_AUDIENCE: apiResource,
        AUTH_JWKS_URL: provider.jwksUrl,
        AUTH_CLIENT_ID: clientId,
        AUTH_SCOPE: 'openid profile rapport',
        AUTH_RESOURCE: apiResource,
        // The session must end at the token's own expiry, not a minute later.
        AUTH_CLOCK_TOLERANCE_SECONDS: '0',
      },
    });
    browser = await launchChromium();
  });

  afterEach(async (test) => {
    if (test.task.result?.state !== 'fail') return;
    console.error(`browser errors:\n${browserErrors.join('\n')}\nservice output:\n${service?.output().slice(-4000)}`);
    if (page) await screenshot(page, `failed-oidc-${test.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    await provider?.stop();
  });

  it('a participant signs in with their organisation account and sees their own network, served by the API with the provider’s token', async () => {
    page = await newPage();
    await page.goto(service.url);
    await page.waitForURL(/\/sign-in$/);
    expect(await page.getByLabel('Demo person').count()).toBe(0);
    await screenshot(page, 'oidc-01-sign-in');

    const authorizationRequest = page.waitForRequest((request) => request.url().startsWith(`${provider.issuer}/auth?`));
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();
    const authorization = new URL((await authorizationRequest).url()).searchParams;
    expect(Object.fromEntries(authorization)).toMatchObject({
      client_id: clientId,
      code_challenge_method: 'S256',
      resource: apiResource,
      redirect_uri: `${service.url}/sign-in/callback`,
    });
    await signInAtProvider(participant.displayName.split(' ')[0]!.toLowerCase());

    // Back through /sign-in/callback to the participant's own person view.
    await page.waitForURL(`${service.url}/people/${participant.personId}`);
    await page.getByRole('heading', { name: `${participant.displayName} (you)` }).waitFor();
    await page.getByRole('table', { name: 'Relationships' }).locator('tbody tr').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ego-network-graph"] canvas').length > 0);
    expect(Number(await page.getByTestId('ego-network-graph').getAttribute('data-node-count'))).toBeGreaterThan(1);
    await page.waitForTimeout(500); // let sigma draw its first frame for the screenshot
    await screenshot(page, 'oidc-03-signed-in-person-view');

    // The session holds the provider's JWT access token for the API, and nothing of the code or verifier is left behind.
    const stored = await page.evaluate(() => ({ session: sessionStorage.getItem('rapport.session'), keys: Object.keys(sessionStorage) }));
    const session = JSON.parse(stored.session!) as { token: string; role: string; personId: string; displayName: string };
    expect(session).toMatchObject({ role: 'participant', personId: participant.personId, displayName: participant.displayName });
    expect(claimsOf(session.token)).toMatchObject({
      iss: provider.issuer,
      aud: apiResource,
      rapport_role: 'participant',
      rapport_person_id: participant.personId,
    });
    expect(stored.keys).toEqual(['rapport.session']);
    expect(page.url()).not.toMatch(/code=/);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('rapport.session'))).toBeNull();
  });

  it('the session ends by itself when the access token expires, and the person is back at sign-in', async () => {
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByRole('button', { name: 'Sign in with your organisation' }).click();
    await signInAtProvider('brief');
    await page.waitForURL(`${service.url}/people/${participant.personId}`);
    await page.getByRole('heading', { name: `${participant.displayName} (you)` }).waitFor();
    const { expiresAt } = JSON.parse((await page.evaluate(() => sessionStorage.getItem('rapport.session')))!) as { expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeLessThanOrEqual(12_000);

    // No click, no call: at the token's expiry the app signs out and shows the sign-in screen.
    await page.waitForURL(/\/sign-in$/, { timeout: 20_000 });
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(expiresAt));
    await page.getByRole('button', { name: 'Sign in with your organisation' }).waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('rapport.session'))).toBeNull();
    await screenshot(page, 'oidc-04-signed-out-at-expiry');
  });
});
