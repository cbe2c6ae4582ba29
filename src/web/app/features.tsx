import type { ReactNode } from 'react';
import type { Role } from '../../shared/dictionaries';
import type { LocalisedText } from '../../shared/errors';

// The feature pages of the app: each adds its routes and menu entries here (one entry per page), so
// the router and the menu need no edit when a feature lands. Pages are lazy: `element` is a lazy()
// component rendered inside the signed-in layout.

export type MenuGroup = 'registry' | 'selection' | 'teams' | 'system';

export const menuGroups: Record<MenuGroup, LocalisedText> = {
  registry: { zh: '村与干部', en: 'Villages & cadres' },
  selection: { zh: '选派', en: 'Selection' },
  teams: { zh: '队伍与任期', en: 'Teams & terms' },
  system: { zh: '系统', en: 'System' },
};

export interface Feature {
  /** Route path under the signed-in layout, e.g. 'villages' or 'villages/:code'. */
  path: string;
  element: ReactNode;
  /** Roles that may open it; every signed-in user when absent. */
  roles?: Role[];
  /** Shown in the side menu when given (detail pages have none). */
  menu?: { group: MenuGroup; label: LocalisedText; icon: ReactNode; order: number };
}

export const features: Feature[] = [];
