/** Who asks for a command, as the domain needs to know it: an admin, or a person acting for themselves. */
export interface Actor {
  readonly isAdmin: boolean;
  /** The person the caller is (null for an admin account that is nobody in the organisation). */
  readonly personId: string | null;
}
