/** Stream ids are `<category>-<entity id>`; the category names the aggregate (SPEC §5). */
export const streamCategories = ['person', 'interaction', 'program', 'cohort', 'export'] as const;
export type StreamCategory = (typeof streamCategories)[number];

export const streamIdOf = (category: StreamCategory, entityId: string): string => `${category}-${entityId}`;

export const personStream = (personId: string): string => streamIdOf('person', personId);
export const interactionStream = (interactionId: string): string => streamIdOf('interaction', interactionId);
export const programStream = (programId: string): string => streamIdOf('program', programId);
export const cohortStream = (cohortId: string): string => streamIdOf('cohort', cohortId);
export const exportStream = (exportId: string): string => streamIdOf('export', exportId);

export function parseStreamId(streamId: string): { category: string; entityId: string } {
  const dash = streamId.indexOf('-');
  return dash < 0 ? { category: streamId, entityId: '' } : { category: streamId.slice(0, dash), entityId: streamId.slice(dash + 1) };
}
