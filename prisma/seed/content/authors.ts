import type { SeedAuthor } from "./types";

export const authors: SeedAuthor[] = [
  {
    slug: "helen-marlowe",
    name: "Helen Marlowe",
    bio: "Helen Marlowe is the magazine's Washington correspondent. She has covered state legislatures, two presidential campaigns and the long fight over congressional maps.",
    palette: ["#d9c7a7", "#2f3e46"],
  },
  {
    slug: "tomas-okafor",
    name: "Tomás Okafor",
    bio: "Tomás Okafor writes about money: central banks, household debt and the quiet machinery of payments. He was previously a bond analyst.",
    palette: ["#b8d8d8", "#7a4419"],
  },
  {
    slug: "ingrid-salo",
    name: "Ingrid Salo",
    bio: "Ingrid Salo is a foreign affairs writer based in Helsinki. She reports on the Baltic, the Arctic and the politics of small states.",
    palette: ["#e8d5c4", "#3d405b"],
  },
  {
    slug: "ravi-menon",
    name: "Ravi Menon",
    bio: "Ravi Menon covers climate, energy and the places where the two meet the ground: grids, rivers, farms and coastlines.",
    palette: ["#cfe1b9", "#495057"],
  },
  {
    slug: "celeste-duvall",
    name: "Celeste Duvall",
    bio: "Celeste Duvall is the culture editor. She writes about theater, books and the economics of making art in expensive cities.",
    palette: ["#f2cc8f", "#6d2e46"],
  },
  {
    slug: "jonah-whitfield",
    name: "Jonah Whitfield",
    bio: "Jonah Whitfield writes about technology and the people who are governed by it: software in courts, hospitals and city halls.",
    palette: ["#cdb4db", "#1d3557"],
  },
  {
    slug: "amara-lindqvist",
    name: "Amara Lindqvist",
    bio: "Amara Lindqvist is a contributing writer on trade and development. Her reporting has taken her to ports on four continents.",
    palette: ["#ffd6a5", "#264653"],
  },
  {
    slug: "daniel-reyes",
    name: "Daniel Reyes",
    bio: "Daniel Reyes is a staff writer covering cities, housing and local government, and the editor of the magazine's weekly politics letter.",
    palette: ["#a8dadc", "#6b705c"],
  },
];
