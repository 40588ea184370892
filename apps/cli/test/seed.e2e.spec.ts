import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { syntheticOrganisation } from '@rapport/synthetic-organisation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, type SeedSummary } from '../src/commands/seed';
import { startCliHarness, type CliHarness } from './cli-harness';

const options = { people: 60, days: 30, seed: 7, start: '2026-06-01', cohortsOut: 'cohorts.json' };

describe('rapport seed', () => {
  let h: CliHarness;
  let summary: SeedSummary;
  beforeAll(async () => {
    h = await startCliHarness();
    summary = await seed(h.client, options, h.io);
  });
  afterAll(async () => h?.close());

  it('posts the generated people and interactions through the API', async () => {
    const org = syntheticOrganisation(options);
    const generated = [...org.days()].reduce((n, d) => n + d.interactions.length, 0);
    expect(summary.people).toEqual({ stored: 60, alreadyStored: 0, rejected: 0 });
    expect(summary.interactions).toEqual({ generated, stored: generated, alreadyStored: 0, rejected: 0 });
    expect(await h.eventCounts()).toMatchObject({ PersonRegistered: 60, InteractionLogged: generated });
  });

  // The server under test offers every endpoint: each must be posted, none skipped.
  it('posts help, introductions and thank-you notes, each counted once', async () => {
    const counts = await h.eventCounts();
    const eventOf = { help: 'HelpGiven', introductions: 'IntroductionMade', thankYouNotes: 'ThankYouNoteSent' } as const;
    for (const kind of ['help', 'introductions', 'thankYouNotes'] as const) {
      const s = summary.signals[kind];
      expect(s.generated).toBeGreaterThan(0);
      expect(s.skipped).toBeNull();
      expect(s).toMatchObject({ posted: s.generated, failed: [] });
      expect(counts[eventOf[kind]]).toBe(s.generated);
    }
  });

  it('posts the cohorts with their participants and writes them to a file', async () => {
    const cohorts = JSON.parse(await readFile(join(h.dir, 'cohorts.json'), 'utf8')) as Array<{
      participantIds: string[];
      postedCohortId: string | null;
    }>;
    expect(cohorts).toHaveLength(1);
    const [cohort] = cohorts;
    expect(cohort!.participantIds.length).toBeGreaterThanOrEqual(4);
    expect(summary.cohorts.skipped).toBeNull();
    expect(summary.cohorts).toMatchObject({ created: 1, enrolled: cohort!.participantIds.length });
    const view = await h.client.request<{ participants: Array<{ personId: string }> }>('GET', `/v1/cohorts/${cohort!.postedCohortId}`);
    expect(view.status).toBe(200);
    expect(new Set(view.body.participants.map((p) => p.personId))).toEqual(new Set(cohort!.participantIds));
  });

  it('posts nothing twice when the same seed is posted again', async () => {
    const before = await h.eventCounts();
    const again = await seed(h.client, options, h.io);
    expect(again.people).toEqual({ stored: 0, alreadyStored: 60, rejected: 0 });
    expect(again.interactions).toMatchObject({ stored: 0, alreadyStored: summary.interactions.generated });
    expect(again.cohorts).toMatchObject({ created: 0, alreadyThere: 1 });
    expect(await h.eventCounts()).toEqual(before);
  });
});
