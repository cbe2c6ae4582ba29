import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
// The calendar's month and weekday names in Chinese (antd's zh_CN locale asks dayjs for 'zh-cn').
import 'dayjs/locale/zh-cn';
import { type CSSProperties, type FocusEvent, useState } from 'react';
import { useT } from '../app/i18n';
import { parseTypedDate, typedFormats } from './typedDate';

/**
 * The glossary line of assignment dates (src/domain/time/README.md "Days on post"): shown under the pickers of
 * a first day, a planned last day and an actual last day on post.
 */
export const onPostDaysHelp = {
  zh: '任职日期按在岗自然日计算，首尾两日均计入',
  en: 'Assignment dates are calendar days on post; the first and the last day both count',
};

/**
 * A calendar date held as 'YYYY-MM-DD' (as the API takes it), shown as 2026年3月1日 and typed in any of the
 * usual forms. What cannot be read as a date is refused in words under the field — never dropped while
 * the page goes on answering for another date (issue 9, the county clerk's finding 2).
 */
export function TypedDatePicker(props: {
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
  /** A first or last day on post: show the glossary line `onPostDaysHelp`. */
  onPostDays?: boolean;
}) {
  const { l, lang } = useT();
  const [refused, setRefused] = useState<string | null>(null);
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const text = (e.target as HTMLInputElement).value ?? '';
    if (!text.trim()) return setRefused(null);
    const iso = parseTypedDate(text, lang);
    if (!iso) return setRefused(text.trim());
    setRefused(null);
    if (iso !== props.value) props.onChange?.(iso);
  };
  const errorId = props.id ? `${props.id}-typed-error` : undefined;
  const helpId = props.id && props.onPostDays ? `${props.id}-on-post-days` : undefined;
  return (
    <Flex vertical gap={2} style={{ display: 'inline-flex' }}>
      <DatePicker
        id={props.id}
        aria-label={props['aria-label']}
        aria-invalid={refused ? true : undefined}
        aria-describedby={[refused ? errorId : undefined, helpId].filter(Boolean).join(' ') || undefined}
        status={refused ? 'error' : undefined}
        value={props.value ? dayjs(props.value) : null}
        onChange={(d) => {
          setRefused(null);
          props.onChange?.(d ? d.format('YYYY-MM-DD') : null);
        }}
        onBlur={onBlur}
        // Shown in the first format; typed in any of them.
        format={typedFormats(lang)}
        placeholder={props.placeholder}
        allowClear={props.allowClear ?? true}
        disabled={props.disabled}
        minDate={props.minDate ? dayjs(props.minDate) : undefined}
        maxDate={props.maxDate ? dayjs(props.maxDate) : undefined}
        style={props.style}
      />
      {props.onPostDays && (
        <Typography.Text id={helpId} type="secondary" style={{ fontSize: 12 }}>
          {l(onPostDaysHelp)}
        </Typography.Text>
      )}
      {refused && (
        <Typography.Text id={errorId} type="danger" role="alert" style={{ fontSize: 12 }}>
          {l({
            zh: `无法识别的日期“${refused}”，请按 2026-03-01 或 2026年3月1日 的格式输入`,
            en: `“${refused}” is not a date; type it as 2026-03-01 or 1 Mar 2026`,
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}
