import type { FieldSpec } from "@/components/ui/entity-form";

/** The issue form's fields, filled from an issue when editing one. */
export function issueFields(issue?: {
  title: string;
  slug: string;
  volume: number;
  number: number;
  publishedOn: Date;
  description: string;
  published: boolean;
}): FieldSpec[] {
  return [
    { name: "title", label: "Title", defaultValue: issue?.title, maxLength: 120 },
    {
      name: "slug",
      label: "Slug",
      defaultValue: issue?.slug,
      hint: "The address /issues/<slug>; left empty, it is the date (2026-11-28).",
      maxLength: 80,
    },
    {
      name: "volume",
      label: "Volume",
      type: "number",
      defaultValue: issue ? String(issue.volume) : "",
    },
    {
      name: "number",
      label: "Number",
      type: "number",
      defaultValue: issue ? String(issue.number) : "",
    },
    {
      name: "publishedOn",
      label: "Date",
      type: "date",
      defaultValue: issue ? issue.publishedOn.toISOString().slice(0, 10) : "",
    },
    {
      name: "description",
      label: "Description",
      type: "textarea",
      defaultValue: issue?.description,
      maxLength: 1000,
    },
    {
      name: "cover",
      label: issue
        ? "Replace the cover (JPEG, PNG, WebP or GIF)"
        : "Cover (JPEG, PNG, WebP or GIF)",
      type: "file",
      accept: "image/jpeg,image/png,image/webp,image/gif",
    },
    {
      name: "published",
      label: "Show this issue on the site",
      type: "checkbox",
      checked: issue?.published ?? false,
    },
    {
      name: "emailContents",
      label:
        "Email its contents to readers of “The new issue” (once, when it is shown on the site)",
      type: "checkbox",
      checked: false,
    },
  ];
}
