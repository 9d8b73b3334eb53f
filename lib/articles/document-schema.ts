import { z } from "zod";

/**
 * The article body: ProseMirror JSON restricted to a fixed set of node and mark types.
 * Anything outside this allow-list is refused on save and on render, so stored content
 * can never carry markup or script of its own.
 */

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

export type Mark =
  | { type: "bold" }
  | { type: "italic" }
  | { type: "strike" }
  | { type: "code" }
  | { type: "link"; attrs: { href: string } };

export type InlineNode = { type: "text"; text: string; marks?: Mark[] } | { type: "hardBreak" };

export type FigureAttrs = { mediaId: string; alt: string; caption: string; credit: string };

export type BlockNode =
  | { type: "paragraph"; content?: InlineNode[] }
  | { type: "heading"; attrs: { level: 2 | 3 | 4 }; content?: InlineNode[] }
  | { type: "blockquote"; content: BlockNode[] }
  | { type: "bulletList"; content: ListItemNode[] }
  | { type: "orderedList"; attrs?: { start?: number }; content: ListItemNode[] }
  | { type: "horizontalRule" }
  | { type: "figure"; attrs: FigureAttrs }
  | { type: "pageBreak" };

export type ListItemNode = { type: "listItem"; content: BlockNode[] };

export type ArticleDocument = { type: "doc"; content: BlockNode[] };

/** http(s), mailto, site-relative paths and in-page anchors; never javascript:, data: or //host. */
export function isSafeHref(href: string): boolean {
  const value = href.trim();
  if (value.startsWith("/")) return !value.startsWith("//") && !value.startsWith("/\\");
  if (value.startsWith("#")) return true;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:" || url.protocol === "mailto:";
  } catch {
    return false;
  }
}

const HrefSchema = z
  .string()
  .max(2048, "A link address is too long (2,048 characters at most).")
  .refine(isSafeHref, {
    message:
      "Links must start with http://, https://, mailto: or / (no javascript: or data: links).",
  });

const MarkSchema: z.ZodType<Mark> = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }).strict(),
  z.object({ type: z.literal("italic") }).strict(),
  z.object({ type: z.literal("strike") }).strict(),
  z.object({ type: z.literal("code") }).strict(),
  z.object({ type: z.literal("link"), attrs: z.object({ href: HrefSchema }) }).strict(),
]);

const InlineSchema: z.ZodType<InlineNode> = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("text"),
      text: z.string().min(1),
      marks: z.array(MarkSchema).max(5).optional(),
    })
    .strict(),
  z.object({ type: z.literal("hardBreak") }).strict(),
]);

const inlineContent = z.array(InlineSchema).optional();

const FigureAttrsSchema = z.object({
  mediaId: z.string().min(1).max(200),
  alt: z.string().max(500).default(""),
  caption: z.string().max(1000).default(""),
  credit: z.string().max(300).default(""),
});

const ListItemSchema: z.ZodType<ListItemNode> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(BlockSchema).min(1) }).strict(),
);

const BlockSchema: z.ZodType<BlockNode> = z.lazy(() =>
  z.discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), content: inlineContent }).strict(),
    z
      .object({
        type: z.literal("heading"),
        attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
        content: inlineContent,
      })
      .strict(),
    z.object({ type: z.literal("blockquote"), content: z.array(BlockSchema).min(1) }).strict(),
    z.object({ type: z.literal("bulletList"), content: z.array(ListItemSchema).min(1) }).strict(),
    z
      .object({
        type: z.literal("orderedList"),
        attrs: z.object({ start: z.number().int().min(0).max(100000).optional() }).optional(),
        content: z.array(ListItemSchema).min(1),
      })
      .strict(),
    z.object({ type: z.literal("horizontalRule") }).strict(),
    z.object({ type: z.literal("figure"), attrs: FigureAttrsSchema }).strict(),
    z.object({ type: z.literal("pageBreak") }).strict(),
  ]),
);

export const ArticleDocumentSchema: z.ZodType<ArticleDocument> = z
  .object({ type: z.literal("doc"), content: z.array(BlockSchema) })
  .strict();

export class InvalidDocumentError extends Error {
  constructor(readonly issues: string[]) {
    super(`The article body is not valid: ${issues.join("; ")}`);
    this.name = "InvalidDocumentError";
  }
}

/** Validates a stored or submitted body. Throws InvalidDocumentError with readable reasons. */
export function parseDocument(input: string | unknown): ArticleDocument {
  let value: unknown = input;
  // The cap applies to what would be stored, whether the body arrives as text or as JSON.
  const size = Buffer.byteLength(
    typeof input === "string" ? input : (JSON.stringify(input) ?? ""),
    "utf8",
  );
  if (size > MAX_DOCUMENT_BYTES) throw new InvalidDocumentError(["it is larger than 2 MB"]);
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw new InvalidDocumentError(["it is not valid JSON"]);
    }
  }
  const result = ArticleDocumentSchema.safeParse(value);
  if (!result.success) {
    throw new InvalidDocumentError(
      result.error.issues.map((issue) => `${issue.path.join(".") || "document"}: ${issue.message}`),
    );
  }
  return result.data;
}
