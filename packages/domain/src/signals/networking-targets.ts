import type { NetworkingTargetAddedV1, RapportEvent } from '@rapport/contracts';
import { DomainError, RuleCheck } from '../shared/domain-error';
import { decided, type DecidedEvent } from '../shared/decided-event';

/** A person's current target list, folded from their person stream. */
export function targetListOf(events: readonly RapportEvent[]): ReadonlySet<string> {
  const targets = new Set<string>();
  for (const event of events) {
    if (event.type === 'NetworkingTargetAdded') targets.add(event.data.targetId);
    if (event.type === 'NetworkingTargetRemoved') targets.delete(event.data.targetId);
  }
  return targets;
}

export interface TargetContext {
  readonly personKnown: boolean;
  readonly targetKnown: boolean;
  readonly targets: ReadonlySet<string>;
}

/** Habit 2: target someone you do not know yet — a registered person, not yourself, once. */
export function decideAddTarget(command: NetworkingTargetAddedV1, context: TargetContext): DecidedEvent<'NetworkingTargetAdded', 1> {
  if (!context.personKnown) throw new DomainError('not_found', `person ${command.personId} is not registered`);
  const check = new RuleCheck();
  if (command.targetId === command.personId) check.fail('targetId', 'a person cannot target themselves');
  else if (!context.targetKnown) check.fail('targetId', `unknown person ${command.targetId}`, { unknownPerson: true });
  check.throwIfBroken('the target cannot be added');
  if (context.targets.has(command.targetId)) throw new DomainError('invalid_state', 'already on the target list');
  return decided('NetworkingTargetAdded', 1, { ...command });
}

export function decideRemoveTarget(command: NetworkingTargetAddedV1, context: TargetContext): DecidedEvent<'NetworkingTargetRemoved', 1> {
  if (!context.personKnown) throw new DomainError('not_found', `person ${command.personId} is not registered`);
  if (!context.targets.has(command.targetId)) throw new DomainError('not_found', `${command.targetId} is not on the target list`);
  return decided('NetworkingTargetRemoved', 1, { ...command });
}
