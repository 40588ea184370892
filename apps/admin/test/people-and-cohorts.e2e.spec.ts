// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkedScreens, launchChromium, screenshot, screenshotDir } from './browser';
import { startEmbeddedService, type EmbeddedService } from './embedded-service';
import { adminToken, api, buildAdmin, signInAsAdmin, type Person } from './app-helpers';

/** Elements whose right edge is past the window's, other than those inside a scrolling table frame. */
const pastTheEdge = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll('body *'))
      .filter((el) => !el.closest('.mantine-Table-scrollContainer, [class*="TableScrollContainer"], canvas'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > window.innerWidth + 1;
      })
      .map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? ''}`)
      .slice(0, 10),
  );

const idOf = (streamId: string) => streamId.slice(streamId.indexOf('-') + 1);

describe('erasing a person in the app (a real browser against the embedded default)', () => {
  let service: EmbeddedService;
  let browser: Browser;
  let page: Page;
  const browserErrors: string[] = [];
  /** Every screen and dialog is checked with axe-core where its screenshot is taken: no serious or critical problem. */
  const screens = checkedScreens(() => page);
  const shoot = screens.shoot;

  beforeAll(async () => {
    await buildAdmin();
    service = await startEmbeddedService();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.setDefaultTimeout(45_000);
    page.on('pageerror', (error) => browserErrors.push(error.stack ?? error.message));
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    console.error(`browser errors:\n${browserErrors.join('\n')}`);
    await screenshot(page, 'failed-erasure');
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('an admin enrols people from pasted e-mails, is asked before a withdrawal, and erases a person after a confirmation: they leave the people list, the pickers and their cohort, and their page says only that they were erased', async () => {
    const token = await adminToken(service);
    const people = (await api<{ items: Person[] }>(service, '/v1/people?limit=500', { token })).items;
    const [erased, colleague] = people.filter((p) => !people.some((r) => r.managerId === p.personId)) as [Person, Person];
    const program = await api<{ streamId: string }>(service, '/v1/programs', { token, body: { name: 'Erasure programme' } });
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const cohort = await api<{ streamId: string }>(service, '/v1/cohorts', {
      token,
      body: { programId: idOf(program.streamId), name: 'Erasure cohort', startsOn: day(-30), endsOn: day(30), goals: [] },
    });
    const cohortId = idOf(cohort.streamId);

    // A new cohort opens on its enrolment box; both are enrolled at once from pasted e-mail addresses.
    await signInAsAdmin(page, service);

    // At 390 px (a phone), nothing runs past the screen's edge: only tables scroll, inside their own frame.
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [name, path] of [
      ['25-people-at-390px', '/people'],
      ['26-person-at-390px', `/people/${colleague.personId}`],
    ] as const) {
      await page.goto(`${service.url}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(800);
      expect(await pastTheEdge(page), name).toEqual([]);
      // No department badge is cut short (its text fits its badge).
      const cut = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.mantine-Badge-label'))
          .filter((label) => label.scrollWidth > label.clientWidth + 1)
          .map((label) => label.textContent),
      );
      expect(cut, name).toEqual([]);
      await page.screenshot({ path: `${screenshotDir}/${name}.png` });
      await screens.check(name);
    }
    await page.setViewportSize({ width: 1440, height: 1000 });

    await page.goto(`${service.url}/cohorts/${cohortId}`);
    const box = page.getByRole('textbox', { name: 'Enrol many people' });
    await box.fill(
      `Name,E-mail\n${erased.displayName},${erased.email}\n${colleague.displayName},${colleague.email}\nNobody,nobody@example.com`,
    );
    await page.getByRole('button', { name: 'Enrol 3 people' }).click();
    await page.getByText('2 enrolled').waitFor();
    await page.getByText('Nobody registered has these addresses: nobody@example.com.').waitFor();
    const enrolled = page.getByRole('table', { name: 'Participants' });
    await enrolled.getByText(erased.displayName).waitFor();
    await enrolled.getByText(colleague.displayName).waitFor();
    await shoot('20-cohort-enrolled-from-emails');

    // Withdrawing asks first.
    await page.getByRole('button', { name: `Withdraw ${colleague.displayName}` }).click();
    const asked = page.getByRole('dialog', { name: `Withdraw ${colleague.displayName} from this cohort?` });
    await asked.waitFor();
    await shoot('21-withdraw-confirmation');
    await asked.getByRole('button', { name: `Keep ${colleague.displayName}` }).click();
    await asked.waitFor({ state: 'detached' });

    await page.goto(`${service.url}/people/${erased.personId}`);
    await page.getByRole('heading', { name: erased.displayName }).waitFor();

    // The confirmation says what happens, and nothing is erased until it is confirmed.
    await page.getByRole('button', { name: 'Erase this person…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${erased.displayName}?` });
    await dialog.getByText('This cannot be undone').waitFor();
    await dialog.getByText(/leave the people list, the directory, every picker and every cohort/).waitFor();
    await shoot('22-erase-confirmation');
    await dialog.getByRole('button', { name: `Keep ${erased.displayName}` }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await fetch(`${service.url}/v1/people/${erased.personId}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );

    await page.getByRole('button', { name: 'Erase this person…' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: `Erase ${erased.displayName}` })
      .click();
    await page.getByText('This person has been erased').waitFor();
    expect(await page.getByRole('heading', { name: erased.displayName }).count()).toBe(0);
    expect(await page.getByTestId('ego-network-graph').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Log interaction' }).count()).toBe(0);
    await shoot('23-erased-person');

    // Reading and erasing again agree: the person has been erased.
    for (const method of ['GET', 'DELETE']) {
      const answer = await fetch(`${service.url}/v1/people/${erased.personId}`, { method, headers: { authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(410);
    }

    // Gone from the people list…
    await page.getByRole('link', { name: 'People', exact: true }).click();
    const table = page.getByRole('table', { name: 'People' });
    await table.getByText(colleague.displayName).waitFor();
    expect(await table.getByText(erased.displayName).count()).toBe(0);
    await shoot('24-people-after-erasure');

    // …from the pickers: the colleague picker finds a third person by name, and nobody by the erased name.
    const third = people.find((p) => p !== erased && p !== colleague && !p.displayName.includes(erased.displayName))!;
    await page.goto(`${service.url}/people/${colleague.personId}`);
    const picker = page.getByLabel('Show another person').first();
    await picker.click();
    await picker.fill(third.displayName);
    await page.getByRole('option', { name: third.displayName }).first().waitFor();
    await picker.fill(erased.displayName);
    await page.waitForTimeout(500);
    await page.getByText('Searching…').waitFor({ state: 'detached' });
    await page.getByRole('option', { name: third.displayName }).first().waitFor({ state: 'detached' });
    expect(await page.getByRole('option', { name: erased.displayName }).count()).toBe(0);

    // …and from their cohort, withdrawn without anyone doing it.
    await page.goto(`${service.url}/cohorts/${cohortId}`);
    const participants = page.getByRole('table', { name: 'Participants' });
    await participants.getByText(colleague.displayName).waitFor();
    expect(await participants.getByText(erased.displayName).count()).toBe(0);
    expect(browserErrors).toEqual([]);
    expect(screens.problems).toEqual(screens.nonePerScreen());
  }, 240_000);
});
