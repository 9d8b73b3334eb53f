import { isCalendarDay } from "../text/calendar-day";
import { withoutNul } from "../text/without-nul";
import { z } from "zod";

/**
 * The filters of /admin/subscriptions, read from the URL (a GET form, so a filtered list
 * can be bookmarked, shared and exported). Shared by the page, the CSV export and tests.
 */
export const SUBSCRIPTION_STATUSES = [
  "INCOMPLETE",
  "TRIALING",
  "ACTIVE",
  "PAST_DUE",
  "CANCELED",
] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

export const STATUS_LABEL: Record<SubscriptionStatus, string> = {
  INCOMPLETE: "Incomplete",
  TRIALING: "Trial",
  ACTIVE: "Active",
  PAST_DUE: "Past due",
  CANCELED: "Cancelled",
};

export const SUBSCRIPTION_SORTS = ["started", "period-end", "name"] as const;
export type SubscriptionSort = (typeof SUBSCRIPTION_SORTS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

const DateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter dates like 2026-03-01.")
  .refine(isCalendarDay, "That date does not exist.");

const FilterFields = z.object({
  q: z.string().trim().max(100, "Search for at most 100 characters.").default(""),
  status: z.enum(SUBSCRIPTION_STATUSES, { error: "Choose one of the listed statuses." }).optional(),
  plan: z.string().max(64, "Choose one of the listed plans.").optional(),
  print: z.enum(["yes", "no"], { error: "Choose print or digital only." }).optional(),
  from: DateParam.optional(),
  to: DateParam.optional(),
  sort: z.enum(SUBSCRIPTION_SORTS, { error: "Choose one of the listed sort orders." }).optional(),
  dir: z.enum(["asc", "desc"], { error: "Choose ascending or descending." }).optional(),
});

type FilterInput = z.infer<typeof FilterFields>;

export type SubscriptionFilters = Omit<FilterInput, "sort" | "dir"> & {
  sort: SubscriptionSort;
  dir: "asc" | "desc";
};

export const FILTER_KEYS = ["q", "status", "plan", "print", "from", "to", "sort", "dir"] as const;

type Params = Record<string, string | string[] | undefined>;

/**
 * Reads the filters from search params. An invalid value is dropped (the rest still apply)
 * and its message returned, so a mistyped date shows a message instead of an error page.
 */
export function parseSubscriptionFilters(params: Params): {
  filters: SubscriptionFilters;
  errors: Record<string, string>;
} {
  const raw: Record<string, string | undefined> = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    const given = Array.isArray(value) ? value[0] : value;
    const first = given === undefined ? undefined : withoutNul(given);
    // An empty field in a GET form means "any".
    raw[key] = first === undefined || first.trim() === "" ? undefined : first;
  }
  const errors: Record<string, string> = {};
  let parsed = FilterFields.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      errors[key] ??= issue.message;
      delete raw[key];
    }
    parsed = FilterFields.safeParse(raw);
  }
  const data: FilterInput = parsed.success ? parsed.data : { q: "" };
  if (data.from && data.to && data.from > data.to) {
    errors.to = "The end of the date range must not come before its start.";
    delete data.to;
  }
  const sort = data.sort ?? "started";
  return {
    filters: { ...data, sort, dir: data.dir ?? (sort === "name" ? "asc" : "desc") },
    errors,
  };
}

/** The start-date range as instants: `from` at 00:00 UTC, `to` inclusive (before the next day). */
export function startedRange(filters: Pick<SubscriptionFilters, "from" | "to">) {
  return {
    from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : null,
    until: filters.to ? new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS) : null,
  };
}

/** The query string for these filters (defaults left out), plus any extra params. */
export function filterQuery(filters: SubscriptionFilters, extra: Record<string, string> = {}) {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (!value) continue;
    if (key === "sort" && value === "started") continue;
    if (key === "dir" && value === (filters.sort === "name" ? "asc" : "desc")) continue;
    params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
