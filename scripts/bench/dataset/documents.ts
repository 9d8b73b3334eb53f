import type { ArticleDocument, BlockNode, InlineNode } from "../../../lib/articles/document-schema";
import type { Random } from "./random";
import { RARE_WORD, type TextModel } from "./text";

/**
 * Article bodies in the stored format (ProseMirror JSON, lib/articles/document-schema.ts),
 * with the node types real articles use: paragraphs with italic and links, headings,
 * block quotes, lists, rules, and pageBreak nodes between the pages of multi-page
 * articles, so rendering and pagination do the same work as on real content.
 */

export type BodyOptions = {
  pages: number;
  /** Plant RARE_WORD in the first paragraph (inside the teaser, so it is searchable). */
  rare: boolean;
  /** A sentence put after the teaser, to check a subscriber really gets the full text. */
  marker?: string;
  /** Slugs of earlier articles, for inline links to other pages of the site. */
  linkTargets: readonly string[];
};

function inline(random: Random, text: string, linkTargets: readonly string[]): InlineNode[] {
  // One sentence in five carries a mark, as edited prose does.
  const sentences = text.split(/(?<=\.) /);
  const nodes: InlineNode[] = [];
  for (const [i, sentence] of sentences.entries()) {
    const chunk = i < sentences.length - 1 ? `${sentence} ` : sentence;
    if (random.chance(0.8)) nodes.push({ type: "text", text: chunk });
    else if (linkTargets.length > 0 && random.chance(0.5))
      nodes.push({
        type: "text",
        text: chunk,
        marks: [{ type: "link", attrs: { href: `/articles/${random.pick(linkTargets)}` } }],
      });
    else nodes.push({ type: "text", text: chunk, marks: [{ type: "italic" }] });
  }
  return nodes;
}

function page(
  random: Random,
  model: TextModel,
  paragraphs: number,
  linkTargets: readonly string[],
): BlockNode[] {
  const blocks: BlockNode[] = [];
  const para = (): BlockNode => ({
    type: "paragraph",
    content: inline(random, model.paragraph(random, 45, 120), linkTargets),
  });
  for (let i = 0; i < paragraphs; i += 1) {
    if (i > 1 && random.chance(0.12))
      blocks.push({
        type: "heading",
        attrs: { level: 2 },
        content: [{ type: "text", text: model.title(random) }],
      });
    if (i > 1 && random.chance(0.06))
      blocks.push({
        type: "blockquote",
        content: [{ type: "paragraph", content: [{ type: "text", text: model.sentence(random) }] }],
      });
    else if (i > 1 && random.chance(0.04))
      blocks.push({
        type: "bulletList",
        content: Array.from({ length: random.int(3, 5) }, () => ({
          type: "listItem" as const,
          content: [
            {
              type: "paragraph" as const,
              content: [{ type: "text" as const, text: model.sentence(random, 4, 14) }],
            },
          ],
        })),
      });
    blocks.push(para());
  }
  if (random.chance(0.15)) {
    blocks.splice(Math.floor(blocks.length / 2), 0, { type: "horizontalRule" });
  }
  return blocks;
}

export function buildBody(random: Random, model: TextModel, options: BodyOptions) {
  const content: BlockNode[] = [];
  for (let p = 0; p < options.pages; p += 1) {
    if (p > 0) content.push({ type: "pageBreak" });
    const paragraphs = options.pages === 1 ? random.int(6, 11) : random.int(5, 8);
    content.push(...page(random, model, paragraphs, options.linkTargets));
  }
  if (options.rare) {
    const first = content[0];
    if (first?.type === "paragraph")
      first.content = [
        { type: "text", text: `The ${RARE_WORD} grows at the water's edge. ` },
        ...(first.content ?? []),
      ];
  }
  if (options.marker) {
    // On page 1 (the page the benchmark reads) but after the teaser's two paragraphs, so
    // only a reader with access can ever see it.
    const paragraphs = content.flatMap((block, index) =>
      block.type === "paragraph" ? [index] : [],
    );
    content.splice(paragraphs[2]! + 1, 0, {
      type: "paragraph",
      content: [{ type: "text", text: options.marker }],
    });
  }
  const doc: ArticleDocument = { type: "doc", content };
  return doc;
}
