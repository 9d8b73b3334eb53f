import { parseDocument, type ArticleDocument } from "./document-schema";

/**
 * The browser editor (Tiptap) adds presentation attributes to some nodes: links carry
 * target/rel/class, ordered lists a list type, empty blocks an empty `content`. This keeps
 * only what our document model stores, then validates strictly. Node and mark types are
 * never renamed or dropped here, so anything unknown (a `script` node, say) still reaches
 * the validator and is refused.
 */
type Json = { [key: string]: unknown };

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function normalizeMark(mark: unknown): unknown {
  if (!isObject(mark)) return mark;
  if (mark.type === "link" && isObject(mark.attrs)) {
    return { type: "link", attrs: { href: mark.attrs.href } };
  }
  if (["bold", "italic", "strike", "code"].includes(String(mark.type))) return { type: mark.type };
  return mark;
}

function normalizeNode(node: unknown): unknown {
  if (!isObject(node)) return node;
  const out: Json = { type: node.type };
  switch (node.type) {
    case "text":
      out.text = node.text;
      if (Array.isArray(node.marks) && node.marks.length > 0)
        out.marks = node.marks.map(normalizeMark);
      return out;
    case "heading":
      out.attrs = { level: isObject(node.attrs) ? node.attrs.level : undefined };
      break;
    case "orderedList": {
      const start = isObject(node.attrs) ? node.attrs.start : undefined;
      if (typeof start === "number" && start !== 1) out.attrs = { start };
      break;
    }
    case "figure":
      out.attrs = isObject(node.attrs)
        ? {
            mediaId: node.attrs.mediaId,
            alt: node.attrs.alt ?? "",
            caption: node.attrs.caption ?? "",
            credit: node.attrs.credit ?? "",
          }
        : node.attrs;
      return out;
    case "hardBreak":
    case "horizontalRule":
    case "pageBreak":
      return out;
    default:
      if (node.attrs !== undefined && node.type !== "paragraph" && node.type !== "blockquote")
        out.attrs = node.attrs;
  }
  if (Array.isArray(node.content)) {
    const content = node.content.map(normalizeNode);
    // Paragraphs and headings may be empty; containers keep their (possibly empty) list so
    // the validator can say what is wrong with them.
    if (content.length > 0 || !["paragraph", "heading"].includes(String(node.type)))
      out.content = content;
  }
  return out;
}

/** Editor JSON → a validated ArticleDocument (throws InvalidDocumentError with reasons). */
export function documentFromEditor(input: unknown): ArticleDocument {
  return parseDocument(normalizeNode(input));
}
