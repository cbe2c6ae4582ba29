import type { FormInstance } from 'antd';
import { isApiError } from './http';

/**
 * Puts the messages of an API error next to the fields it names (`details.fields`). `fieldOf` maps an API
 * field path ('scope.regions.0') to a form field name, or undefined when the form has no such field.
 * Returns whether every message found a field (otherwise the caller shows the error's message above the form).
 */
export function showServerErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  fieldOf: (apiField: string) => string | undefined = (f) => f.split('.')[0],
): boolean {
  if (!isApiError(error)) return false;
  const fields = error.fields;
  if (fields.length === 0) return false;
  const byName = new Map<string, string[]>();
  let unplaced = 0;
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  for (const f of fields) {
    const name = fieldOf(f.field);
    if (name && known.has(name)) byName.set(name, [...(byName.get(name) ?? []), f.message]);
    else unplaced++;
  }
  form.setFields(
    [...byName].map(([name, errors]) => ({ name: name as never, errors: [...new Set(errors)] })),
  );
  return unplaced === 0;
}
