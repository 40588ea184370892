/**
 * Which CSV header feeds which field. `--map displayName=Name,email=E-mail` names headers
 * explicitly; any field not named is looked up by its own name, case and punctuation ignored,
 * or by a common alias ("Name" for displayName).
 */
export type ColumnMap = ReadonlyMap<string, string>;

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export function parseMapOption(option: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  if (!option) return map;
  for (const pair of option.split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`--map expects field=Header pairs separated by commas, got "${pair}"`);
    map.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return map;
}

export function resolveColumns(
  fields: Readonly<Record<string, readonly string[]>>,
  headers: readonly string[],
  explicit: ReadonlyMap<string, string>,
): { columns: ColumnMap; problems: string[] } {
  const columns = new Map<string, string>();
  const problems: string[] = [];
  for (const [field, header] of explicit) {
    if (!(field in fields)) problems.push(`--map names an unknown field "${field}" (known: ${Object.keys(fields).join(', ')})`);
    else if (!headers.includes(header)) problems.push(`--map ${field}=${header}: the file has no column "${header}"`);
    else columns.set(field, header);
  }
  const byName = new Map(headers.map((h) => [normalise(h), h]));
  for (const [field, aliases] of Object.entries(fields)) {
    if (columns.has(field)) continue;
    const header = [field, ...aliases].map((n) => byName.get(normalise(n))).find((h) => h !== undefined);
    if (header) columns.set(field, header);
  }
  return { columns, problems };
}

export function cell(values: Readonly<Record<string, string>>, columns: ColumnMap, field: string): string | undefined {
  const header = columns.get(field);
  const value = header === undefined ? undefined : values[header]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A list in one cell: `a; b | c`. */
export const listCell = (value: string | undefined): string[] =>
  value
    ? value
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
