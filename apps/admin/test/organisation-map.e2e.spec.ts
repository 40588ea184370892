// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkedScreens } from './browser';
import type { EmbeddedService } from './embedded-service';
import { adminToken, api, choose, signInAsAdmin, type Person } from './app-helpers';
import { useBrowserSuite } from './browser-suite';

describe('organisation map in a real browser against the embedded default', () => {
  const suite = useBrowserSuite();
  let service: EmbeddedService;
  let page: Page;
  let participant: Person;
  let people: Person[];
  /** Every screen is checked with axe-core where its screenshot is taken (the last test asserts it). */
  const screens = checkedScreens(() => page);
  const shoot = screens.shoot;

  beforeAll(async () => {
    service = suite.service();
    page = await suite.newPage();

    // A participant with ties: found on the map, they stay with their ties and the rest leave.
    const token = await adminToken(service);
    people = (await api<{ items: Person[] }>(service, '/v1/people?limit=500', { token })).items;
    for (const candidate of people) {
      const ties = (
        await api<{ items: { counterpartId: string }[] }>(service, `/v1/people/${candidate.personId}/relationships?limit=500`, { token })
      ).items;
      if (ties.length >= 3) {
        participant = candidate;
        break;
      }
    }
    expect(participant, 'the demo organisation has a participant with ties').toBeDefined();
  });

  it('an admin opens the map, highlights brokers and connectors, finds one person with their ties, and filters a department', async () => {
    await signInAsAdmin(page, service);
    await page.getByRole('link', { name: 'Organisation map' }).click();
    await page.waitForURL(/\/organisation$/);
    const map = page.getByTestId('org-network-map');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="org-network-map"] canvas').length > 0);
    expect(Number(await map.getAttribute('data-node-count'))).toBeGreaterThan(10);
    await page.getByRole('switch', { name: 'Highlight brokers and connectors' }).check({ force: true });
    await page.waitForTimeout(500);
    await shoot('07-organisation-map');
    await page.getByRole('switch', { name: 'Highlight brokers and connectors' }).uncheck({ force: true });
    // Find a person: only they and their ties stay, the view fitted to them, sized by the chosen metric.
    await choose(page, 'Find a person', participant.displayName);
    await expect.poll(() => map.getAttribute('data-focus'), { timeout: 15_000 }).toBe(participant.personId);
    await page.getByLabel('Size by').first().click();
    await page.getByRole('option', { name: /Brokerage/ }).click();
    await page.waitForTimeout(500);
    expect(Number(await map.getAttribute('data-shown-count'))).toBeGreaterThan(1);
    expect(Number(await map.getAttribute('data-shown-count'))).toBeLessThan(Number(await map.getAttribute('data-node-count')));
    await shoot('07b-organisation-map-one-person');
    // A department filter fits the view to that department.
    await page.getByRole('button', { name: 'Show everyone' }).click();
    await expect.poll(() => map.getAttribute('data-focus'), { timeout: 15_000 }).toBe('');
    await page.getByLabel('Departments').first().click();
    await page.getByRole('option', { name: 'Finance' }).click();
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    const financePeople = people.filter((p) => p.department === 'Finance').length;
    expect(Number(await map.getAttribute('data-shown-count'))).toBeLessThanOrEqual(financePeople);
    expect(Number(await map.getAttribute('data-shown-count'))).toBeGreaterThan(0);
    await shoot('07c-organisation-map-finance');
  });

  it('has no serious or critical accessibility problem on any screen (axe-core, WCAG 2.2 AA)', () => {
    expect(Object.keys(screens.problems)).toEqual([
      '07-organisation-map',
      '07b-organisation-map-one-person',
      '07c-organisation-map-finance',
    ]);
    expect(screens.problems).toEqual(screens.nonePerScreen());
  });
});
