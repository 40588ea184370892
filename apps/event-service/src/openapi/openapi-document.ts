import { createDocument } from 'zod-openapi';
import { describeFields, type DescribedDocument, type FieldDescriptions } from './describe-fields';
import { fieldDescriptions } from './field-descriptions';
import { withExamples } from './schema-examples';
import { problemDocument, routes, type RouteContract } from '@rapport/contracts';

const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemDocument } },
});

type OpenApiDocument = ReturnType<typeof createDocument>;

/** The OpenAPI 3.1 document, generated from the same route contracts the service validates with; every field described. */
export function openApiDocument(): OpenApiDocument {
  return describedOpenApiDocument().document;
}

/** The document with its fields described from `descriptions`, and the entries that described nothing. */
export function describedOpenApiDocument(descriptions: FieldDescriptions = fieldDescriptions): DescribedDocument<OpenApiDocument> {
  return describeFields(undescribedDocument(), descriptions);
}

function undescribedDocument(): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(routes) as Array<[string, RouteContract]>) {
    const operation = {
      operationId: name,
      summary: route.summary,
      tags: [route.tag],
      ...(route.access.kind === 'public' ? { security: [] } : {}),
      description:
        route.access.kind === 'public'
          ? 'No token needed.'
          : `Roles: ${route.access.roles.join(', ')}${route.access.self ? ' (a participant or manager only for their own id)' : ''}.`,
      requestParams: {
        ...(route.params ? { path: route.params } : {}),
        ...(route.query ? { query: route.query } : {}),
      },
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      responses: {
        [String(route.success.status)]: {
          description: route.success.description,
          content: Object.fromEntries(
            (route.success.mediaTypes ?? ['application/json']).map((type) => [type, { schema: route.success.schema }]),
          ),
        },
        ...(route.body ? { '400': problemResponse('Invalid request: every invalid field is named') } : {}),
        ...(route.access.kind === 'public'
          ? {}
          : { '401': problemResponse('Missing or invalid token'), '403': problemResponse('Role not allowed') }),
        ...(route.command ? { '409': problemResponse('Concurrency conflict') } : {}),
        ...Object.fromEntries(Object.entries(route.problems ?? {}).map(([status, description]) => [status, problemResponse(description)])),
      },
      ...(route.command
        ? { parameters: [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 200 } }] }
        : {}),
    };
    paths[route.path] = { ...(paths[route.path] ?? {}), [route.method]: operation };
  }
  return withExamples(
    createDocument({
      openapi: '3.1.0',
      info: {
        title: 'Rapport API',
        version: '1.0.0',
        description: 'Event-sourced networking platform for leadership programs. Errors are RFC 9457 problem documents.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
      paths: paths as Parameters<typeof createDocument>[0]['paths'],
    }),
  );
}
