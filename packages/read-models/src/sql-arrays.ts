type Element = string | number | boolean | null | undefined;

const quoted = (value: string): string =>
  value.includes('"') || value.includes('\\') ? `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `"${value}"`;

/**
 * A PostgreSQL array literal, `{"a","b",NULL}`, quoted as node-postgres quotes array
 * parameters. Built directly for the long columns of a batch (cheaper than the driver's
 * per-element escaping), and for ragged values — one list per row, passed as one
 * text[] parameter and cast back per row, which a multi-dimensional array cannot carry.
 */
export function arrayLiteral(values: readonly Element[]): string {
  let literal = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i > 0) literal += ',';
    literal += value === null || value === undefined ? 'NULL' : quoted(String(value));
  }
  return `${literal}}`;
}

/** Columns of a multi-row statement, one array literal per column: what `unnest($1::…[], $2::…[], …)` reads. */
export function columnsOf(rows: readonly (readonly Element[])[], width: number): string[] {
  const columns: Element[][] = Array.from({ length: width }, () => []);
  for (const row of rows) for (let i = 0; i < width; i++) columns[i]!.push(row[i]);
  return columns.map(arrayLiteral);
}
