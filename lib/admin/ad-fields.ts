/** The house-ad form's field names, shared by the form (client) and its Server Action. */
export const AD_FIELDS = [
  "name",
  "headline",
  "body",
  "linkUrl",
  "linkLabel",
  "imageId",
  "placement",
  "startsOn",
  "endsOn",
  "active",
] as const;

export type AdFormValues = Partial<Record<(typeof AD_FIELDS)[number], string>>;
