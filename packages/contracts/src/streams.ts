/** Stream ids are `<category>-<entity id>`; the category names the aggregate (SPEC §5). */
export const streamCategories = ['person', 'interaction', 'program', 'cohort', 'export', 'introduction-request'] as const;
export type StreamCategory = (typeof streamCategories)[number];

export const streamIdOf = (category: StreamCategory, entityId: string): string => `${category}-${entityId}`;

export const personStream = (personId: string): string => streamIdOf('person', personId);
export const interactionStream = (interactionId: string): string => streamIdOf('interaction', interactionId);
export const programStream = (programId: string): string => streamIdOf('program', programId);
export const cohortStream = (cohortId: string): string => streamIdOf('cohort', cohortId);
export const exportStream = (exportId: string): string => streamIdOf('export', exportId);
/** One stream per introduction request: asked, then answered once. */
export const introductionRequestStream = (requestId: string): string => streamIdOf('introduction-request', requestId);

/** A category with a dash in its name is matched whole; any other id splits at its first dash. */
const dashedCategories = streamCategories.filter((category) => category.includes('-'));

export function parseStreamId(streamId: string): { category: string; entityId: string } {
  const dashed = dashedCategories.find((category) => streamId.startsWith(`${category}-`));
  if (dashed) return { category: dashed, entityId: streamId.slice(dashed.length + 1) };
  const dash = streamId.indexOf('-');
  return dash < 0 ? { category: streamId, entityId: '' } : { category: streamId.slice(0, dash), entityId: streamId.slice(dash + 1) };
}
