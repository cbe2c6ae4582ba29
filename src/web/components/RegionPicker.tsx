import { Flex, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { NATIONAL, regionLevelLabels } from '../../shared/dictionaries';
import { joinPath, type RegionWithPath, useRegionSearch, useRegionsByCode } from '../api/regions';
import { useT } from '../app/i18n';

interface Option {
  value: string;
  label: string;
  region?: RegionWithPath;
}

export interface RegionPickerProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Offer 全国 ('*'): only a national administrator can grant it. */
  allowNational: boolean;
  /** Offer only regions inside these prefixes (the acting administrator's scope); undefined means anywhere. */
  within?: readonly string[];
  'aria-label'?: string;
}

/** Chooses region codes by searching names; chosen codes show with their names: 开阳县（520121）. */
export function RegionPicker({
  id,
  value = [],
  onChange,
  allowNational,
  within,
  ...rest
}: RegionPickerProps) {
  const { t, l } = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const search = useRegionSearch(q, { pageSize: 30 });
  const chosen = useRegionsByCode(value.filter((c) => c !== NATIONAL));
  const label = (r: { name: string; code: string }) => `${r.name}（${r.code}）`;

  const found = (q ? (search.data?.items ?? []) : []).filter(
    (r) => !within || within.some((prefix) => r.code.startsWith(prefix)),
  );
  const options: Option[] = [
    ...(allowNational ? [{ value: NATIONAL, label: t('users.national') }] : []),
    ...value
      .filter((c) => c !== NATIONAL && !found.some((r) => r.code === c))
      .map((c) => {
        const region = chosen.get(c);
        return { value: c, label: region ? label(region) : c, region };
      }),
    ...found.map((r) => ({ value: r.code, label: label(r), region: r })),
  ];

  return (
    <Select<string[], Option>
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped, autoClearSearchValue: true }}
      loading={search.isFetching}
      notFoundContent={q ? undefined : null}
      placeholder={t('users.scopeRegionsHelp')}
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
