import { NavLink, Stack } from '@mantine/core';
import { IconAffiliate, IconBook2, IconChartBar, IconSchool, IconServerCog, IconTopologyStar3, IconUsers } from '@tabler/icons-react';
import { Link, useRouterState } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Session } from '../../lib/session';

interface NavItem {
  readonly label: string;
  readonly to: string;
  readonly params?: Record<string, string>;
  readonly icon: ReactNode;
  readonly href: string;
}

/** The navigation adapts to the role (SPEC §2): a manager is also a participant, with their own network beside their team's. */
export function navigationFor(session: Session): NavItem[] {
  const items: NavItem[] = [];
  if (session.role !== 'admin' && session.personId) {
    items.push({
      label: 'My network',
      to: '/people/$personId',
      params: { personId: session.personId },
      icon: <IconAffiliate size={18} />,
      href: `/people/${session.personId}`,
    });
  }
  if (session.role === 'manager') items.push({ label: 'My team', to: '/team', icon: <IconChartBar size={18} />, href: '/team' });
  if (session.role === 'admin') {
    items.push({ label: 'People', to: '/people', icon: <IconUsers size={18} />, href: '/people' });
    items.push({ label: 'Cohorts', to: '/cohorts', icon: <IconSchool size={18} />, href: '/cohorts' });
    items.push({ label: 'Organisation map', to: '/organisation', icon: <IconTopologyStar3 size={18} />, href: '/organisation' });
    items.push({ label: 'Operations', to: '/operations', icon: <IconServerCog size={18} />, href: '/operations' });
  }
  items.push({ label: 'Glossary', to: '/glossary', icon: <IconBook2 size={18} />, href: '/glossary' });
  return items;
}

export function Navigation({ session }: { session: Session }) {
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {navigationFor(session).map((item) => (
        <NavLink
          key={item.href}
          component={Link}
          to={item.to}
          params={item.params as never}
          label={item.label}
          leftSection={item.icon}
          active={pathname === item.href || ((item.href === '/people' || item.href === '/cohorts') && pathname.startsWith(`${item.href}/`))}
          variant="light"
        />
      ))}
    </Stack>
  );
}
