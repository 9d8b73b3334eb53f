import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/articles/article-cards";
import { formatLongDate } from "@/lib/text/format-date";
import { Figure } from "./figure";
import { VisibilityBadge } from "./visibility-badge";

function Kicker({ card }: { card: Card }) {
  return (
    <p className="font-sans text-xs font-semibold tracking-widest text-red-800 uppercase">
      {card.topic ? (
        <Link href={`/topics/${card.topic.slug}`}>{card.topic.name}</Link>
      ) : (
        "The Meridian"
      )}
      <VisibilityBadge visibility={card.visibility} />
    </p>
  );
}

function Meta({ card }: { card: Card }) {
  return (
    <p className="mt-2 font-sans text-xs text-stone-600">
      {card.authors.map((a) => a.name).join(" and ")} ·{" "}
      <time dateTime={card.publishedAt.toISOString()}>{formatLongDate(card.publishedAt)}</time> ·{" "}
      {card.readingMinutes} min read{card.pageCount > 1 ? ` · ${card.pageCount} pages` : ""}
    </p>
  );
}

/** One article in a list. `lead` is the front page's featured story. */
export function ArticleCard({
  card,
  variant = "standard",
  headingLevel = 3,
}: {
  card: Card;
  variant?: "lead" | "standard" | "compact";
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const href = `/articles/${card.slug}`;
  if (variant === "lead") {
    return (
      <article className="grid gap-6 md:grid-cols-5">
        {card.image && (
          <Link href={href} className="md:col-span-3" tabIndex={-1} aria-hidden="true">
            <Figure media={card.image} sizes="(min-width: 768px) 60vw, 100vw" priority />
          </Link>
        )}
        <div className={card.image ? "md:col-span-2" : "md:col-span-5"}>
          <Kicker card={card} />
          <Heading className="mt-2 font-serif text-3xl leading-tight font-bold text-balance md:text-4xl">
            <Link href={href} className="hover:text-red-800">
              {card.title}
            </Link>
          </Heading>
          <p className="mt-3 font-serif text-lg leading-snug text-stone-700">{card.dek}</p>
          <Meta card={card} />
        </div>
      </article>
    );
  }
  return (
    <article className={variant === "compact" ? "border-t border-stone-300 pt-4" : "flex flex-col"}>
      {variant === "standard" && card.image && (
        <Link href={href} tabIndex={-1} aria-hidden="true" className="mb-3 block">
          <Figure
            media={card.image}
            sizes="(min-width: 1024px) 30vw, (min-width: 640px) 45vw, 100vw"
          />
        </Link>
      )}
      <Kicker card={card} />
      <Heading className="mt-1 font-serif text-xl leading-snug font-bold text-balance">
        <Link href={href} className="hover:text-red-800">
          {card.title}
        </Link>
      </Heading>
      {variant === "standard" && (
        <p className="mt-2 font-serif leading-snug text-stone-700">{card.dek}</p>
      )}
      <Meta card={card} />
    </article>
  );
}

export function ArticleGrid({ cards }: { cards: Card[] }) {
  return (
    <div className="grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
      {cards.map((card) => (
        <ArticleCard key={card.id} card={card} />
      ))}
    </div>
  );
}
