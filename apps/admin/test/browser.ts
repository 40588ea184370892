import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; no tool ever downloads a browser of its own. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const screenshotDir = resolve(import.meta.dirname, '../test-results');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium is missing at ${chromiumPath}: apt-get install -y chromium`);
  return chromium.launch({
    executablePath: chromiumPath,
    // SwiftShader gives WebGL (the network graph) without a GPU.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/**
 * Saves a screenshot of the whole screen as a test artifact. The viewport grows to the
 * page's height first, so fixed headers stay at the top instead of being stitched mid-page.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 1440, height: 1000 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, Math.min(height, 6000)) });
  await page.waitForTimeout(200);
  await page.screenshot({ path: resolve(screenshotDir, `${name}.png`) });
  await page.setViewportSize(viewport);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The serious and critical accessibility problems axe-core finds on the page as it is
 * now (WCAG 2.2 A and AA rules), one line each: rule, impact, what it asks, where.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the browser's debugging protocol: the app's Content Security Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations: { id: string; impact: string; help: string; where: string[] }[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<any> } }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v: any) => ({
      id: v.id as string,
      impact: v.impact as string,
      help: v.help as string,
      where: v.nodes.slice(0, 3).map((n: any) => `${n.target.join(' ')}${n.any?.[0]?.message ? ` (${n.any[0].message})` : ''}`),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.where.join('; ')}`);
}

/**
 * Every screen a test shows, screenshotted and checked with axe-core under its name:
 * `shoot` for a whole-page screenshot, `check` after a screenshot taken otherwise;
 * `problems` holds each screen's findings, `nonePerScreen` what they must equal.
 */
export function checkedScreens(page: () => Page) {
  const problems: Record<string, string[]> = {};
  const check = async (name: string) => {
    problems[name] = await accessibilityProblems(page());
  };
  return {
    problems,
    check,
    shoot: async (name: string) => {
      await screenshot(page(), name);
      await check(name);
    },
    nonePerScreen: () => Object.fromEntries(Object.keys(problems).map((name) => [name, []])),
  };
}
