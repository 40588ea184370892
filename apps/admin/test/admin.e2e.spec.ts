// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './browser';
import { startEmbeddedService, type EmbeddedService } from './embedded-service';

const adminRoot = resolve(import.meta.dirname, '..');

interface Person {
  personId: string;
  displayName: string;
  department: string;
  managerId?: string | null;
}

async function api<T>(service: EmbeddedService, path: string, init: { token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(service.url + path, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Picks an option of a Mantine (combobox) select by typing part of its label. */
async function choose(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label).first();
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: new RegExp(text) }).first().click();
}

describe('admin app in a real browser against the embedded default', () => {
  let service: EmbeddedService;
  let browser: Browser;
  let page: Page;
  let participant: Person;
  let newColleague: Person;
  let manager: Person;
  let people: Person[];
  const browserErrors: string[] = [];

  const newPage = async () => {
    const opened = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    opened.setDefaultTimeout(45_000);
    opened.on('pageerror', (error) => browserErrors.push(error.stack ?? error.message));
    opened.on('console', (message) => message.type() === 'error' && browserErrors.push(message.text()));
    return opened;
  };

  beforeAll(async () => {
    // Always test the current code: build the admin that the event-service then serves.
    const { build } = await import('vite');
    await build({ root: adminRoot, logLevel: 'warn' });
    expect(existsSync(resolve(adminRoot, 'dist/index.html'))).toBe(true);
    service = await startEmbeddedService();
    browser = await launchChromium();
    page = await newPage();

    // A participant with ties, and a colleague they have never met (so a new tie can appear).
    const { token } = await api<{ token: string }>(service, '/v1/auth/dev-token', { body: { role: 'admin' } });
    people = (await api<{ items: Person[] }>(service, '/v1/people?limit=500', { token })).items;
    for (const candidate of people) {
      const ties = (await api<{ items: { counterpartId: string }[] }>(service, `/v1/people/${candidate.personId}/relationships?limit=500`, { token })).items;
      const stranger = people.find((p) => p.personId !== candidate.personId && !ties.some((t) => t.counterpartId === p.personId));
      if (ties.length >= 3 && stranger) {
        participant = candidate;
        newColleague = stranger;
        break;
      }
    }
    expect(participant, 'the demo organisation has a participant with ties and a stranger').toBeDefined();
    // A department head: reports to someone and has a handful of reports (fewer than k = 5).
    manager = people.find((p) => p.managerId && people.some((report) => report.managerId === p.personId))!;
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') console.error(`browser errors:\n${browserErrors.join('\n')}`);
    if (context.task.result?.state === 'fail') await screenshot(page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('a participant signs in, sees their network graph, logs an interaction and sees the tie appear', async () => {
    await page.goto(service.url);
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole('option').first().waitFor({ state: 'detached' }).catch(() => undefined);
    await screenshot(page, '01-sign-in');

    await choose(page, 'Demo person', participant.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/people/${participant.personId}$`));

    const graph = page.getByTestId('ego-network-graph');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ego-network-graph"] canvas').length > 0);
    expect(Number(await graph.getAttribute('data-node-count'))).toBeGreaterThan(3);
    await page.getByRole('table', { name: 'Relationships' }).waitFor();
    await page.waitForTimeout(500); // let sigma finish its first frame for the screenshot
    await screenshot(page, '02-person-view');

    expect(await page.getByRole('table', { name: 'Relationships' }).getByText(newColleague.displayName).count()).toBe(0);
    await choose(page, 'Who with', newColleague.displayName);
    await page.getByRole('button', { name: 'Log interaction' }).click();
    await page.getByText('Interaction logged').waitFor();
    await page.getByRole('table', { name: 'Relationships' }).getByText(newColleague.displayName).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: `Explain the tie with ${newColleague.displayName}` }).click();
    await page.getByLabel(`Why the tie with ${newColleague.displayName} has this strength`).waitFor();
    await screenshot(page, '03-tie-logged-and-explained');

    await page.getByText('Thank-you', { exact: true }).click();
    await choose(page, 'Thanked', newColleague.displayName);
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText('Recorded', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
  });

  it('an admin signs in, finds people, creates a cohort and enrols people, opens the organisation map and rebuilds the read models', async () => {
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Admin', { exact: true }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/people$/);
    await page.getByRole('table', { name: 'People' }).waitFor();
    await screenshot(page, '04-admin-people');

    await page.getByRole('button', { name: participant.displayName }).click();
    await page.getByTestId('ego-network-graph').locator('canvas').first().waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, '05-admin-person-view');

    // Cohorts: create the first programme and a cohort, then enrol two people.
    await page.getByRole('link', { name: 'Cohorts' }).click();
    await page.waitForURL(/\/cohorts$/);
    await page.getByLabel('First programme').fill('Leadership Accelerator');
    await page.getByRole('button', { name: 'Create programme' }).click();
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Cohort name').fill('Autumn cohort');
    await page.getByLabel('Starts on').fill(day(-60));
    await page.getByLabel('Ends on').fill(day(60));
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.waitForURL(/\/cohorts\/[0-9a-f-]{36}$/);
    for (const person of [participant, newColleague]) {
      await choose(page, 'Person to enrol', person.displayName);
      await page.getByRole('button', { name: 'Enrol', exact: true }).click();
      await page.getByRole('table', { name: 'Participants' }).getByText(person.displayName).waitFor();
    }
    await page.getByRole('table', { name: 'Progress by metric' }).waitFor();
    await page.getByRole('img', { name: /Habit heatmap of 2 participants/ }).waitFor();
    await screenshot(page, '06-cohort');

    await page.getByRole('link', { name: 'Organisation map' }).click();
    await page.waitForURL(/\/organisation$/);
    const map = page.getByTestId('org-network-map');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="org-network-map"] canvas').length > 0);
    expect(Number(await map.getAttribute('data-node-count'))).toBeGreaterThan(10);
    await page.getByRole('switch', { name: 'Highlight brokers and connectors' }).check({ force: true });
    await page.waitForTimeout(500);
    await screenshot(page, '07-organisation-map');

    await page.getByRole('link', { name: 'Operations' }).click();
    await page.waitForURL(/\/operations$/);
    await page.getByRole('heading', { name: 'Operations' }).waitFor();
    await page.getByText(/Loading/).first().waitFor({ state: 'detached' }).catch(() => undefined);
    await page.waitForTimeout(300);
    await screenshot(page, '08-operations');

    await page.getByRole('button', { name: 'Rebuild read models' }).click();
    const latest = page.getByLabel('Latest rebuild');
    await latest.getByText('switched').waitFor({ timeout: 60_000 });
    expect(await latest.textContent()).toMatch(/(\d[\d,]*) of \1 events/);
    await screenshot(page, '09-operations-after-rebuild');
  });

  it('a manager signs in and sees their team dashboard with figures over too few people suppressed', async () => {
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Manager', { exact: true }).click();
    await choose(page, 'Demo person', manager.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/team$/);
    await page.getByRole('heading', { name: 'My team' }).waitFor();
    await page.getByText(/^Suppressed · fewer than \d+ people$/).first().waitFor();
    expect(await page.getByRole('link', { name: 'Operations' }).count()).toBe(0);
    await screenshot(page, '10-manager-team');

    // The head of the organisation sees real figures, with small departments still suppressed.
    const head = people.find((p) => !p.managerId)!;
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Manager', { exact: true }).click();
    await choose(page, 'Demo person', head.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('table', { name: 'By department' }).waitFor();
    await page.waitForTimeout(500);
    await screenshot(page, '11-head-of-organisation-team');
  });
});
