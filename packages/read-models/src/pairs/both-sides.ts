/** Columns seen from one side of a pair, each with its twin seen from the other. */
const otherSide: Readonly<Record<string, string>> = {
  person_id: 'counterpart_id',
  counterpart_id: 'person_id',
  by_person: 'by_counterpart',
  by_counterpart: 'by_person',
  help_given: 'help_received',
  help_received: 'help_given',
  notes_by_person: 'notes_by_counterpart',
  notes_by_counterpart: 'notes_by_person',
};

/**
 * A SELECT list of `columns` of the row aliased `alias` (or unqualified) as the
 * counterpart sees it: person and counterpart swapped, and with them what each side
 * initiated, gave, received and wrote. Every other column reads the same from both sides.
 */
export function seenByCounterpart(columns: readonly string[], alias = ''): string {
  const from = alias ? `${alias}.` : '';
  return columns.map((column) => `${from}${otherSide[column] ?? column} AS ${column}`).join(', ');
}

/** SQL of the rows `rows` (a table or CTE) with `columns`, each as stored and as the counterpart sees it. */
export const bothSidesOf = (rows: string, columns: readonly string[]): string =>
  `SELECT ${columns.join(', ')} FROM ${rows} UNION ALL SELECT ${seenByCounterpart(columns)} FROM ${rows}`;
