import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { RecommendationView } from '../api/get-recommendations';
import { AskForIntroduction } from './ask-for-introduction';

/** Who to meet next, why, and who can introduce them (the warm introduction path). */
export function RecommendationList({
  recommendations,
  targets,
  introductions,
}: {
  recommendations: readonly RecommendationView[];
  /** When the viewer keeps this person's target list: who is on it already, and how to add someone (habit 2). */
  targets?: { isTarget: (personId: string) => boolean; add: (personId: string) => void };
  /** When the viewer may ask for introductions for this person: who asks, and which are already asked (habit 2). */
  introductions?: { requesterId: string; asked: (introducerId: string, targetId: string) => boolean };
}) {
  return (
    <Stack gap="sm">
      {recommendations.map((r) => {
        const candidate = r.candidateName;
        const introducer = r.introduction?.introducerName ?? null;
        return (
          <Paper key={r.candidateId} withBorder radius="md" p="sm">
            <Group justify="space-between" gap="xs">
              <Text fw={600}>{candidate}</Text>
              {targets ? (
                targets.isTarget(r.candidateId) ? (
                  <Badge size="sm" variant="light" color="teal">
                    a target
                  </Badge>
                ) : (
                  <Button
                    size="xs"
                    variant="subtle"
                    aria-label={`Add as a target: ${candidate}`}
                    onClick={() => targets.add(r.candidateId)}
                  >
                    Add as a target
                  </Button>
                )
              ) : null}
            </Group>
            <Text size="sm" c="dimmed">
              {r.sentence}
            </Text>
            {r.adds.length ? (
              <Group gap={4} mt={6}>
                {r.adds.slice(0, 6).map((tag) => (
                  <Badge key={tag} size="xs" variant="light">
                    {tag}
                  </Badge>
                ))}
              </Group>
            ) : null}
            {introducer && r.introduction ? (
              <Group gap={6} mt={6} wrap="nowrap">
                <Text size="xs">You</Text>
                <IconArrowRight size={12} />
                <Text size="xs" fw={600}>
                  {introducer}
                </Text>
                <IconArrowRight size={12} />
                <Text size="xs">{candidate}</Text>
                <Text size="xs" c="dimmed">
                  (ties {Math.round(r.introduction.strengthToPerson)} and {Math.round(r.introduction.strengthToCandidate)})
                </Text>
              </Group>
            ) : null}
            {introducer && r.introduction && introductions ? (
              <AskForIntroduction
                requesterId={introductions.requesterId}
                introducerId={r.introduction.introducerId}
                introducerName={introducer}
                targetId={r.candidateId}
                targetName={candidate}
                asked={introductions.asked(r.introduction.introducerId, r.candidateId)}
              />
            ) : null}
          </Paper>
        );
      })}
    </Stack>
  );
}
