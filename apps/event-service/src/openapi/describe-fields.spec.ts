import { describe, expect, it } from 'vitest';
import { colleagueDirectoryQuery } from '@rapport/contracts';
import { describeFields } from './describe-fields';
import { fieldDescriptions, fieldDescriptionsByConcept } from './field-descriptions';
import { describedOpenApiDocument, openApiDocument } from './openapi-document';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const pointerStep = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
const described = (node: Node) => typeof node.description === 'string' && node.description.trim() !== '';

/** Every property of every schema and every parameter, wherever it sits, by its JSON pointer; independent of describe-fields' own walk. */
function fieldsOf(document: unknown): Array<{ at: string; field: Node }> {
  const found: Array<{ at: string; field: Node }> = [];
  const pending: Array<[unknown, string]> = [[document, '']];
  while (pending.length > 0) {
    const [node, at] = pending.pop()!;
    if (Array.isArray(node)) node.forEach((item, i) => pending.push([item, `${at}/${pointerStep(i)}`]));
    if (!isNode(node)) continue;
    if (isNode(node.properties)) {
      for (const [name, field] of Object.entries(node.properties))
        if (isNode(field)) found.push({ at: `${at}/properties/${pointerStep(name)}`, field });
    }
    if (/\/parameters\/\d+$/.test(at)) found.push({ at, field: node });
    for (const [key, child] of Object.entries(node)) pending.push([child, `${at}/${pointerStep(key)}`]);
  }
  return found;
}

const undescribed = (document: unknown) =>
  fieldsOf(document)
    .filter(({ field }) => !described(field))
    .map(({ at }) => at);

describe('the OpenAPI document’s field descriptions', () => {
  const document = openApiDocument();

  it('describe every property of every schema and every path, query and header parameter', () => {
    const fields = fieldsOf(document);
    expect(fields.length).toBeGreaterThan(2000);
    expect(undescribed(document), 'add a description to field-descriptions/ (keys: describe-fields.ts)').toEqual([]);
  });

  it('leave no entry of the dictionary unused (no stale descriptions)', () => {
    expect(describedOpenApiDocument().unused).toEqual([]);
  });

  it('report the fields an entry described once that entry is gone', () => {
    const { siloIndex: _siloIndex, 'query.cursor': _cursor, ...fewer } = fieldDescriptions;
    const missing = fieldsOf(describedOpenApiDocument(fewer).document).filter(({ field }) => !described(field));
    expect(missing.filter(({ at }) => at.endsWith('/properties/siloIndex'))).toHaveLength(2); // the organisation's, and each department's
    expect(missing.filter(({ field }) => field.in === 'query' && field.name === 'cursor').length).toBeGreaterThan(0);
    expect(missing.every(({ at, field }) => at.endsWith('/properties/siloIndex') || field.name === 'cursor')).toBe(true);
  });

  it('keep the description a zod schema carries', () => {
    const directory = (document.paths?.['/v1/people/directory'] as Node).get as { parameters: Node[] };
    const q = directory.parameters.find((p) => p.name === 'q');
    expect(q?.description).toBe(colleagueDirectoryQuery.shape.q.description);
  });

  it('are sentences, each defined in one concept only', () => {
    for (const [key, text] of Object.entries(fieldDescriptions)) expect(text, key).toMatch(/^\S.*[.)”]$/s);
    const keys = Object.values(fieldDescriptionsByConcept).flatMap((concept) => Object.keys(concept));
    expect(keys.length).toBe(new Set(keys).size);
  });
});

describe('describing fields', () => {
  const schema = (properties: Node) => ({ type: 'object', properties });
  const documentWith = (properties: Node) => ({
    paths: {
      '/x': { get: { operationId: 'x', responses: { 200: { content: { 'application/json': { schema: schema(properties) } } } } } },
    },
  });
  const propertiesOf = (document: unknown) =>
    ((document as any).paths['/x'].get.responses[200].content['application/json'].schema.properties ?? {}) as Record<string, Node>;

  it('takes the longest key that ends the field’s path', () => {
    const { document } = describeFields(documentWith({ asOf: { type: 'string' }, run: schema({ asOf: { type: 'string' } }) }), {
      asOf: 'any',
      'response.asOf': 'the answer’s',
      'run.asOf': 'the run’s',
    });
    const properties = propertiesOf(document);
    expect(properties.asOf?.description).toBe('the answer’s');
    expect(((properties.run?.properties as Record<string, Node>).asOf as Node).description).toBe('the run’s');
  });

  it('keeps a description already there, reports entries that described nothing, and leaves the input untouched', () => {
    const input = documentWith({ a: { type: 'string', description: 'from zod' }, b: { type: 'string' } });
    const { document, unused } = describeFields(input, { a: 'ours', b: 'ours', constructor: 'stale' });
    expect(propertiesOf(document).a?.description).toBe('from zod');
    expect(propertiesOf(document).b?.description).toBe('ours');
    expect(unused).toEqual(['a', 'constructor']);
    expect(propertiesOf(input).b?.description).toBeUndefined();
  });
});
