// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkedScreens, launchChromium, screenshot } from './browser';
import { startEmbeddedService, type EmbeddedService } from './embedded-service';
import { adminToken, api, buildAdmin, choose, signInAsAdmin, type Person } from './app-helpers';

interface Recommendation {
  candidateId: string;
  candidateName: string;
  introduction: { introducerId: string; introducerName: string } | null;
}
interface IntroductionRequest {
  requestId: string;
  requesterId: string;
  introducerId: string;
  targetId: string;
  status: 'open' | 'made' | 'declined';
  note: string | null;
}
interface Introductions {
  waitingForMe: IntroductionRequest[];
  myRequests: IntroductionRequest[];
}

describe('introductions on request (habit 2): asked from a recommendation, made by the introducer, seen by the admin (a real browser against the embedded default)', () => {
  let service: EmbeddedService;
  let browser: Browser;
  let page: Page;
  let people: Person[];
  let token: string;
  const browserErrors: string[] = [];
  /** Every screen is checked with axe-core where its screenshot is taken (the last test asserts it). */
  const screens = checkedScreens(() => page);
  const shoot = screens.shoot;

  const newPage = async () => {
    const opened = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    opened.setDefaultTimeout(45_000);
    opened.on('pageerror', (error) => browserErrors.push(error.stack ?? error.message));
    opened.on('console', (message) => message.type() === 'error' && browserErrors.push(message.text()));
    return opened;
  };
  const signIn = async (person: Person) => {
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText('Participant', { exact: true }).click();
    await choose(page, 'Demo person', person.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(new RegExp(`/people/${person.personId}$`));
  };
  const introductionsOf = (personId: string) => api<Introductions>(service, `/v1/people/${personId}/introduction-requests`, { token });
  const introductionsMadeBy = async (personId: string) =>
    (await api<{ items: unknown[] }>(service, `/v1/events?streamId=person-${personId}&type=IntroductionMade&limit=500`, { token })).items
      .length;

  beforeAll(async () => {
    await buildAdmin();
    service = await startEmbeddedService();
    browser = await launchChromium();
    token = await adminToken(service);
    people = (await api<{ items: Person[] }>(service, '/v1/people?limit=500', { token })).items;
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    console.error(`browser errors:\n${browserErrors.join('\n')}`);
    await screenshot(page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('the demo shows introduction requests made, declined and waiting', async () => {
    const all = (await Promise.all(people.map((p) => introductionsOf(p.personId)))).flatMap((l) => l.myRequests);
    const statuses = new Set(all.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['declined', 'made', 'open']);
  });

  it('a participant asks for an introduction from a recommendation card; the introducer makes it from their page; the admin sees it made', async () => {
    // A participant with a recommendation whose warm path they have not asked for yet.
    let found: { requester: Person; recommendation: Recommendation } | undefined;
    for (const person of people) {
      const { items } = await api<{ items: Recommendation[] }>(service, `/v1/people/${person.personId}/recommendations`, { token });
      const asked = new Set((await introductionsOf(person.personId)).myRequests.map((r) => `${r.introducerId} ${r.targetId}`));
      const recommendation = items.find((r) => r.introduction && !asked.has(`${r.introduction.introducerId} ${r.candidateId}`));
      if (recommendation) {
        found = { requester: person, recommendation };
        break;
      }
    }
    expect(found, 'the demo has a recommendation with a warm introduction path').toBeDefined();
    const { requester, recommendation } = found!;
    const introducer = people.find((p) => p.personId === recommendation.introduction!.introducerId)!;
    const target = recommendation.candidateName;
    const madeBefore = await introductionsMadeBy(introducer.personId);

    // The participant asks from the card, with a line to the introducer.
    await signIn(requester);
    const first = introducer.displayName.split(' ')[0]!;
    const ask = page.getByRole('button', { name: `Ask ${first} for an introduction to ${target}` });
    await ask.scrollIntoViewIfNeeded();
    await ask.click();
    await page.getByLabel(`A line to ${first} (optional)`).fill('We both work on next year’s plan; a coffee would help.');
    await page.waitForTimeout(300);
    await shoot('50-participant-asks-for-an-introduction');
    await page.getByRole('button', { name: `Send the request to ${first}` }).click();
    await page.getByText(`introduction asked of ${first}`).waitFor();
    const waitingRequest = async () =>
      (await introductionsOf(introducer.personId)).waitingForMe.find(
        (r) => r.requesterId === requester.personId && r.targetId === recommendation.candidateId,
      );
    await expect.poll(waitingRequest, { timeout: 30_000 }).toBeDefined();
    const request = (await waitingRequest())!;
    const mine = page.getByRole('region', { name: 'Introductions', exact: true });
    await mine.getByText(`${target}`).first().waitFor({ timeout: 30_000 });
    await mine.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shoot('51-participant-introduction-asked');

    // The introducer sees it on their own page, with why they can make it and the note, and makes it.
    await signIn(introducer);
    const panel = page.getByRole('region', { name: 'Introductions', exact: true });
    const make = panel.getByRole('button', { name: `Make the introduction: ${requester.displayName} and ${target}` });
    await make.waitFor({ timeout: 30_000 });
    await panel.getByText('We both work on next year’s plan; a coffee would help.').waitFor();
    await panel
      .getByText(new RegExp(`Why you: you and ${requester.displayName}: \\w+ tie, \\d+; you and ${target}: `))
      .first()
      .waitFor();
    await panel.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shoot('52-introducer-asked-for-an-introduction');
    await make.click();
    await panel.getByText('Thank you: your answer is recorded.').waitFor();
    // Recorded as an introduction the introducer made: it credits them (value, habit 4).
    await expect.poll(() => introductionsMadeBy(introducer.personId), { timeout: 30_000 }).toBe(madeBefore + 1);
    await expect
      .poll(async () => (await introductionsOf(requester.personId)).myRequests.find((r) => r.requestId === request.requestId)?.status, {
        timeout: 30_000,
      })
      .toBe('made');

    // The admin opens the requester's page: the request is there, made.
    page = await newPage();
    await signInAsAdmin(page, service);
    await page.goto(`${service.url}/people/${requester.personId}`);
    const seen = page.getByRole('region', { name: 'Introductions', exact: true });
    const row = seen.getByRole('listitem').filter({ hasText: `${target} through ${introducer.displayName}` });
    await row.getByText('made', { exact: true }).waitFor({ timeout: 30_000 });
    await seen.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shoot('53-admin-sees-introduction-made');
    expect(await seen.getByText('We both work on next year’s plan').count()).toBe(0);
  });

  it('every screen shown has no serious accessibility problem', () => {
    expect(Object.keys(screens.problems)).toHaveLength(4);
    expect(screens.problems).toEqual(screens.nonePerScreen());
    expect(browserErrors).toEqual([]);
  });
});
