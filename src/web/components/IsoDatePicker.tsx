import type { ComponentProps } from 'react';
import { TypedDatePicker } from './TypedDatePicker';

/** A calendar date held as 'YYYY-MM-DD' (as the API takes it), full width in forms; typed dates are taken or visibly refused. */
export function IsoDatePicker(props: ComponentProps<typeof TypedDatePicker>) {
  return <TypedDatePicker {...props} style={{ width: '100%', ...props.style }} />;
}
