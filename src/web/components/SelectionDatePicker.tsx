import { DatePicker } from 'antd';
import dayjs from 'dayjs';
// The calendar's month and weekday names in Chinese (antd's zh_CN locale asks dayjs for 'zh-cn').
import 'dayjs/locale/zh-cn';
import type { CSSProperties } from 'react';
import { useT } from '../app/i18n';

/**
 * A calendar date as 'YYYY-MM-DD' (Asia/Shanghai calendar dates, as the API takes them), shown as
 * 2026年3月1日; empty means today.
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
  const { l, lang } = useT();
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)}
      format={lang === 'zh' ? 'YYYY年M月D日' : 'D MMM YYYY'}
      placeholder={l({ zh: '今天', en: 'Today' })}
      allowClear={allowClear}
      style={{ width: 170, ...style }}
    />
  );
}
