import { roles, routes, type RouteContract } from '@rapport/contracts';

export const ACCESS_TABLE_START = '<!-- access-table:start (generated from the route registry: pnpm docs:access) -->';
export const ACCESS_TABLE_END = '<!-- access-table:end -->';

/** What one role may do on one route: the rule the auth guard enforces. */
export function accessOf(route: RouteContract, role: (typeof roles)[number]): 'open' | 'yes' | 'own only' | 'no' {
  if (route.access.kind === 'public') return 'open';
  if (!route.access.roles.includes(role)) return 'no';
  return route.access.self && role !== 'admin' ? 'own only' : 'yes';
}

/**
 * The API's own documentation, served beside the registry's routes and open to anyone:
 * it describes the API and holds no data (`create-app.ts` serves exactly these paths).
 */
export const documentationRoutes = {
  reference: { path: '/docs', summary: 'The API reference (Swagger UI); describes the API, holds no data' },
  openApi: { path: '/docs/openapi.json', summary: 'The OpenAPI document the reference is drawn from' },
} as const;

/** The route × role table of docs/privacy.md, generated from the registry so it cannot drift. */
export function accessTableMarkdown(): string {
  const header = `| route | ${roles.join(' | ')} | what it does |`;
  const rule = `|---|${roles.map(() => '---').join('|')}|---|`;
  const rows = (Object.values(routes) as RouteContract[]).map(
    (route) =>
      `| \`${route.method.toUpperCase()} ${route.path}\` | ${roles.map((role) => accessOf(route, role)).join(' | ')} | ${route.summary} |`,
  );
  const documentation = Object.values(documentationRoutes).map(
    ({ path, summary }) => `| \`GET ${path}\` | ${roles.map(() => 'open').join(' | ')} | ${summary} |`,
  );
  return [ACCESS_TABLE_START, header, rule, ...rows, ...documentation, ACCESS_TABLE_END].join('\n');
}

/** Replaces the generated table inside a document (between its markers). */
export function withAccessTable(document: string): string {
  const start = document.indexOf(ACCESS_TABLE_START);
  const end = document.indexOf(ACCESS_TABLE_END);
  if (start < 0 || end < 0) throw new Error('the document has no access-table markers');
  return document.slice(0, start) + accessTableMarkdown() + document.slice(end + ACCESS_TABLE_END.length);
}
