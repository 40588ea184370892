/**
 * k-anonymity for manager analytics (SPEC §2, docs/privacy.md "k-anonymity"). Every
 * group a manager figure can be computed over is a reporting subtree, optionally narrowed
 * to one department. The rules, applied here and nowhere else:
 *
 * 1. fewer_than_k — a group of fewer than k people is never shown.
 * 2. differencing — a group is shown only if, after removing every smaller group that
 *    can itself be shown (a descendant manager's subtree, the same narrowed to a
 *    department), at least k people remain; otherwise two published figures would
 *    isolate fewer than k people.
 * 3. complementary — within a department breakdown, the hidden departments together
 *    hold 0 or at least k people; otherwise the next-smallest shown department is
 *    hidden too. When the whole subtree is hidden, so is every department of it.
 *
 * The groups come from the current reporting lines and registered people only, never from
 * the as-of instant, so two queries at different instants cover exactly the same people.
 */
export interface ReportingLine {
  readonly personId: string;
  readonly managerId: string | null;
  readonly department: string;
}

export type SuppressionReason = 'fewer_than_k' | 'complementary' | 'differencing';
export type Disclosure = { readonly shown: true } | { readonly shown: false; readonly reason: SuppressionReason };

export interface ManagerDisclosure {
  readonly members: readonly string[];
  readonly total: Disclosure;
  readonly departments: readonly { readonly department: string; readonly members: readonly string[]; readonly disclosure: Disclosure }[];
}

const shown: Disclosure = { shown: true };
const hidden = (reason: SuppressionReason): Disclosure => ({ shown: false, reason });

/** Everyone below a manager in the reporting lines (not the manager), cycles ignored. */
export function reportingSubtree(managerId: string, lines: readonly ReportingLine[]): string[] {
  const reports = new Map<string, string[]>();
  for (const l of lines) if (l.managerId) reports.set(l.managerId, [...(reports.get(l.managerId) ?? []), l.personId]);
  const seen = new Set<string>([managerId]);
  const out: string[] = [];
  const queue = [...(reports.get(managerId) ?? [])];
  while (queue.length > 0) {
    const p = queue.shift()!;
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
    queue.push(...(reports.get(p) ?? []));
  }
  return out.sort();
}

interface Group {
  readonly managerId: string;
  /** null: the whole subtree. */
  readonly department: string | null;
  readonly members: readonly string[];
  readonly key: string;
}

/** Every group a manager figure can be computed over: each manager's subtree, whole and per department. */
function groupsOf(lines: readonly ReportingLine[]): Group[] {
  const departmentOf = new Map(lines.map((l) => [l.personId, l.department]));
  const managers = [...new Set(lines.flatMap((l) => (l.managerId ? [l.managerId] : [])))].sort();
  const groups: Group[] = [];
  for (const managerId of managers) {
    const subtree = reportingSubtree(managerId, lines);
    groups.push({ managerId, department: null, members: subtree, key: subtree.join(',') });
    for (const department of [...new Set(subtree.map((p) => departmentOf.get(p)!))].sort()) {
      const members = subtree.filter((p) => departmentOf.get(p) === department);
      groups.push({ managerId, department, members, key: members.join(',') });
    }
  }
  return groups;
}

/**
 * The rules applied to the whole organisation at once, so the same set of people gets
 * the same answer whichever manager or department it is asked through. Hiding only ever
 * grows, so the loop ends.
 */
export function organisationDisclosure(lines: readonly ReportingLine[], k: number): Map<string, Disclosure> {
  const groups = groupsOf(lines);
  const sets = new Map<string, Set<string>>();
  const byKey = new Map<string, Group[]>();
  for (const g of groups) {
    sets.set(g.key, new Set(g.members));
    byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  }
  const decision = new Map<string, Disclosure>();
  for (const [key, members] of sets) decision.set(key, members.size < k ? hidden('fewer_than_k') : shown);
  const isShown = (key: string) => decision.get(key)!.shown;
  for (let changed = true; changed;) {
    changed = false;
    // Rule 3 first: hiding a department beside a small one keeps the subtree total showable.
    // Per manager, hidden departments of a shown subtree hold 0 or at least k people.
    for (const total of groups.filter((g) => g.department === null)) {
      const cells = groups.filter((g) => g.managerId === total.managerId && g.department !== null);
      if (!isShown(total.key)) {
        for (const c of cells.filter((c) => isShown(c.key))) {
          decision.set(c.key, hidden('complementary'));
          changed = true;
        }
        continue;
      }
      const hiddenPeople = cells.filter((c) => !isShown(c.key)).reduce((n, c) => n + c.members.length, 0);
      if (hiddenPeople === 0 || hiddenPeople >= k) continue;
      const smallest = cells
        .filter((c) => isShown(c.key))
        .sort((a, b) => a.members.length - b.members.length || a.department!.localeCompare(b.department!))[0];
      if (smallest) {
        decision.set(smallest.key, hidden('complementary'));
        changed = true;
      }
    }
    // Rule 2: remove every shown strict subset; fewer than k left means the group could be differenced.
    for (const [key, members] of sets) {
      if (!isShown(key)) continue;
      // A subtree's own department cells are rule 3's business (it keeps their hidden rest ≥ k).
      const owners = new Set(
        byKey
          .get(key)!
          .filter((g) => g.department === null)
          .map((g) => g.managerId),
      );
      const ownBreakdown = (other: string) => byKey.get(other)!.every((g) => g.department !== null && owners.has(g.managerId));
      const covered = new Set<string>();
      for (const [other, part] of sets) {
        if (other === key || !isShown(other) || part.size >= members.size || ownBreakdown(other)) continue;
        if ([...part].every((p) => members.has(p))) for (const p of part) covered.add(p);
      }
      if (covered.size > 0 && members.size - covered.size < k) {
        decision.set(key, hidden('differencing'));
        changed = true;
      }
    }
  }
  return decision;
}

/** Which of a manager's figures may be shown: the subtree as a whole and each department in it. */
export function managerDisclosure(managerId: string, lines: readonly ReportingLine[], k: number): ManagerDisclosure {
  return disclosuresOf(lines, k)(managerId);
}

/**
 * Every manager's disclosure from one pass over the organisation (the suppression rules
 * are decided on the whole organisation at once): what a service keeps while the
 * reporting lines stay the same.
 */
export function disclosuresOf(lines: readonly ReportingLine[], k: number): (managerId: string) => ManagerDisclosure {
  const decision = organisationDisclosure(lines, k);
  const byManager = new Map<string, ReturnType<typeof groupsOf>>();
  for (const g of groupsOf(lines)) {
    const list = byManager.get(g.managerId) ?? [];
    list.push(g);
    byManager.set(g.managerId, list);
  }
  return (managerId) => {
    const groups = byManager.get(managerId) ?? [];
    const total = groups.find((g) => g.department === null);
    if (!total) return { members: [], total: hidden('fewer_than_k'), departments: [] };
    return {
      members: total.members,
      total: decision.get(total.key)!,
      departments: groups
        .filter((g) => g.department !== null)
        .map((g) => ({ department: g.department!, members: g.members, disclosure: decision.get(g.key)! })),
    };
  };
}
