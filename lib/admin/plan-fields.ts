/** The plan form's field names, shared by the form (client) and its Server Action. */
export const PLAN_FIELDS = [
  "name",
  "slug",
  "description",
  "price",
  "interval",
  "includesPrint",
  "features",
  "position",
  "trialDays",
  "stripePriceId",
] as const;

export type PlanFormValues = Partial<Record<(typeof PLAN_FIELDS)[number], string>>;
