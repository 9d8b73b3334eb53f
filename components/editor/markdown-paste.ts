import type { ArticleDocument } from "@/lib/articles/document-schema";
import { markdownToDocument, PAGE_BREAK_LINE } from "@/lib/articles/markdown-to-doc";

/**
 * Plain text that reads as Markdown: links, emphasis, headings, quotes, lists or our page
 * break line. Ordinary prose (no markers) is left to the editor's own paste.
 */
export function looksLikeMarkdown(text: string): boolean {
  return (
    /\[[^\]]+\]\([^)\s]+\)/.test(text) ||
    /(^|[\s(])(\*\*?|_)[^\s*_][^*_\n]*\2(?=[\s.,;:!?)]|$)/m.test(text) ||
    /^(#{1,6} |> |[-*+] |\d+\. )/m.test(text) ||
    text.includes(PAGE_BREAK_LINE)
  );
}

/**
 * Pasted Markdown as article blocks, through the same converter the demo content uses,
 * so pasting gives exactly what publishing from Markdown would. Images in the Markdown
 * are dropped (they must come from the media library); null when nothing usable is left.
 */
export function markdownToBlocks(text: string): ArticleDocument["content"] | null {
  try {
    const doc = markdownToDocument(text);
    return doc.content.length > 0 ? doc.content : null;
  } catch {
    return null;
  }
}
