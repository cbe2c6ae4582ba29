import { DatePicker } from 'antd';
import dayjs from 'dayjs';
// The calendar's month and weekday names in Chinese (antd's zh_CN locale asks dayjs for 'zh-cn').
import 'dayjs/locale/zh-cn';
import type { CSSProperties } from 'react';
import { useT } from '../app/i18n';

/** A calendar date held as 'YYYY-MM-DD' (as the API takes it) and shown as 2026年3月1日. */
export function IsoDatePicker({
  value,
  onChange,
  id,
  placeholder,
  allowClear = true,
  disabled,
  minDate,
  maxDate,
  style,
  'aria-label': ariaLabel,
}: {
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  minDate?: string;
  maxDate?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}) {
  const { lang } = useT();
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
      // Shown in the first format; typed in any of them.
      format={[lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY', 'YYYY-MM-DD', 'YYYYMMDD']}
      placeholder={placeholder}
      allowClear={allowClear}
      disabled={disabled}
      minDate={minDate ? dayjs(minDate) : undefined}
      maxDate={maxDate ? dayjs(maxDate) : undefined}
      style={{ width: '100%', ...style }}
    />
  );
}
