// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkedScreens } from './browser';
import type { EmbeddedService } from './embedded-service';
import { api, choose, signInAsAdmin, type Person } from './app-helpers';
import { useBrowserSuite } from './browser-suite';

describe('admin app in a real browser against the embedded default', () => {
  const suite = useBrowserSuite();
  const newPage = suite.newPage;
  let service: EmbeddedService;
  let page: Page;
  let participant: Person;
  let newColleague: Person;
  let departmentHead: Person;
  let teamLead: Person;
  let people: Person[];
  /** Every screen is checked with axe-core where its screenshot is taken (the last test asserts it). */
  const screens = checkedScreens(() => page);
  const shoot = screens.shoot;

  beforeAll(async () => {
    service = suite.service();
    page = await newPage();

    // A participant with ties, and a colleague they have never met (so a new tie can appear).
    const { token } = await api<{ token: string }>(service, '/v1/auth/dev-token', { body: { role: 'admin' } });
    people = (await api<{ items: Person[] }>(service, '/v1/people?limit=500', { token })).items;
    for (const candidate of people) {
      const ties = (
        await api<{ items: { counterpartId: string }[] }>(service, `/v1/people/${candidate.personId}/relationships?limit=500`, { token })
      ).items;
      const stranger = people.find((p) => p.personId !== candidate.personId && !ties.some((t) => t.counterpartId === p.personId));
      if (ties.length >= 3 && stranger) {
        participant = candidate;
        newColleague = stranger;
        break;
      }
    }
    expect(participant, 'the demo organisation has a participant with ties and a stranger').toBeDefined();
    // The demo organisation under k = 5: a department head with a department large enough for
    // real figures (and two small specialist groups), and a team lead with too few reports.
    const reportsOf = (p: Person) => people.filter((report) => report.managerId === p.personId);
    departmentHead = people.find((p) => p.function === 'Head of Engineering')!;
    teamLead = people.find(
      (p) => reportsOf(p).length > 0 && reportsOf(p).length < 5 && reportsOf(p).every((r) => reportsOf(r).length === 0),
    )!;
    expect(departmentHead, 'the demo organisation has a head of engineering').toBeDefined();
    expect(teamLead, 'the demo organisation has a team lead with fewer than five reports').toBeDefined();
  });

  it('a participant signs in, sees their network graph, logs an interaction with a colleague found in the directory and sees the tie appear', async () => {
    await page.goto(service.url);
    await page.waitForURL(/\/sign-in$/);
    await page
      .getByRole('option')
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await shoot('01-sign-in');

    await choose(page, 'Demo person', participant.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/people/${participant.personId}$`));
    // Signed in (the dev sign-in screen lists demo people its own way): every API call from here on.
    const participantRequests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/v1/')) participantRequests.push(url.pathname + url.search);
    });

    const graph = page.getByTestId('ego-network-graph');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ego-network-graph"] canvas').length > 0);
    expect(Number(await graph.getAttribute('data-node-count'))).toBeGreaterThan(3);
    await page.getByRole('table', { name: 'Relationships' }).waitFor();
    await page.waitForTimeout(500); // let sigma finish its first frame for the screenshot
    // The page opens with what changed and what to do next, in sentences.
    await page.getByRole('region', { name: 'What changed and what next' }).waitFor();
    expect(await page.getByRole('region', { name: 'What changed and what next' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await shoot('02-person-view');

    expect(await page.getByRole('table', { name: 'Relationships' }).getByText(newColleague.displayName).count()).toBe(0);
    // The colleague is found in the colleague directory, searched as the participant types.
    const directorySearch = page.waitForResponse(
      (response) => response.url().includes('/v1/people/directory?q=') && response.status() === 200,
    );
    await choose(page, 'Who with', newColleague.displayName);
    await directorySearch;
    await page.getByRole('button', { name: 'Log interaction' }).click();
    await page.getByText('Interaction logged').waitFor();
    await page.getByRole('table', { name: 'Relationships' }).getByText(newColleague.displayName).waitFor({ timeout: 15_000 });

    await page.getByRole('button', { name: `Explain the tie with ${newColleague.displayName}` }).click();
    await page.getByLabel(`Why the tie with ${newColleague.displayName} has this strength`).waitFor();
    await shoot('03-tie-logged-and-explained');

    await page.getByText('Thank-you', { exact: true }).click();
    await choose(page, 'Thanked', newColleague.displayName);
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await page.getByText('Recorded', { exact: true }).waitFor();

    // A participant never lists everyone (an admin route) nor borrows an admin token to do so.
    expect(participantRequests.filter((url) => /\/v1\/people(\?|$)/.test(url))).toEqual([]);
    expect(participantRequests.filter((url) => url.includes('/v1/people/directory')).length).toBeGreaterThan(0);

    // The as-of day lives in the address: a reload asks for the same instant.
    const day = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    // The end of that day where the browser is (the same machine, the same time zone).
    const endOfDay = new Date(year, month - 1, date, 23, 59, 59, 999).toISOString();
    const asOfAsked = (response: { url(): string }) => decodeURIComponent(response.url()).includes(`/relationships?asOf=${endOfDay}`);
    let metricsAsOf = page.waitForResponse(asOfAsked);
    await page.goto(`${service.url}/people/${participant.personId}?asOf=${day}`);
    await metricsAsOf;
    await page.getByText(/metrics as of \d/).waitFor();
    metricsAsOf = page.waitForResponse(asOfAsked);
    await page.reload();
    await metricsAsOf;
    await page.getByText(/metrics as of \d/).waitFor();
    expect(page.url()).toContain(`asOf=${day}`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in$/);
  });

  it('an admin signs in, finds people, creates a cohort and enrols people, and rebuilds the read models', async () => {
    page = await newPage();
    await signInAsAdmin(page, service);
    await shoot('04-admin-people');

    // Names are links: each opens the person's view, in this tab or a new one.
    const link = page.getByRole('table', { name: 'People' }).getByRole('link', { name: participant.displayName, exact: true });
    expect(await link.getAttribute('href')).toBe(`/people/${participant.personId}`);
    await link.click();
    await page.getByTestId('ego-network-graph').locator('canvas').first().waitFor();
    await page.waitForTimeout(500);
    await shoot('05-admin-person-view');

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
    await page.getByRole('table', { name: 'Habit scores now, 0 to 100, by participant' }).waitFor();
    await page.getByRole('img', { name: /^Active ties week by week, \d+ weeks: median/ }).waitFor();
    // Counts of ties and 0–1 shares are never on one axis: one chart per scale.
    await page.getByRole('img', { name: /^Ties \(count per person\), median at the start and now/ }).waitFor();
    await page.getByRole('img', { name: /^Share or index \(0 to 1\), median at the start and now/ }).waitFor();
    // The page opens with what changed and what to do next, in sentences.
    await page.getByRole('region', { name: 'What changed and what next' }).waitFor();
    expect(await page.getByRole('region', { name: 'What changed and what next' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await shoot('06-cohort');
    // The heatmap is one tab stop; a focused cell explains itself.
    const heatmap = page.getByRole('table', { name: 'Habit scores now, 0 to 100, by participant' });
    await heatmap.locator('[tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByRole('tooltip').textContent(), { timeout: 15_000 })
      .toMatch(/Targets reached: (no data yet|\d+ of 100 now)/);
    await heatmap.scrollIntoViewIfNeeded();
    await shoot('06b-cohort-heatmap-cell-focused');

    await page.getByRole('link', { name: 'Operations' }).click();
    await page.waitForURL(/\/operations$/);
    await page.getByRole('heading', { name: 'Operations' }).waitFor();
    await page
      .getByText(/Loading/)
      .first()
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    // The event log opens on the latest events: the cohort just created and its enrolments.
    const log = page.getByRole('table', { name: 'Event log' });
    await log.waitFor();
    const firstPositions = (await log.locator('tbody tr td:nth-child(2)').allTextContents()).slice(0, 5).map(Number);
    expect(firstPositions).toEqual([...firstPositions].sort((a, b) => b - a));
    expect(await log.getByText('ParticipantEnrolled v1').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await shoot('08-operations');

    await page.getByRole('button', { name: 'Rebuild read models' }).click();
    const latest = page.getByLabel('Latest rebuild');
    await latest.getByText('switched').waitFor({ timeout: 60_000 });
    expect(await latest.textContent()).toMatch(/(\d[\d,]*) of \1 events/);
    await shoot('09-operations-after-rebuild');
  });

  it('a department head sees real figures for their department with the small groups suppressed; a team lead of too few sees nothing but the reason', async () => {
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Manager', { exact: true }).click();
    await choose(page, 'Demo person', departmentHead.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/team$/);
    await page.getByRole('heading', { name: 'My team' }).waitFor();
    const organisation = page.getByRole('region', { name: 'Your organisation' });
    await organisation.getByText('People', { exact: true }).waitFor();
    expect(Number(await organisation.getByText(/^\d+$/).first().textContent())).toBeGreaterThanOrEqual(20);
    await page
      .getByRole('img', { name: /median at the start and now/ })
      .first()
      .waitFor();
    await page.getByRole('img', { name: /Weekly trend/ }).waitFor();
    const byDepartment = page.getByRole('table', { name: 'By department' });
    const engineering = byDepartment.getByRole('row').filter({ hasText: 'Engineering' });
    expect(await engineering.getByText(/Suppressed/).count()).toBe(0);
    expect(await byDepartment.getByText(/^Suppressed · fewer than 5 people$/).count()).toBe(2);
    expect(await page.getByRole('link', { name: 'Operations' }).count()).toBe(0);
    await page.waitForTimeout(500);
    // The page opens with what changed and what to do next, in sentences.
    await page.getByRole('region', { name: 'What changed and what next' }).waitFor();
    expect(await page.getByRole('region', { name: 'What changed and what next' }).getByRole('listitem').count()).toBeGreaterThan(0);
    await shoot('10-department-head-team');

    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Manager', { exact: true }).click();
    await choose(page, 'Demo person', teamLead.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/team$/);
    await page
      .getByRole('region', { name: 'Your organisation' })
      .getByText(/^Suppressed · fewer than 5 people$/)
      .waitFor();
    await page
      .getByRole('region', { name: 'Trend' })
      .getByText(/^Suppressed · fewer than 5 people$/)
      .waitFor();
    await shoot('10b-team-lead-too-few');

    // The head of the organisation sees real figures, with small departments still suppressed.
    const head = people.find((p) => !p.managerId)!;
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Manager', { exact: true }).click();
    await choose(page, 'Demo person', head.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const departments = page.getByRole('table', { name: 'By department' });
    await departments.waitFor();
    expect(
      await departments
        .getByRole('row')
        .filter({ hasText: 'Finance' })
        .getByText(/Suppressed/)
        .count(),
    ).toBe(0);
    expect(
      await departments
        .getByRole('row')
        .filter({ hasText: 'Security' })
        .getByText(/Suppressed · fewer than 5 people/)
        .count(),
    ).toBe(1);
    await page.waitForTimeout(500);
    await shoot('11-head-of-organisation-team');
  });

  it('has no serious or critical accessibility problem on any screen (axe-core, WCAG 2.2 AA)', () => {
    expect(Object.keys(screens.problems).length).toBeGreaterThan(10);
    expect(screens.problems).toEqual(screens.nonePerScreen());
  });
});
