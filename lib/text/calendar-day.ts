/**
 * Whether `value` is a day that exists, written YYYY-MM-DD. JavaScript's Date would turn
 * 2026-02-30 into March 2 without a word; a day that does not survive the round trip is refused.
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
