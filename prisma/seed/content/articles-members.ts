import type { SeedArticle } from "./types";

/**
 * Pieces for signed-in readers: anyone with a free account reads them in full; anonymous
 * visitors get the teaser and an invitation to create an account.
 */
export const memberArticles: SeedArticle[] = [
  {
    slug: "the-weather-diaries-of-lake-orrin",
    title: "The Weather Diaries of Lake Orrin",
    dek: "For sixty years a family of lock keepers wrote down the sky twice a day. Climate scientists now want every page.",
    topic: "environment",
    authors: ["ravi-menon"],
    tags: ["Climate", "Archives"],
    visibility: "MEMBERS",
    publishedAt: "2026-11-20T07:30:00Z",
    featuredImage: {
      art: "river",
      alt: "A stone lock on a calm river under low morning cloud",
      caption:
        "The upper lock at Lake Orrin, where the diaries were kept in a tin box by the gate.",
      credit: "Illustration: The Meridian",
    },
    body: `The lock at the north end of Lake Orrin has been worked by hand since 1911, and for most of that time by one family. The Vannets opened the gates for timber barges, then for pleasure boats, and in between they did something nobody asked them to do: at seven in the morning and seven at night they walked to the end of the gate, looked up, and wrote down what they saw.

The entries are short. Wind from the west, light. Cloud low over the far shore. Ice at the edges, none in the channel. A thrush singing at the gate post, first this year. There are roughly forty-four thousand of them, in nineteen notebooks, in four different hands.

## A record nobody planned

The notebooks came to light when the last lock keeper, Marit Vannet, retired and the canal authority cleared out the gatehouse. A clerk who had been told to throw away "anything personal" hesitated over a tin box and called the regional museum instead. The museum called a hydrologist at the state university, Dr. Oskar Lind, who drove out the same afternoon.

"Weather stations tell you numbers," Lind said. "These tell you what a careful person noticed, every day, in the same place, for sixty years. You can't buy that."

=== page ===

## Reading the sky backwards

Lind's team has spent a year turning the handwriting into data. Each entry is typed, checked by a second reader, and coded: when the ice came and went, when the first frosts fell, which birds were heard and when. The dates of ice-out alone are a treasure. In the 1960s the channel cleared, on average, in the third week of April. In the last decade of the diaries it cleared in the last days of March.

That matches what instruments elsewhere recorded, which is the point. The diaries do not overturn anything; they confirm, in a place where no instrument stood, what the instruments found. And they add the texture that numbers lack: the years the thrush came early and the blossom was caught by frost, the springs when the lake rose so fast that the family slept in shifts to work the gates.

## Whose notebooks are they?

The question of ownership has been settled gently. The canal authority gave the notebooks to the museum; the museum asked the Vannet family before putting a single page online. Marit Vannet said yes on one condition: that the entries be published exactly as written, spelling and all.

"My grandfather could not spell 'cumulus' to save his life," she said. "But he never missed a morning."`,
  },
  {
    slug: "how-we-check-a-long-story",
    title: "How We Check a Long Story",
    dek: "A look inside The Meridian's fact-checking desk, where every name, number and quotation is called, read or traced before it runs.",
    topic: "culture",
    authors: ["celeste-duvall"],
    tags: ["Journalism"],
    visibility: "MEMBERS",
    publishedAt: "2026-11-24T12:00:00Z",
    body: `Every long article in this magazine passes through a small room on the third floor before it reaches you. Four people work there. Between them they will read a five-thousand-word story three times, call most of the people quoted in it, and come back to the writer with a list that is sometimes longer than the story's first page.

Readers ask us about this work more often than about anything else, so here is how it goes.

## The checking copy

When an editor says a piece is ready, the writer hands over what we call the checking copy: the text, with every fact that could be wrong underlined, and beside each one the source. A number from a government report gets the report and the page. A quotation gets the recording and the minute. A description of a room gets the writer's notes from the day they stood in it.

The checkers do not start with the underlined parts. They start by reading the piece as you would, and marking everything that surprised them. Surprise is where mistakes hide.

## Calling back

Then the calls begin. People quoted are read their quotations, though never the rest of the story. Experts are asked whether a summary of their work is fair. Numbers are recomputed from the source, not copied from it. When something cannot be confirmed, it comes out, or the sentence changes to say what we know and how.

Most stories come back with a dozen small fixes: a title, a date, a figure rounded the wrong way. A few come back with one large question that sends the writer out again. Those are the weeks that make the job worth doing.`,
  },
];
