/**
 * Descriptions for the fields of the OpenAPI document, keyed by where a field sits.
 *
 * A field's path is its operation id, the part of the request or answer it belongs to
 * (`path`, `query`, `header`, `body`, `response` for the success answer, `problem` for an
 * error answer), then the property names down to it; array items, record values and the
 * branches of a union add no name. A key is the end of such a path: `personId` describes
 * every field so named, `query.asOf` only the query parameter, `factorShares.help` only
 * `help` inside `factorShares`, `managerDashboard.response.asOf` one field of one answer.
 * The longest key that ends a field's path describes it.
 */
export type FieldDescriptions = Readonly<Record<string, string>>;

/** The same fields reached under several parents: `fieldsUnder(['a', 'b'], { x })` is `{ 'a.x', 'b.x' }`. */
export function fieldsUnder(parents: readonly string[], fields: FieldDescriptions): FieldDescriptions {
  return Object.fromEntries(parents.flatMap((parent) => Object.entries(fields).map(([key, text]) => [`${parent}.${key}`, text])));
}

export interface DescribedDocument<T> {
  readonly document: T;
  /** Keys that described no field: stale entries, or fields whose zod schema now carries its own description. */
  readonly unused: readonly string[];
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const nodesOf = (value: unknown): Node[] => (Array.isArray(value) ? value.filter(isNode) : isNode(value) ? [value] : []);

/**
 * A copy of the document in which every field without a description (from its zod schema's
 * `.describe()` or `.meta()`) gets the one its longest matching key gives. It works on a
 * copy so that no schema object is shared between two places that mean different things.
 */
export function describeFields<T>(document: T, descriptions: FieldDescriptions): DescribedDocument<T> {
  const described = JSON.parse(JSON.stringify(document)) as T;
  const used = new Set<string>();

  const describe = (field: Node, path: readonly string[]): void => {
    if (typeof field.description === 'string' && field.description.trim() !== '') return;
    for (let start = 0; start < path.length; start++) {
      const key = path.slice(start).join('.');
      if (Object.hasOwn(descriptions, key)) {
        field.description = descriptions[key];
        used.add(key);
        return;
      }
    }
  };

  const describeSchema = (schema: unknown, path: readonly string[]): void => {
    for (const node of nodesOf(schema)) {
      for (const [name, property] of Object.entries(isNode(node.properties) ? node.properties : {})) {
        if (!isNode(property)) continue;
        describe(property, [...path, name]);
        describeSchema(property, [...path, name]);
      }
      for (const inner of ['items', 'additionalProperties', 'oneOf', 'anyOf', 'allOf']) describeSchema(node[inner], path);
    }
  };

  const describeContent = (holder: unknown, path: readonly string[]): void => {
    for (const { content } of nodesOf(holder)) {
      for (const media of Object.values(isNode(content) ? content : {})) if (isNode(media)) describeSchema(media.schema, path);
    }
  };

  const paths = (described as Node).paths;
  for (const pathItem of Object.values(isNode(paths) ? paths : {})) {
    for (const operation of Object.values(isNode(pathItem) ? pathItem : {})) {
      if (!isNode(operation) || typeof operation.operationId !== 'string') continue;
      const id = operation.operationId;
      for (const parameter of nodesOf(operation.parameters)) describe(parameter, [id, String(parameter.in), String(parameter.name)]);
      describeContent(operation.requestBody, [id, 'body']);
      for (const [status, response] of Object.entries(isNode(operation.responses) ? operation.responses : {})) {
        describeContent(response, [id, status.startsWith('2') ? 'response' : 'problem']);
      }
    }
  }
  return { document: described, unused: Object.keys(descriptions).filter((key) => !used.has(key)) };
}
