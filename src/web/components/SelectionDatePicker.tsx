import type { CSSProperties } from 'react';
import { useT } from '../app/i18n';
import { TypedDatePicker } from './TypedDatePicker';

/**
 * A calendar date as 'YYYY-MM-DD' (Asia/Shanghai calendar dates, as the API takes them), shown as
 * 2026年3月1日; empty means today. Typed dates are taken or visibly refused (TypedDatePicker).
 */
export function SelectionDatePicker({
  value,
  onChange,
  id,
  allowClear = true,
  'aria-label': ariaLabel,
  style,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  allowClear?: boolean;
  'aria-label'?: string;
  style?: CSSProperties;
}) {
  const { l } = useT();
  return (
    <TypedDatePicker
      {...(id ? { id } : {})}
      {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
      value={value ?? null}
      onChange={(d) => onChange?.(d ?? undefined)}
      placeholder={l({ zh: '今天', en: 'Today' })}
      allowClear={allowClear}
      style={{ width: 170, ...style }}
    />
  );
}
