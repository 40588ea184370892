import { parseStreamId } from '@rapport/contracts';
import type { SyntheticCohort, SyntheticPerson } from '@rapport/synthetic-organisation';
import { post } from './http';
import type { Stack } from './stack';

/**
 * The groups the aggregate queries read: the synthetic organisation's cohorts, created
 * and enrolled through the API, and every manager with at least `minimumSubtree` people
 * below them (smaller teams answer with everything suppressed, which costs little).
 */
export interface QueryGroups {
  readonly cohortIds: readonly string[];
  readonly managerIds: readonly string[];
}

export async function createCohorts(stack: Stack, cohorts: readonly SyntheticCohort[]): Promise<string[]> {
  if (cohorts.length === 0) return [];
  const program = (await post(stack.url, stack.token, '/v1/programs', { name: 'Benchmark programme' })) as { streamId: string };
  const programId = entityId(program.streamId);
  const ids: string[] = [];
  for (const cohort of cohorts) {
    const created = (await post(stack.url, stack.token, '/v1/cohorts', {
      programId,
      name: cohort.name,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
      goals: ['Build ties across departments'],
    })) as { streamId: string };
    const cohortId = entityId(created.streamId);
    for (const personId of cohort.participantIds) await post(stack.url, stack.token, `/v1/cohorts/${cohortId}/participants`, { personId });
    ids.push(cohortId);
  }
  return ids;
}

/** Managers whose reporting subtree (everyone below them) has at least `minimumSubtree` people. */
export function managersWithTeams(people: readonly SyntheticPerson[], minimumSubtree = 5): string[] {
  const reports = new Map<string, string[]>();
  for (const person of people) {
    if (!person.managerId) continue;
    const list = reports.get(person.managerId) ?? [];
    list.push(person.personId);
    reports.set(person.managerId, list);
  }
  const sizes = new Map<string, number>();
  const subtree = (id: string): number => {
    const known = sizes.get(id);
    if (known !== undefined) return known;
    const size = (reports.get(id) ?? []).reduce((sum, report) => sum + 1 + subtree(report), 0);
    sizes.set(id, size);
    return size;
  };
  return [...reports.keys()].filter((id) => subtree(id) >= minimumSubtree);
}

/**
 * At most `count` of managersWithTeams: the head of the largest subtree first, then
 * managers evenly spaced through the rest (an organisation of 100,000 has about 16,000,
 * each asked once untimed before the timed run).
 */
export function sampleOfManagers(people: readonly SyntheticPerson[], count: number): string[] {
  const all = managersWithTeams(people);
  if (all.length <= count) return all;
  const head = people.find((p) => !p.managerId && all.includes(p.personId))?.personId ?? all[0]!;
  const rest = all.filter((id) => id !== head);
  const step = rest.length / (count - 1);
  return [head, ...Array.from({ length: count - 1 }, (_, i) => rest[Math.floor(i * step)]!)];
}

const entityId = (streamId: string) => parseStreamId(streamId).entityId;
