/**
 * CSV cells and rows (RFC 4180), written for spreadsheets: a field is quoted when it holds a
 * comma, quote, line break or edge space, with quotes doubled. No CSV library is installed
 * and this is all we need, so it is small and tested (tests/unit/csv.test.ts).
 *
 * Formula injection: Excel, LibreOffice and Sheets run a cell that starts with = + - @ (or a
 * tab or carriage return, which some of them skip first) as a formula, so a reader named
 * "=HYPERLINK(…)" could plant a link in an admin's spreadsheet. Such text cells get a
 * leading apostrophe, which spreadsheets show as text. Numbers we format ourselves are
 * passed as numbers and left alone, so a negative amount stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "yes" : "no";
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ended with CRLF as RFC 4180 asks. */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
