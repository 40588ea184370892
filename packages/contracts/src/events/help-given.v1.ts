import { z } from 'zod';
import { id, instant } from '../envelope';

export const helpKinds = ['advice', 'introduction', 'resource', 'sponsorship', 'feedback', 'other'] as const;
export const helpKind = z.enum(helpKinds);
export type HelpKind = z.infer<typeof helpKind>;

/** Habit 4: help given by one person to another (stream: the giver's person stream). */
export const helpGivenV1 = z.object({
  giverId: id,
  receiverId: id,
  kind: helpKind,
  occurredAt: instant,
});
export type HelpGivenV1 = z.infer<typeof helpGivenV1>;
