// Dates are shown in UTC so a page rendered on any server reads the same.
const long = new Intl.DateTimeFormat("en-US", {
  month: "long",
  day: "numeric",
  year: "numeric",
  timeZone: "UTC",
});

/** "September 6, 2023", as in the magazine's bylines. */
export function formatLongDate(date: Date): string {
  return long.format(date);
}
