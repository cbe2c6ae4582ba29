import { Flex, Select, Typography } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { unitKindLabels } from '../../shared/dictionaries';
import { type UnitView, useUnits, useUnitsById } from '../api/units';
import { useT } from '../app/i18n';

interface Option {
  value: string;
  label: string;
  unit?: UnitView;
}

interface CommonProps {
  id?: string;
  /** Leave this unit out (a unit cannot be its own parent). */
  exclude?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

type SingleProps = CommonProps & {
  mode?: undefined;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
};
type MultipleProps = CommonProps & {
  mode: 'multiple';
  value?: string[];
  onChange?: (value: string[]) => void;
};

const SEARCH_PAGE = 20;

/** Chooses dispatching units by searching their names (GET /api/units?q=); chosen units show by name. */
export function UnitSelect(props: SingleProps | MultipleProps) {
  const { id, exclude, placeholder, allowClear, disabled, style } = props;
  const { l } = useT();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);

  const values = props.mode === 'multiple' ? (props.value ?? []) : props.value ? [props.value] : [];
  // The first units of the scope when the list opens, then what the name typed finds.
  const search = useUnits(
    { q: q || undefined, page: 1, pageSize: SEARCH_PAGE },
    { enabled: open || q !== '' },
  );
  const chosen = useUnitsById(values);

  const found = (search.data?.items ?? []).filter((u) => u.id !== exclude);
  const options: Option[] = [
    ...values
      .filter((v) => !found.some((u) => u.id === v))
      .map((v) => {
        const unit = chosen.get(v);
        return { value: v, label: unit?.name ?? v, unit };
      }),
    ...found.map((u) => ({ value: u.id, label: u.name, unit: u })),
  ];

  return (
    <Select<string | string[], Option>
      id={id}
      aria-label={props['aria-label']}
      mode={props.mode}
      value={props.mode === 'multiple' ? values : (props.value ?? undefined)}
      onChange={(v) => {
        if (props.mode === 'multiple') props.onChange?.((v as string[] | undefined) ?? []);
        else props.onChange?.((v as string | undefined) ?? undefined);
      }}
      onOpenChange={setOpen}
      options={options}
      showSearch={{ filterOption: false, onSearch: setTyped, autoClearSearchValue: true }}
      loading={search.isFetching}
      allowClear={allowClear}
      disabled={disabled}
      placeholder={placeholder ?? l({ zh: '输入单位名称搜索', en: 'Type a unit name to search' })}
      style={style}
      popupMatchSelectWidth={false}
      optionRender={(option) => {
        const unit = option.data.unit;
        if (!unit) return option.data.label;
        return (
          <Flex vertical style={{ maxWidth: 420 }}>
            <span style={{ whiteSpace: 'normal' }}>{unit.name}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {l(unitKindLabels[unit.kind])} · {unit.regionName}
            </Typography.Text>
          </Flex>
        );
      }}
    />
  );
}
