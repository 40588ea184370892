/**
 * Every query whose answer is derived from recorded events starts with this prefix, so a
 * command (logging an interaction, a rebuild) refreshes them all with one prefix
 * invalidation, without knowing which features read them.
 */
export const derivedFromEvents = ['derived'] as const;
