import type { PersonView } from '@rapport/contracts';
import { describeProblem, type RapportClient } from '../api-client';
import type { Progress } from '../progress';

/** Below this many emails the directory asks for each one; above it, it reads every page once. */
const LOOKUP_LIMIT = 200;
const PAGE = 500;

/** People already registered, by lower-cased email (the read model, so it trails recent writes slightly). */
export async function peopleByEmail(
  client: RapportClient,
  emails: readonly string[],
  progress: Progress,
): Promise<Map<string, PersonView>> {
  const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
  const found = new Map<string, PersonView>();
  if (wanted.length <= LOOKUP_LIMIT) {
    progress.start(wanted.length);
    for (const email of wanted) {
      const page = await listPage(client, `/v1/people?limit=2&email=${encodeURIComponent(email)}`);
      if (page.items[0]) found.set(email, page.items[0]);
      progress.advance(1);
    }
    progress.stop();
    return found;
  }
  const wantedSet = new Set(wanted);
  progress.start(wanted.length);
  let cursor: string | null = null;
  do {
    const page = await listPage(client, `/v1/people?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    for (const person of page.items) {
      const email = person.email.toLowerCase();
      if (wantedSet.has(email) && !found.has(email)) {
        found.set(email, person);
        progress.advance(1);
      }
    }
    cursor = page.nextCursor;
  } while (cursor);
  progress.stop();
  return found;
}

/** Whether the person is visible in the read model yet (used to wait for the projection after registering). */
export async function personIsVisible(client: RapportClient, personId: string): Promise<boolean> {
  const response = await client.request('GET', `/v1/people/${personId}`);
  return response.status === 200;
}

async function listPage(client: RapportClient, path: string): Promise<{ items: PersonView[]; nextCursor: string | null }> {
  const response = await client.request<{ items: PersonView[]; nextCursor: string | null }>('GET', path);
  if (response.status !== 200) throw new Error(`cannot list people: ${describeProblem(response)}`);
  return response.body;
}
