import { WEEK_START_SQL } from './week-start';
import type { PairSums } from '@rapport/domain';

/**
 * The sums a pair's read-model rows keep (rm_pair_summaries, rm_pair_weeks), seen from
 * `person_id`: each column, how a set of contribution rows `c` aggregates into it, and
 * how two rows of it add up. Every column but `last_contact` is a plain sum, so rows
 * are kept by adding contributions as they arrive and subtracting them when they are
 * corrected away (SPEC §6.2, docs/architecture-projections.md).
 */
const columns = [
  ['contributions', 'count(*)'],
  ['by_person', 'count(*) FILTER (WHERE c.initiator_id = c.person_id)'],
  ['by_counterpart', 'count(*) FILTER (WHERE c.initiator_id = c.counterpart_id)'],
  ['interactions', `count(*) FILTER (WHERE c.source = 'interaction')`],
  ['in_person', `count(*) FILTER (WHERE c.source = 'interaction' AND c.channel = 'in_person')`],
  ['video', `count(*) FILTER (WHERE c.source = 'interaction' AND c.channel = 'video')`],
  ['call', `count(*) FILTER (WHERE c.source = 'interaction' AND c.channel = 'call')`],
  ['chat', `count(*) FILTER (WHERE c.source = 'interaction' AND c.channel = 'chat')`],
  ['email', `count(*) FILTER (WHERE c.source = 'interaction' AND c.channel = 'email')`],
  ['help_given', `count(*) FILTER (WHERE c.source = 'help' AND c.initiator_id = c.person_id)`],
  ['help_received', `count(*) FILTER (WHERE c.source = 'help' AND c.initiator_id <> c.person_id)`],
  ['introductions', `count(*) FILTER (WHERE c.source = 'introduction')`],
  ['notes_by_person', `count(*) FILTER (WHERE c.source = 'thank_you' AND c.initiator_id = c.person_id)`],
  ['notes_by_counterpart', `count(*) FILTER (WHERE c.source = 'thank_you' AND c.initiator_id <> c.person_id)`],
  ['handwritten', `count(*) FILTER (WHERE c.source = 'thank_you' AND c.handwritten)`],
] as const;

/** Float sums, each zeroed when the count it belongs to is zero (no residue of a subtraction survives). */
const floatColumns = [
  ['depth_sum', `coalesce(sum(coalesce(c.depth, 1)) FILTER (WHERE c.source = 'interaction'), 0)`, 'interactions'],
  ['w_interaction', `coalesce(sum(c.epoch_weight) FILTER (WHERE c.source = 'interaction'), 0)`, 'interactions'],
  ['w_help', `coalesce(sum(c.epoch_weight) FILTER (WHERE c.source = 'help'), 0)`, 'help_given + help_received'],
  ['w_introduction', `coalesce(sum(c.epoch_weight) FILTER (WHERE c.source = 'introduction'), 0)`, 'introductions'],
  ['w_thank_you', `coalesce(sum(c.epoch_weight) FILTER (WHERE c.source = 'thank_you'), 0)`, 'notes_by_person + notes_by_counterpart'],
] as const;

export type PairSumColumn = (typeof columns)[number][0] | (typeof floatColumns)[number][0] | 'last_contact';

/** SQL of the last contact of the row `from` (an alias and a dot, or nothing) as epoch milliseconds. */
const lastMsOf = (from: string) => `floor(extract(epoch FROM ${from}last_contact) * 1000)::float8`;

/** Column names, in one order. */
export const pairSumColumnList = [...columns.map(([name]) => name), ...floatColumns.map(([name]) => name), 'last_contact'].join(', ');

/** The column definitions of a table of pair sums. */
export const pairSumColumnDefinitions = [
  ...columns.map(([name]) => `${name} int NOT NULL`),
  ...floatColumns.map(([name]) => `${name} double precision NOT NULL`),
  'last_contact timestamptz NOT NULL',
].join(',\n  ');

/** CREATE TABLE of pair sums keyed by (person, counterpart) and `key`, pages kept with room for rows updated in place. */
export const createPairSumsTable = (table: string, key: readonly string[] = []): string => `CREATE TABLE ${table} (
      person_id uuid NOT NULL,
      counterpart_id uuid NOT NULL,
      ${key.map((column) => `${column} NOT NULL,`).join('\n      ')}
      ${pairSumColumnDefinitions},
      PRIMARY KEY (person_id, counterpart_id${key.map((column) => `, ${column.split(' ')[0]}`).join('')})
    ) WITH (fillfactor = 80);`;

/** SELECT list turning contribution rows `c` into pair sums. */
export const pairSumsOfContributions = [
  ...columns.map(([name, aggregate]) => `${aggregate}::int AS ${name}`),
  ...floatColumns.map(([name, aggregate]) => `${aggregate}::float8 AS ${name}`),
  'max(c.occurred_at) AS last_contact',
].join(', ');

/** The columns of contribution rows that pair sums are made of (what a statement that adds or removes contributions returns). */
export const CONTRIBUTION_SUM_INPUTS =
  'person_id, counterpart_id, initiator_id, source, occurred_at, epoch_weight, channel, depth, handwritten';

/** The pair sums of each pair's week in a set of contribution rows (a CTE's name): person, counterpart, week start, sums. */
export const weeklyPairSumsOf = (rows: string): string =>
  `SELECT c.person_id, c.counterpart_id, ${WEEK_START_SQL('c.occurred_at')} AS week_start, ${pairSumsOfContributions} FROM ${rows} c GROUP BY 1, 2, 3`;

