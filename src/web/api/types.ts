/** The shape of every list the API answers (STYLE.md). */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
