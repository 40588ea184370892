import { z } from 'zod';
import { instant } from '../envelope';

const score = z.number().min(0).max(100).nullable();

/** Habit scorecard (SPEC §6.5): each habit 0–100 or null, with what it was computed from. */
export const scorecardResponse = z.object({
  personId: z.uuid().toLowerCase(),
  asOf: instant,
  window: z.object({ from: instant, to: instant, days: z.number().int() }),
  habits: z.object({
    feltHeard: z.object({ score, ratings: z.number().int(), meanRating: z.number().nullable(), minimumRatings: z.number().int() }),
    targets: z.object({
      score,
      targets: z.number().int(),
      reached: z.number().int(),
      threshold: z.number(),
      list: z.array(z.object({ targetId: z.uuid().toLowerCase(), strength: z.number() })),
    }),
    theirOffice: z.object({ score, inPersonOneOnOnes: z.number().int(), atTheirOffice: z.number().int() }),
    value: z.object({ score, helpGiven: z.number().int(), introductionsMade: z.number().int(), helpReceived: z.number().int() }),
    probing: z.object({ score, interactions: z.number().int(), questions: z.number().int(), stories: z.number().int() }),
    thankYou: z.object({
      score,
      firstMeetings: z.number().int(),
      followedByNote: z.number().int(),
      handwritten: z.number().int(),
      handwrittenShare: score,
      awaitingNote: z.number().int(),
      awaiting: z.array(
        z.object({ counterpartId: z.uuid().toLowerCase(), interactionId: z.uuid().toLowerCase(), metAt: instant, noteDueBy: instant }),
      ),
      withinDays: z.number().int(),
    }),
  }),
});
export type ScorecardResponse = z.infer<typeof scorecardResponse>;
