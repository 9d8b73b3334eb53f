import type { SeedIssue } from "./types";

/** Four recent issues of a twice-monthly magazine (24 issues a year). */
export const issues: SeedIssue[] = [
  {
    slug: "2026-10-01",
    title: "The Water Issue",
    volume: 12,
    number: 19,
    publishedOn: "2026-10-01",
    description: "Rivers, reservoirs and the people who decide who gets to drink.",
    coverArt: "river",
  },
  {
    slug: "2026-10-15",
    title: "Borders and Bargains",
    volume: 12,
    number: 20,
    publishedOn: "2026-10-15",
    description: "Trade routes, small states and the price of staying neutral.",
    coverArt: "harbor",
  },
  {
    slug: "2026-11-01",
    title: "The Machine Age, Again",
    volume: 12,
    number: 21,
    publishedOn: "2026-11-01",
    description: "Software in public life, and the workers who keep it running.",
    coverArt: "circuit",
  },
  {
    slug: "2026-11-15",
    title: "Who Pays",
    volume: 12,
    number: 22,
    publishedOn: "2026-11-15",
    description: "Budgets, debts and the bills that come due after the election.",
    coverArt: "parliament",
  },
];
