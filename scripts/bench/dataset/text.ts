import { articles as seedArticles } from "../../../prisma/seed/content/articles";
import type { Random } from "./random";

/**
 * Prose for generated articles: a word-level Markov chain trained on the demo articles'
 * own text. Word frequencies then follow real English (a few words everywhere, most words
 * rare), which is what makes "search for a common word" and "search for a rare word" two
 * different workloads for FTS5. Repeating one lorem-ipsum paragraph would not.
 */

/** A made-up word found nowhere in the corpus, planted in a handful of articles. */
export const RARE_WORD = "quillwort";

const END = "\u0000";

export type TextModel = {
  sentence(random: Random, minWords?: number, maxWords?: number): string;
  paragraph(random: Random, minWords: number, maxWords: number): string;
  title(random: Random): string;
  /** A content word that appears in most articles, for the "common word" search. */
  commonWord: string;
};

/** The demo bodies as plain sentences: Markdown syntax, images and page markers removed. */
function corpusSentences(): string[][] {
  const sentences: string[][] = [];
  for (const article of seedArticles) {
    const plain = `${article.dek}\n\n${article.body}`
      .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/^(#{1,4} |> |- |\d+\. |=== page ===|---)/gm, " ")
      .replace(/[*_`]/g, "");
    for (const raw of plain.split(/(?<=[.!?])\s+|\n+/)) {
      const words = raw.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,;:!?-]*/gu);
      if (words && words.length >= 4) sentences.push(words);
    }
  }
  return sentences;
}

export function buildTextModel(): TextModel {
  // Successors are stored with repetition, so picking uniformly from the list follows
  // the corpus's bigram frequencies.
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  const frequency = new Map<string, number>();
  const documentsWith = new Map<string, number>();
  for (const words of corpusSentences()) {
    starts.push(words[0]!);
    for (let i = 0; i < words.length; i += 1) {
      const word = words[i]!;
      const following = i + 1 < words.length ? words[i + 1]! : END;
      let list = next.get(word);
      if (!list) next.set(word, (list = []));
      list.push(following);
      const bare = word.toLowerCase().replace(/[^\p{L}]/gu, "");
      if (bare) frequency.set(bare, (frequency.get(bare) ?? 0) + 1);
    }
  }
  for (const article of seedArticles) {
    const seen = new Set(article.body.toLowerCase().match(/\p{L}+/gu) ?? []);
    for (const word of seen) documentsWith.set(word, (documentsWith.get(word) ?? 0) + 1);
  }
  if (frequency.has(RARE_WORD)) throw new Error(`"${RARE_WORD}" occurs in the corpus`);

  // The most frequent word of six letters or more that is in at least half the demo
  // articles: frequent enough to match thousands of generated articles, yet a word a
  // reader might search for (not "the").
  const commonWord = [...frequency.entries()]
    .filter(([word]) => word.length >= 6)
    .filter(([word]) => (documentsWith.get(word) ?? 0) >= seedArticles.length / 2)
    .sort((a, b) => b[1] - a[1])[0]![0];

  const sentence = (random: Random, minWords = 6, maxWords = 38) => {
    const words: string[] = [];
    let word = random.pick(starts);
    while (words.length < maxWords) {
      words.push(word);
      const following = random.pick(next.get(word) ?? [END]);
      if (following === END) {
        if (words.length >= minWords) break;
        word = random.pick(starts);
      } else word = following;
    }
    let text = words.join(" ").replace(/[,;:-]+$/, "");
    text = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.!?]$/.test(text) ? text : `${text}.`;
  };

  const paragraph = (random: Random, minWords: number, maxWords: number) => {
    const target = random.int(minWords, maxWords);
    const sentences: string[] = [];
    let count = 0;
    while (count < target) {
      const s = sentence(random);
      sentences.push(s);
      count += s.split(" ").length;
    }
    return sentences.join(" ");
  };

  const title = (random: Random) => {
    const words = sentence(random, 3, random.int(3, 7))
      .replace(/[.,;:!?]/g, "")
      .split(" ");
    return words
      .map((w, i) =>
        i > 0 && ["a", "an", "the", "of", "and", "in", "on", "to", "for"].includes(w)
          ? w
          : w.charAt(0).toUpperCase() + w.slice(1),
      )
      .join(" ");
  };

  return { sentence, paragraph, title, commonWord };
}
