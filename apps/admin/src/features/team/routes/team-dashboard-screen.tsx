import { Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { metricScaleOf } from '@rapport/contracts';
import { BaselineVsNowChart } from '../../../components/charts/baseline-vs-now-chart';
import { Panel } from '../../../components/panel';
import { QueryState } from '../../../components/query-state';
import { EmptyState } from '../../../components/empty-state';
import { useSession } from '../../../lib/session';
import { formatDate, formatNumber } from '../../../lib/format';
import { useTeamDashboard } from '../api/get-team-dashboard';
import { exportManagerReport } from '../api/export-manager-report';
import { ReportExportButtons } from '../../../components/report-export-buttons';
import { DepartmentBreakdown } from '../components/department-breakdown';
import { SuppressedCell, WithheldMetric } from '../components/suppressed-cell';
import { TeamTrendChart } from '../components/team-trend-chart';
import { teamNextSteps } from '../components/team-next-steps';
import { NextStepsCard } from '../../../components/next-steps-card';
import { usePageTitle } from '../../../lib/page-title';
import { Figure } from '../../../components/figure';
import { useAsOf } from '../../../lib/as-of';

/** The route's screen: the signed-in manager's own team, as of the day the address says. */
export function TeamRoute() {
  const session = useSession();
  const asOf = useAsOf();
  if (!session?.personId)
    return <EmptyState title="Sign in as a manager to see a team">A manager signs in as a person with reports.</EmptyState>;
  return <TeamDashboardScreen managerId={session.personId} asOf={asOf.instant} />;
}

/** Manager dashboard: aggregates over the reporting subtree — never individual pairs, never fewer than k people. */
export function TeamDashboardScreen({ managerId, asOf }: { managerId: string; asOf: string | undefined }) {
  usePageTitle('My team');
  const dashboard = useTeamDashboard(managerId, asOf);
  const session = useSession();
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1} size="h2">
          My team
        </Title>
        <Text c="dimmed">
          Aggregates over everyone who reports to you, directly or not.{' '}
          {dashboard.data
            ? `Figures over fewer than ${dashboard.data.k} people are suppressed.`
            : 'Figures over too few people are suppressed.'}
        </Text>
        {dashboard.data?.hasReports ? (
          <ReportExportButtons what="The report" download={(format) => exportManagerReport(managerId, format, asOf)} />
        ) : null}
      </Stack>
      <QueryState
        query={dashboard}
        what="Team dashboard"
        isEmpty={(d) => !d.hasReports}
        empty={
          <EmptyState title={managerId === session?.personId ? 'You have no reports' : `Nobody reports to ${dashboard.data?.managerName}`}>
            Nobody reports to {managerId === session?.personId ? 'you' : 'them'}, directly or not, so there is no team to show. Figures
            appear here once people report to {managerId === session?.personId ? 'you' : 'them'}.
          </EmptyState>
        }
      >
        {(d) => (
          <Stack gap="lg">
            <NextStepsCard steps={teamNextSteps(d)} />
            <Panel title="Your organisation" description={`Since ${formatDate(d.baselineAt)}, as of ${formatDate(d.asOf)}`}>
              {d.organisation.suppressed ? (
                <SuppressedCell reason={d.organisation.reason} k={d.k} />
              ) : (
                <Grid gap="lg">
                  <Grid.Col span={{ base: 12, md: 4 }}>
                    <SimpleGrid cols={1} spacing="sm">
                      <Figure label="People" value={String(d.organisation.value.people)} />
                      <Figure
                        label="Silo index"
                        value={d.organisation.value.siloIndex === null ? '—' : formatNumber(d.organisation.value.siloIndex, 2)}
                        hint="−1 inward … +1 outward"
                      />
                      <Figure
                        label="Ties across departments"
                        value={String(d.organisation.value.bridges.crossDepartmentTies)}
                        hint={`${d.organisation.value.bridges.peopleBridging} people bridging`}
                      />
                    </SimpleGrid>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, md: 8 }}>
                    <BaselineVsNowChart
                      rows={d.organisation.value.metrics
                        .filter((m) => !m.withheld)
                        .map((m) => ({
                          label: m.label,
                          scale: metricScaleOf[m.metric],
                          baseline: m.baseline.median,
                          now: m.current.median,
                        }))}
                    />
                    {d.organisation.value.metrics.some((m) => m.withheld) ? (
                      <Group gap="xs" mt="xs" role="list" aria-label="Withheld metrics">
                        {d.organisation.value.metrics
                          .filter((m) => m.withheld)
                          .map((m) => (
                            <div role="listitem" key={m.metric}>
                              <WithheldMetric k={d.k} label={m.label} />
                            </div>
                          ))}
                      </Group>
                    ) : null}
                  </Grid.Col>
                </Grid>
              )}
            </Panel>
            <Panel title="Trend" description="Weekly medians">
              {d.trend.suppressed ? <SuppressedCell reason={d.trend.reason} k={d.k} /> : <TeamTrendChart trend={d.trend.value} k={d.k} />}
            </Panel>
            <Panel title="By department">
              <DepartmentBreakdown dashboard={d} />
            </Panel>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
