import type { TopicSlug } from "./types";

export const topics: { slug: TopicSlug; name: string; description: string }[] = [
  {
    slug: "politics",
    name: "Politics",
    description:
      "Campaigns, legislatures, courts and the people who run for office and the people who vote.",
  },
  {
    slug: "finance",
    name: "Finance",
    description: "Money, markets, debt and the institutions that move them.",
  },
  {
    slug: "foreign-affairs",
    name: "Foreign Affairs",
    description: "Diplomacy, trade, alliances and the world beyond the border.",
  },
  {
    slug: "environment",
    name: "Environment",
    description: "Climate, energy, water and land, and who pays to protect them.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Books, theater, film, art and the economics of making them.",
  },
  {
    slug: "technology",
    name: "Technology",
    description: "Software, hardware and the public life they increasingly govern.",
  },
];