/** SELECT list adding up rows of pair sums `d` (grouped by the caller, or all of them). */
export const pairSumsOfRows = [
  ...columns.map(([name]) => `coalesce(sum(d.${name}), 0)::int AS ${name}`),
  ...floatColumns.map(([name]) => `coalesce(sum(d.${name}), 0)::float8 AS ${name}`),
  'max(d.last_contact) AS last_contact',
].join(', ');

/** ON CONFLICT … DO UPDATE SET: the stored row `t` plus the new one. */
export const addPairSums = [
  ...columns.map(([name]) => `${name} = t.${name} + excluded.${name}`),
  ...floatColumns.map(([name]) => `${name} = t.${name} + excluded.${name}`),
  'last_contact = greatest(t.last_contact, excluded.last_contact)',
].join(', ');

/**
 * UPDATE … SET: the stored row `t` less the removed sums `d`. Its `last_contact` is
 * left as it was: the latest contact left is read by a later statement of the same
 * transaction (removeContributions says why).
 */
export function subtractPairSums(): string {
  const left = (count: string) =>
    count
      .split(' + ')
      .map((c) => `t.${c} - d.${c}`)
      .join(' + ');
  return [
    ...columns.map(([name]) => `${name} = t.${name} - d.${name}`),
    ...floatColumns.map(([name, , count]) => `${name} = CASE WHEN ${left(count)} = 0 THEN 0 ELSE t.${name} - d.${name} END`),
  ].join(', ');
}

/** A row of pair sums as the driver returns it, `last_contact` as epoch milliseconds (`last_ms`). */
export type PairSumsRow = Record<Exclude<PairSumColumn, 'last_contact'>, number | string> & { last_ms: number | string };

/** The same columns as the query reads them: `last_contact` as epoch milliseconds. */
export const pairSumColumnsRead = pairSumColumnsReadFrom('');

/** The same SELECT list read from the table aliased `alias`. */
export function pairSumColumnsReadFrom(alias: string): string {
  const from = alias ? `${alias}.` : '';
  return pairSumColumnList
    .split(', ')
    .map((column) => (column === 'last_contact' ? `${lastMsOf(from)} AS last_ms` : `${from}${column}`))
    .join(', ');
}

/**
 * SQL of the pair sums of the row aliased `alias` as one text value: every column in
 * pairSumColumnList's order, comma separated, the last contact as epoch milliseconds
 * (`lastMs`: by default computed from the row's last_contact; floats are written
 * exactly: PostgreSQL's shortest round-trip form). A statement
 * returning many pairs sends one field per pair instead of twenty-one, each of which
 * the driver would decode on its own.
 */
export function packedPairSumsFrom(alias: string, lastMs = lastMsOf(`${alias}.`)): string {
  const columns = pairSumColumnList.split(', ').map((column) => (column === 'last_contact' ? lastMs : `${alias}.${column}`));
  return `concat_ws(',', ${columns.join(', ')})`;
}

const packedIndex = new Map(pairSumColumnList.split(', ').map((column, i) => [column === 'last_contact' ? 'last_ms' : column, i]));

/**
 * SQL aggregating the rows aliased `alias` (each a pair: its counterpart_id and its sums)
 * into one text: a pair after another, ';' between, each the counterpart's id, then each
 * of `fields` (SQL of text, never null), then the sums as packedPairSumsFrom writes them
 * (`lastMs` as there), ',' between. Null when there are no rows.
 */
export function packedPairsFrom(alias: string, fields: readonly string[] = [], lastMs?: string): string {
  return `string_agg(${[`${alias}.counterpart_id::text`, ...fields, packedPairSumsFrom(alias, lastMs)].join(` || ',' || `)}, ';')`;
}

/** The pairs packedPairsFrom wrote: each counterpart, its `fields` (as text) and its sums. */
export function pairsFromPacked(packed: string | null, fields = 0): Array<{ counterpartId: string; fields: string[]; sums: PairSums }> {
  if (!packed) return [];
  return packed.split(';').map((pair) => {
    const values: string[] = [];
    let from = 0;
    for (let i = 0; i <= fields; i++) {
      const end = pair.indexOf(',', from);
      values.push(pair.slice(from, end));
      from = end + 1;
    }
    const [counterpartId, ...rest] = values as [string, ...string[]];
    return { counterpartId, fields: rest, sums: pairSumsFromPacked(pair.slice(from)) };
  });
}

/** The pair sums packedPairSumsFrom wrote. */
export function pairSumsFromPacked(packed: string): PairSums {
  const values = packed.split(',');
  return pairSumsFrom((column) => Number(values[packedIndex.get(column)!]));
}

export function pairSumsFromRow(r: PairSumsRow): PairSums {
  return pairSumsFrom((column) => Number(r[column]));
}

/** Pair sums from each column's value (`last_ms` the last contact as epoch milliseconds). */
function pairSumsFrom(n: (column: keyof PairSumsRow) => number): PairSums {
  const channelMix: PairSums['channelMix'] = {};
  for (const channel of ['in_person', 'video', 'call', 'chat', 'email'] as const) {
    const count = n(channel);
    if (count > 0) channelMix[channel] = count;
  }
  return {
    contributions: n('contributions'),
    epochWeights: { interaction: n('w_interaction'), help: n('w_help'), introduction: n('w_introduction'), thank_you: n('w_thank_you') },
    initiatedByPerson: n('by_person'),
    initiatedByCounterpart: n('by_counterpart'),
    interactionCount: n('interactions'),
    channelMix,
    depthSum: n('depth_sum'),
    lastContact: n('last_ms'),
    helpGiven: n('help_given'),
    helpReceived: n('help_received'),
    introductions: n('introductions'),
    notesByPerson: n('notes_by_person'),
    notesByCounterpart: n('notes_by_counterpart'),
    handwritten: n('handwritten'),
  };
}
