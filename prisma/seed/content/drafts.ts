import type { SeedArticle } from "./types";

/** Work in progress in the newsroom: never visible on the public site. */
export const draftArticles: SeedArticle[] = [
  {
    slug: "the-parking-garage-that-ate-the-downtown-plan",
    title: "The Parking Garage That Ate the Downtown Plan",
    dek: "A draft on how one structure's financing quietly set the shape of a city center for thirty years.",
    topic: "politics",
    authors: ["daniel-reyes"],
    tags: ["Cities", "Housing"],
    status: "DRAFT",
    publishedAt: "2026-11-27T12:00:00Z",
    body: `The garage on Wexley Street has six levels, four hundred and twelve spaces and, according to the city's own counts, an average weekday occupancy that has never passed forty percent.

What it also has is a bond covenant. Until the debt is retired, the city promised its lenders that no competing public parking would be built within half a mile, and that the blocks around it would stay zoned for the kind of offices that fill garages.

Notes for the editor: still waiting on the 1998 council minutes and a reply from the [state records office](https://www.archives.gov).`,
  },
  {
    slug: "what-a-grain-futures-desk-hears-before-a-drought",
    title: "What a Grain Futures Desk Hears Before a Drought",
    dek: "Traders listen to rain gauges the way other people listen to the radio.",
    topic: "finance",
    authors: ["tomas-okafor"],
    tags: ["Markets", "Agriculture"],
    status: "IN_REVIEW",
    publishedAt: "2026-11-27T15:00:00Z",
    body: `On a Tuesday in late June, the desk went quiet at seven in the morning. Nobody had announced anything. A soil-moisture map had simply refreshed, and a band of orange had crept two counties further east than the week before.

By lunch, the price of a contract for December corn had moved more than it had in the previous month.

This piece follows one desk through one dry summer, and asks who else hears the signal first.`,
  },
];
