import { useState } from 'react';
import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Panel } from '../../../components/panel';
import { formatDate } from '../../../lib/format';
import type { CohortView } from '../api/cohort-schemas';
import { exportCohortReport } from '../api/export-cohort-report';
import { ReportExportButtons } from '../../../components/report-export-buttons';
import { EditCohortForm } from './edit-cohort-form';
import { usePageTitle } from '../../../lib/page-title';

/** The cohort's name, programme, dates and goals, its report exports, and editing it. */
export function CohortHeader({ cohort, asOf }: { cohort: CohortView; asOf: string | undefined }) {
  usePageTitle(cohort.name);
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {cohort.name}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant="light" tt="none">
              {cohort.programName}
            </Badge>
            <Text size="sm" c="dimmed">
              {formatDate(cohort.startsOn)} – {formatDate(cohort.endsOn)} · {cohort.participants.length} participants
            </Text>
          </Group>
        </div>
        {editing ? null : (
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
            Edit cohort
          </Button>
        )}
      </Group>
      {editing ? (
        <Panel title="Edit cohort" description="Name, dates and goals; the participants stay as they are">
          <EditCohortForm cohort={cohort} onDone={() => setEditing(false)} />
        </Panel>
      ) : cohort.goals.length > 0 ? (
        <List size="sm" aria-label="Goals" spacing={2}>
          {cohort.goals.map((goal) => (
            <List.Item key={goal}>{goal}</List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          No goals written down yet.
        </Text>
      )}
      <ReportExportButtons what="The report" download={(format) => exportCohortReport(cohort.cohortId, format, asOf)} />
    </Stack>
  );
}
