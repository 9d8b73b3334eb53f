import type { ArticleDocument, BlockNode, InlineNode } from "./document-schema";

/** Splits a body at its page-break nodes; an article always has at least one page. */
export function splitPages(doc: ArticleDocument): BlockNode[][] {
  const pages: BlockNode[][] = [[]];
  for (const block of doc.content) {
    if (block.type === "pageBreak") pages.push([]);
    else pages[pages.length - 1]!.push(block);
  }
  const nonEmpty = pages.filter((page) => page.length > 0);
  return nonEmpty.length > 0 ? nonEmpty : [[]];
}

function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : " ")).join("");
}

/** Plain text of blocks, one paragraph per line; used for search, word counts and descriptions. */
export function blocksToText(blocks: BlockNode[]): string {
  const lines: string[] = [];
  const visit = (block: BlockNode) => {
    switch (block.type) {
      case "paragraph":
      case "heading":
        lines.push(inlineText(block.content));
        break;
      case "blockquote":
        block.content.forEach(visit);
        break;
      case "bulletList":
      case "orderedList":
        block.content.forEach((item) => item.content.forEach(visit));
        break;
      case "figure":
        if (block.attrs.caption) lines.push(block.attrs.caption);
        break;
      default:
        break;
    }
  };
  blocks.forEach(visit);
  return lines.filter((line) => line.trim().length > 0).join("\n");
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes at a long-form reading pace of 230 words a minute, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / 230));
}

/**
 * The public teaser of a subscriber-only article: the first two paragraphs of page one.
 * Headings and figures before them are kept so the teaser reads as the article opens.
 */
export function teaserBlocks(doc: ArticleDocument, paragraphs = 2): BlockNode[] {
  const firstPage = splitPages(doc)[0] ?? [];
  const teaser: BlockNode[] = [];
  let seen = 0;
  for (const block of firstPage) {
    if (seen >= paragraphs) break;
    teaser.push(block);
    if (block.type === "paragraph" && inlineText(block.content).trim()) seen += 1;
  }
  return teaser;
}

/** Ids of media referenced by figures, so a page can load them in one query. */
export function figureMediaIds(blocks: BlockNode[]): string[] {
  const ids = new Set<string>();
  const visit = (block: BlockNode) => {
    if (block.type === "figure") ids.add(block.attrs.mediaId);
    else if (block.type === "blockquote") block.content.forEach(visit);
    else if (block.type === "bulletList" || block.type === "orderedList")
      block.content.forEach((item) => item.content.forEach(visit));
  };
  blocks.forEach(visit);
  return [...ids];
}
