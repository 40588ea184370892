/**
 * Keys of the transaction-scoped advisory locks Rapport takes. One place, so no two
 * purposes ever share a key. (Arbitrary constants; "RAP" in ASCII plus a purpose digit.)
 */
export const advisoryLocks = {
  /** Serialises schema migrations across every process that starts at once. */
  migrations: 53_906_721,
  /** Only one outbox relay in the whole system publishes at a time. */
  outboxRelay: 53_906_722,
} as const;
