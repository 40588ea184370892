import { Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import type { ReportFormat } from '@rapport/contracts';
import { ProblemAlert } from './problem-alert';

const formats: readonly ReportFormat[] = ['csv', 'xlsx', 'pdf'];

/**
 * One button per report format (CSV, XLSX, PDF); `download` fetches the file with the
 * user's token and hands it to the browser under the name the API gives it. A problem
 * is shown in words under the buttons.
 */
export function ReportExportButtons({ download, what }: { download: (format: ReportFormat) => Promise<void>; what: string }) {
  const exporting = useMutation({ mutationFn: download });
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {formats.map((format) => (
          <Button
            key={format}
            variant="light"
            size="xs"
            leftSection={<IconDownload size={14} />}
            loading={exporting.isPending && exporting.variables === format}
            onClick={() => exporting.mutate(format)}
          >
            Export {format.toUpperCase()}
          </Button>
        ))}
      </Group>
      {exporting.error ? <ProblemAlert error={exporting.error} what={what} /> : null}
    </Stack>
  );
}
