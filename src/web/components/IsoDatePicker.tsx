import type { CSSProperties } from 'react';
import { TypedDatePicker } from './TypedDatePicker';

/** A calendar date held as 'YYYY-MM-DD' (as the API takes it) and shown as 2026年3月1日; typed dates are taken or visibly refused. */
export function IsoDatePicker(props: {
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
  /** A first or last day on post: show the glossary line (days on post, both ends included). */
  onPostDays?: boolean;
}) {
  return <TypedDatePicker {...props} style={{ width: '100%', ...props.style }} />;
}
