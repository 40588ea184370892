// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { metricGlossary } from '@rapport/contracts';
import { checkedScreens } from './browser';
import type { EmbeddedService } from './embedded-service';
import { adminToken, api, choose, type Person } from './app-helpers';
import { useBrowserSuite } from './browser-suite';

interface Tie {
  counterpartId: string;
  counterpartName: string | null;
}

/** Presses Tab until the focused element matches `selector`, as a keyboard user would reach it. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`the keyboard never reached ${selector}`);
}

describe('metric glossary, a manager’s own network and the habit prompts of one’s own page (a real browser against the embedded default)', () => {
  const suite = useBrowserSuite();
  const { newPage, browserErrors } = suite;
  let service: EmbeddedService;
  let page: Page;
  let people: Person[];
  let token: string;
  /** Every screen is checked with axe-core where its screenshot is taken (the last test asserts it). */
  const screens = checkedScreens(() => page);
  const shoot = screens.shoot;

  const tiesOf = async (person: Person) =>
    (await api<{ items: Tie[] }>(service, `/v1/people/${person.personId}/relationships?limit=500`, { token })).items;
  const signIn = async (role: 'Participant' | 'Manager', person: Person) => {
    page = await newPage();
    await page.goto(`${service.url}/sign-in`);
    await page.getByText(role, { exact: true }).click();
    await choose(page, 'Demo person', person.displayName);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  beforeAll(async () => {
    service = suite.service();
    token = await adminToken(service);
    people = (await api<{ items: Person[] }>(service, '/v1/people?limit=500', { token })).items;
  });

  it('a participant reaches a metric term with the keyboard and reads its explanation, reads who started their ties, and opens the glossary', async () => {
    const isManager = (p: Person) => people.some((report) => report.managerId === p.personId);
    let participant: Person | undefined;
    let tie: Tie | undefined;
    for (const candidate of people.filter((p) => !isManager(p))) {
      tie = (await tiesOf(candidate)).find((t) => t.counterpartName !== null);
      if (tie) {
        participant = candidate;
        break;
      }
    }
    expect(participant, 'the demo organisation has a participant with a tie').toBeDefined();
    await signIn('Participant', participant!);
    await page.waitForURL(new RegExp(`/people/${participant!.personId}$`));
    await page.getByRole('region', { name: 'Network at a glance' }).getByText('Network size').waitFor();
    await page.getByRole('table', { name: 'Relationships' }).waitFor();

    // Tab, as a keyboard user does, to "Network size": its one-sentence explanation shows and describes it.
    await tabTo(page, '[data-metric-term="size"]');
    const tooltip = page.getByRole('tooltip');
    await tooltip.waitFor();
    expect(await tooltip.textContent()).toBe(metricGlossary.size.explanation);
    const describedBy = await page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'));
    expect(describedBy && (await page.locator(`[id="${describedBy}"]`).textContent())).toBe(metricGlossary.size.explanation);
    await page.waitForTimeout(300);
    await shoot('40-participant-metric-term-on-focus');
    await page.keyboard.press('Escape');
    await tooltip.waitFor({ state: 'detached' });

    // On their own page a tie says "You started …, <colleague> started …".
    await page.getByRole('button', { name: `Explain the tie with ${tie!.counterpartName}` }).click();
    const details = page.getByLabel(`Why the tie with ${tie!.counterpartName} has this strength`);
    const reachesOut = new RegExp(`You started \\d+, ${tie!.counterpartName} started \\d+|Neither of you started a contact`);
    await details.getByText(reachesOut).waitFor();
    expect(await details.getByText(/by them/).count()).toBe(0);
    await details.scrollIntoViewIfNeeded();
    await shoot('41-participant-tie-explained');

    // The glossary, from the navigation: every term with its explanation and how it is computed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(/\/glossary$/);
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    expect(await page.title()).toBe('Glossary · Rapport');
    for (const key of ['constraint', 'reciprocity', 'thankYou'] as const) {
      const entry = page.locator(`#term-${key}`);
      expect(await entry.textContent()).toContain(metricGlossary[key].explanation);
      expect(await entry.textContent()).toContain(`How it is computed: ${metricGlossary[key].computation}`);
    }
    await shoot('42-glossary');
  });

  it('a manager has "My network" beside "My team", opens it and sees their own ties; another person’s page sends them home', async () => {
    const reportsOf = (p: Person) => people.filter((report) => report.managerId === p.personId);
    let manager: Person | undefined;
    let ties: Tie[] = [];
    for (const candidate of people.filter((p) => reportsOf(p).length > 0)) {
      ties = (await tiesOf(candidate)).filter((t) => t.counterpartName !== null);
      if (ties.length >= 2) {
        manager = candidate;
        break;
      }
    }
    expect(manager, 'the demo organisation has a manager with ties').toBeDefined();
    await signIn('Manager', manager!);
    await page.waitForURL(/\/team$/);
    const refused: string[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/v1/') && response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
    });
    const navigation = page.getByRole('navigation', { name: 'Main' });
    await page.getByRole('heading', { name: 'My team' }).waitFor();
    await navigation.getByRole('link', { name: 'Glossary' }).waitFor();
    const links = (await navigation.getByRole('link').allTextContents()).map((text) => text.trim());
    expect(links).toEqual(['My network', 'My team', 'Glossary']);

    await navigation.getByRole('link', { name: 'My network' }).click();
    await page.waitForURL(new RegExp(`/people/${manager!.personId}$`));
    await page.getByRole('heading', { level: 1, name: `${manager!.displayName} (you)` }).waitFor();
    const table = page.getByRole('table', { name: 'Relationships' });
    for (const tie of ties.slice(0, 2)) await table.getByText(tie.counterpartName!, { exact: true }).first().waitFor();
    await page.getByRole('list', { name: 'Habit scores' }).waitFor();
    await page.getByRole('region', { name: 'Who to meet next' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ego-network-graph"] canvas').length > 0);
    // A manager takes part in networking too: they record their own, as a participant does.
    await page.getByRole('region', { name: 'Record networking' }).waitFor();
    await page.waitForTimeout(500);
    await shoot('43-manager-my-network');
    expect(refused).toEqual([]);

    // A report's page, or anyone else's, is not theirs to read: the app sends them home.
    for (const someone of [
      reportsOf(manager!)[0]!,
      people.find((p) => p.personId !== manager!.personId && p.managerId !== manager!.personId)!,
    ]) {
      await page.goto(`${service.url}/people/${someone.personId}`);
      await page.waitForURL(/\/team$/);
      await page.getByRole('heading', { name: 'My team' }).waitFor();
      expect(await page.getByText(someone.displayName, { exact: true }).count()).toBe(0);
    }
    await page.waitForTimeout(500);
    await shoot('44-manager-sent-home');
  });

  it('a participant answers "did you feel heard?" on their own page, and records a thank-you note from the first meetings waiting for one', async () => {
    type Waiting = { items: { interactionId: string; initiatorId: string }[] };
    type Card = { habits: { thankYou: { awaiting: { counterpartId: string; interactionId: string }[] } } };
    let asked: { person: Person; waiting: Waiting } | undefined;
    let thanking: { person: Person; card: Card } | undefined;
    // Questions to answer one, dismiss one, and see the others stay: three or more when the demo has them, two at least.
    const enoughAsked = () => (asked?.waiting.items.length ?? 0) > 2;
    for (const person of people) {
      if (!enoughAsked()) {
        const waiting = await api<Waiting>(service, `/v1/people/${person.personId}/feedback-requests`, { token });
        if (waiting.items.length > Math.max(1, asked?.waiting.items.length ?? 0)) asked = { person, waiting };
      }
      if (!thanking) {
        const card = await api<Card>(service, `/v1/people/${person.personId}/scorecard`, { token });
        if (card.habits.thankYou.awaiting.length > 0) thanking = { person, card };
      }
      if (enoughAsked() && thanking) break;
    }
    expect(asked, 'the demo has someone asked "did you feel heard?" about two interactions').toBeDefined();
    expect(thanking, 'the demo has someone with a first meeting waiting for a note').toBeDefined();

    await signIn('Participant', asked!.person);
    const question = page.getByRole('region', { name: 'Did you feel heard?' });
    await question.waitFor();
    const first = asked!.waiting.items[0]!;
    const initiator = people.find((p) => p.personId === first.initiatorId)!;
    await question.getByText(`Did you feel heard by ${initiator.displayName}?`).first().waitFor();
    await page.waitForTimeout(300);
    await shoot('45-participant-asked-if-heard');
    await question.getByRole('group').first().getByRole('button', { name: '5 of 5: completely' }).click();
    // The answer is recorded: the question leaves the list (or the panel, if it was the last).
    await expect
      .poll(async () => (await api<Waiting>(service, `/v1/people/${asked!.person.personId}/feedback-requests`, { token })).items.length, {
        timeout: 30_000,
      })
      .toBe(asked!.waiting.items.length - 1);

    // "Dismiss" is recorded: the question leaves the list and stays gone after the page is reloaded.
    const waitingIds = async () =>
      (await api<Waiting>(service, `/v1/people/${asked!.person.personId}/feedback-requests`, { token })).items.map((i) => i.interactionId);
    const before = await waitingIds();
    const dismissButtons = question.getByRole('button', { name: /^Dismiss the question about / });
    // The page has refreshed its list after the answer: the answered question is gone from it too.
    await expect.poll(() => dismissButtons.count(), { timeout: 30_000 }).toBe(before.length);
    const dismiss = dismissButtons.first();
    const dismissName = (await dismiss.getAttribute('aria-label'))!;
    const sameName = question.getByRole('button', { name: dismissName, exact: true });
    const shownBefore = await sameName.count();
    await dismiss.click();
    await expect.poll(async () => (await waitingIds()).length, { timeout: 30_000 }).toBe(before.length - 1);
    const after = await waitingIds();
    expect(
      before.filter((id) => !after.includes(id)),
      'exactly one question dismissed',
    ).toHaveLength(1);
    await page.reload();
    // The page has read its questions again (the panel is there while any is left) before they are counted.
    await page.getByRole('region', { name: 'Habit scorecard' }).waitFor();
    if (after.length > 0) await dismissButtons.first().waitFor();
    expect(await sameName.count(), 'the dismissed question stays gone after a reload').toBe(shownBefore - 1);
    await page.waitForTimeout(300);
    await shoot('45b-participant-dismissed-a-question');

    await signIn('Participant', thanking!.person);
    const due = page.getByRole('list', { name: 'First meetings waiting for a thank-you note' });
    await due.waitFor();
    const met = people.find((p) => p.personId === thanking!.card.habits.thankYou.awaiting[0]!.counterpartId)!;
    const record = due.getByRole('button', { name: `I sent a note to ${met.displayName}` });
    await record.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shoot('46-participant-thank-you-notes-due');
    await record.click();
    await due.getByRole('button', { name: `Recorded: note to ${met.displayName}` }).waitFor();
    await expect
      .poll(
        async () =>
          (await api<Card>(service, `/v1/people/${thanking!.person.personId}/scorecard`, { token })).habits.thankYou.awaiting.map(
            (a) => a.counterpartId,
          ),
        { timeout: 30_000 },
      )
      .not.toContain(met.personId);

    // Habit 2: a recommended person becomes a target from their card, and the target list shows the tie moving toward 30.
    const addTarget = page.getByRole('button', { name: /^Add as a target: / }).first();
    const candidate = ((await addTarget.getAttribute('aria-label')) ?? '').replace('Add as a target: ', '');
    await addTarget.click();
    const targets = page.getByRole('list', { name: 'Networking targets' });
    // Recorded at once; shown as soon as the worker has projected it (the page refreshes a few times over 15 s).
    await expect
      .poll(
        async () =>
          (
            await api<{ habits: { targets: { list: { targetId: string }[] } } }>(
              service,
              `/v1/people/${thanking!.person.personId}/scorecard`,
              { token },
            )
          ).habits.targets.list.length,
        { timeout: 30_000 },
      )
      .toBe(1);
    await targets.getByText(candidate).waitFor({ timeout: 30_000 });
    expect(await targets.textContent()).toMatch(new RegExp(`${candidate}: (reached \\(tie [\\d.]+\\)|tie [\\d.]+ of 30)`));
    await targets.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await shoot('47-participant-networking-targets');

    // Habit 4: help to a colleague is recorded from their row, the form opened with them chosen.
    const firstTie = page
      .getByRole('table', { name: 'Relationships' })
      .getByRole('button', { name: /^Explain the tie with / })
      .first();
    const colleagueName = ((await firstTie.getAttribute('aria-label')) ?? '').replace('Explain the tie with ', '');
    await firstTie.click();
    await page.getByRole('button', { name: `Record help to ${colleagueName}` }).click();
    const recordPanel = page.getByRole('region', { name: 'Record networking' });
    await expect.poll(() => recordPanel.getByLabel('Who you helped').first().inputValue(), { timeout: 30_000 }).toBe(colleagueName);
    await recordPanel.getByRole('button', { name: 'Record', exact: true }).click();
    await recordPanel.getByText('Your scorecard and ties update in a moment.').waitFor();
  });

  it('has no serious or critical accessibility problem on any screen, and no browser error', () => {
    expect(Object.keys(screens.problems)).toHaveLength(9);
    expect(screens.problems).toEqual(screens.nonePerScreen());
    expect(browserErrors).toEqual([]);
  });
});
