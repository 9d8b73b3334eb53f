// The pages the benchmark loads: one table, so adding or changing a page is one line.
//   as:      who asks: "anonymous", "subscriber", "reader" (signed in, no subscription) or
//            "admin" (each signed in over HTTP)
//   path:    built from the dataset's meta (scripts/bench/generate-data.ts writes it)
//   scale:   also measured at every --scale size
//   bound:   this page's HTML is the static-file upper bound every figure is compared with
//   expect:  text the answer must contain (case-insensitive), checked once before loading,
//            so a sign-in that silently failed or an empty search cannot pass as a fast
//            page; for a subscriber's page it must also be absent for anonymous visitors
//   absent:  text the answer must not contain: the paywall, for a signed-in reader
//            without a subscription (who gets the public edition, as anonymous visitors do)
//   fallback: used when `path` answers 404 (a page this checkout does not have yet)

const q = (text) => encodeURIComponent(text);

export const PAGES = [
  { id: "front", label: "Front page", as: "anonymous", path: () => "/" },
  {
    id: "article-p1",
    label: "Public article, page 1",
    as: "anonymous",
    path: (m) => `/articles/${m.known.publicArticle.slug}`,
    scale: true,
    bound: true,
  },
  {
    id: "article-p3",
    label: "Public article, page 3",
    as: "anonymous",
    path: (m) => `/articles/${m.known.publicArticle.slug}/3`,
  },
  {
    id: "subscriber-article",
    label: "Subscriber-only article, as subscriber",
    as: "subscriber",
    path: (m) => `/articles/${m.known.subscriberArticle.slug}`,
    expect: (m) => m.known.subscriberArticle.marker,
    scale: true,
  },
  {
    id: "reader-article",
    label: "Subscriber-only article, as signed-in reader (no subscription)",
    as: "reader",
    path: (m) => `/articles/${m.known.subscriberArticle.slug}`,
    absent: (m) => m.known.subscriberArticle.marker,
    scale: true,
  },
  { id: "topic", label: "Topic page", as: "anonymous", path: (m) => `/topics/${m.known.topic}` },
  {
    id: "search-common",
    label: "Search, common word",
    as: "anonymous",
    path: (m) => `/search?q=${q(m.search.common)}`,
    expect: (m) => `<mark>${m.search.common}`,
    scale: true,
  },
  {
    id: "search-rare",
    label: "Search, rare word",
    as: "anonymous",
    path: (m) => `/search?q=${q(m.search.rare)}`,
    expect: (m) => `<mark>${m.search.rare}</mark>`,
    scale: true,
  },
  { id: "subscribe", label: "/subscribe", as: "anonymous", path: () => "/subscribe" },
  {
    id: "admin-search",
    label: "Admin subscriptions search",
    as: "admin",
    path: (m) => `/admin/subscriptions?q=${q(m.adminQuery)}`,
    // /admin/subscriptions arrives with "The admin area"; until then, the users search
    // (the same kind of substring search over the people table) stands in for it.
    fallback: {
      label: "Admin users search (fallback)",
      path: (m) => `/admin/users?q=${q(m.adminQuery)}`,
    },
    scale: true,
  },
];
