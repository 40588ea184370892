/**
 * The version of the projection code. Bump it whenever a change to a projection
 * would build different read-model rows from the same events: workers then rebuild
 * every read model beside the live one and switch over once it has caught up
 * (docs/architecture-projections.md). Version 1 = tables built before versioning;
 * 3 = names and e-mails kept sealed, found by digests.
 */
export const PROJECTION_VERSION = 3;
