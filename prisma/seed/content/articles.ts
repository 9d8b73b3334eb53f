import { briefArticles } from "./articles-briefs";
import { draftArticles } from "./drafts";
import { cultureTechnologyArticles } from "./articles-culture-technology";
import { foreignEnvironmentArticles } from "./articles-foreign-environment";
import { memberArticles } from "./articles-members";
import { politicsFinanceArticles } from "./articles-politics-finance";
import type { SeedArticle } from "./types";

export const articles: SeedArticle[] = [
  ...politicsFinanceArticles,
  ...foreignEnvironmentArticles,
  ...cultureTechnologyArticles,
  ...briefArticles,
  ...memberArticles,
  ...draftArticles,
];
