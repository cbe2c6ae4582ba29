import { Flex, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import { type VillageCategory, villageCategories, villageCategoryLabels } from '../../shared/dictionaries';
import { useT } from '../app/i18n';

// One colour per category, the same in every table and its legend: red for what the rules must cover.
export const villageCategoryColors: Record<VillageCategory, string> = {
  weakPartyOrg: 'red',
  deepPoverty: 'volcano',
  registeredPoor: 'orange',
  liftedFromPoverty: 'green',
  relocationSite: 'cyan',
  revitalisationDemo: 'geekblue',
  weakEconomy: 'gold',
  socialConflict: 'purple',
  lightConsolidation: 'default',
};

const isCategory = (c: string): c is VillageCategory => (villageCategories as readonly string[]).includes(c);

export function VillageCategoryTags({ categories }: { categories: readonly string[] }) {
  const { l } = useT();
  if (categories.length === 0) {
    return <Typography.Text type="secondary">{l({ zh: '无', en: 'None' })}</Typography.Text>;
  }
  return (
    <Flex wrap gap={4}>
      {categories.map((c) => (
        <Tag
          key={c}
          color={isCategory(c) ? villageCategoryColors[c] : 'default'}
          style={{ marginInlineEnd: 0 }}
        >
          {isCategory(c) ? l(villageCategoryLabels[c]) : c}
        </Tag>
      ))}
    </Flex>
  );
}

/** The legend: every category with its colour, and how many villages have it when counts are given. */
export function VillageCategoryLegend({
  counts,
  active,
  onToggle,
}: {
  counts?: ReadonlyMap<string, number>;
  active?: readonly string[];
  onToggle?: (category: VillageCategory) => void;
}) {
  const { l } = useT();
  const shown = counts ? villageCategories.filter((c) => (counts.get(c) ?? 0) > 0) : villageCategories;
  return (
    <Flex
      wrap
      gap={6}
      align="center"
      role="group"
      aria-label={l({ zh: '村类别图例', en: 'Village category legend' })}
    >
      <Typography.Text type="secondary">{l({ zh: '村类别：', en: 'Categories: ' })}</Typography.Text>
      {shown.map((c) => {
        const on = active?.includes(c);
        const label = `${l(villageCategoryLabels[c])}${counts ? ` ${counts.get(c) ?? 0}` : ''}`;
        const dimmed = Boolean(active && active.length > 0 && !on);
        return (
          <Tag
            key={c}
            color={villageCategoryColors[c]}
            style={{
              marginInlineEnd: 0,
              cursor: onToggle ? 'pointer' : undefined,
              opacity: dimmed ? 0.45 : 1,
              fontWeight: on ? 600 : undefined,
            }}
            {...(onToggle
              ? {
                  role: 'button',
                  tabIndex: 0,
                  'aria-pressed': Boolean(on),
                  onClick: () => onToggle(c),
                  onKeyDown: (e: KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onToggle(c);
                    }
                  },
                }
              : {})}
          >
            {label}
          </Tag>
        );
      })}
    </Flex>
  );
}
