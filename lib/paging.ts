/** A page number as asked (any number) made valid for `total` rows: 1 to the last page. */
export function clampPage(asked: number, total: number, pageSize: number) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  return { page: Math.min(Math.max(1, Math.floor(asked)), pageCount), pageCount };
}
