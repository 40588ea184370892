import type { Actor } from '@rapport/domain';
import type { CommandContext } from './command-context';

/** The domain's view of who sends a command. */
export const actorOf = (context: CommandContext): Actor => ({
  isAdmin: context.principal.role === 'admin',
  personId: context.principal.personId,
});
