import { useEffect } from 'react';

/** Each page names itself in the browser's tab and history ("Ana Ruiz · Rapport"); nothing while its name is loading. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    if (title) document.title = `${title} · Rapport`;
  }, [title]);
}
