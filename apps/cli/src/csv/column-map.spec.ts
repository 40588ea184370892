import { describe, expect, it } from 'vitest';
import { parseMapOption, resolveColumns } from './column-map';

const fields = { displayName: ['name', 'full name'], email: ['e-mail'], seniority: ['level'] };

describe('column mapping', () => {
  it('finds columns by field name or alias, ignoring case and punctuation', () => {
    const { columns, problems } = resolveColumns(fields, ['Full Name', 'E-Mail', 'SENIORITY'], new Map());
    expect(problems).toEqual([]);
    expect(Object.fromEntries(columns)).toEqual({ displayName: 'Full Name', email: 'E-Mail', seniority: 'SENIORITY' });
  });

  it('lets --map name a column explicitly, over any alias', () => {
    const { columns } = resolveColumns(fields, ['Name', 'Preferred name'], parseMapOption('displayName=Preferred name'));
    expect(columns.get('displayName')).toBe('Preferred name');
  });

  it('reports a mapping to an unknown field or a missing column', () => {
    const { problems } = resolveColumns(fields, ['Name'], parseMapOption('colour=Name,email=Mail'));
    expect(problems).toEqual([expect.stringContaining('unknown field "colour"'), expect.stringContaining('no column "Mail"')]);
  });

  it('refuses a --map that is not field=Header pairs', () => {
    expect(() => parseMapOption('displayName')).toThrow(/field=Header/);
  });
});
