import { Flex, Select, Typography } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { countyOf } from '../../domain/regions/code';
import { NATIONAL, type RegionLevel, regionLevelLabels } from '../../shared/dictionaries';
import { joinPath, type RegionWithPath, useRegionSearch, useRegionsByCode } from '../api/regions';
import type { SessionInfo } from '../api/session';
import { useT } from '../app/i18n';

interface Option {
  value: string;
  label: string;
  region?: RegionWithPath;
}

/** The county a user works in, from their scope (a county, or a township or village inside one). */
export function defaultCounty(session: Pick<SessionInfo, 'scope'>): string | undefined {
  const inside = session.scope.regions.find((c) => c !== NATIONAL && c.length >= 6);
  return inside === undefined ? undefined : countyOf(inside);
}

/** The region a user's figures default to: their first scope region (none for a national scope). */
export function defaultRegion(session: Pick<SessionInfo, 'scope'>): string | undefined {
  return session.scope.regions.find((c) => c !== NATIONAL);
}

/**
 * One region chosen by searching its name — counties only, or any level — limited to the user's scope
 * (the API refuses regions outside it anyway). The chosen code shows with its name: 开阳县（520121）.
 */
export function ScopedRegionSelect({
  id,
  value,
  onChange,
  session,
  level,
  allowClear,
  placeholder,
  style,
  'aria-label': ariaLabel,
}: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  session: Pick<SessionInfo, 'scope'>;
  /** Only this level (e.g. 'county'); any level when absent. */
  level?: RegionLevel;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { l } = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const national = session.scope.regions.includes(NATIONAL);
  const within = session.scope.regions.filter((c) => c !== NATIONAL);
  const search = useRegionSearch(q, { level, pageSize: 30 });
  const chosen = useRegionsByCode(value ? [value] : []);
  const label = (r: { name: string; code: string }) => `${r.name}（${r.code}）`;
  // A user scoped to a township still plans and checks the county around it only when the API lets them.
  const inScope = (code: string) =>
    national || within.some((prefix) => code.startsWith(prefix) || prefix.startsWith(code));
  const found = (q ? (search.data?.items ?? []) : []).filter((r) => inScope(r.code));
  const current = value ? chosen.get(value) : undefined;
  const options: Option[] = [
    ...(value && !found.some((r) => r.code === value)
      ? [{ value, label: current ? label(current) : value, region: current }]
      : []),
    ...found.map((r) => ({ value: r.code, label: label(r), region: r })),
  ];

  return (
    <Select<string, Option>
      id={id}
      aria-label={ariaLabel}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={options}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={search.isFetching}
      notFoundContent={q ? undefined : null}
      placeholder={placeholder ?? l({ zh: '输入名称搜索', en: 'Type a name to search' })}
      style={{ width: 260, ...style }}
      popupMatchSelectWidth={360}
      optionRender={(option) => {
        const region = option.data.region;
        if (!region) return option.data.label;
        return (
          <Flex vertical>
            <span>
              {region.name}{' '}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {l(regionLevelLabels[region.level])} · {region.code}
              </Typography.Text>
            </span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {joinPath(region.path)}
            </Typography.Text>
          </Flex>
        );
      }}
    />
  );
}
