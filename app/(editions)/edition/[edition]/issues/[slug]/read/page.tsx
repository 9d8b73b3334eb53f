import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Byline } from "@/components/article/byline";
import { SubscribeBox } from "@/components/subscribe/subscribe-box";
import { renderBlocks } from "@/lib/articles/render-document";
import { db } from "@/lib/db";
import { editionOfParams } from "@/lib/editions/edition-params";
import { getWholeIssue } from "@/lib/issues/whole-issue";
import { editionAccess, type Edition } from "@/lib/subscriptions/entitlements";
import { formatLongDate } from "@/lib/text/format-date";

// Per edition: the subscriber edition holds every article's text, the public one the
// contents only. Cached like the other reader pages.
export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ edition: string; slug: string }> };

/** Once per render for metadata and page alike. */
const load = cache((edition: Edition, slug: string) =>
  getWholeIssue(db, editionAccess(edition), slug),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const view = await load(await editionOfParams(params), (await params).slug);
  if (!view) return {};
  return {
    title: `The whole issue: ${view.issue.title}`,
    // A per-reader page whose public part duplicates /issues/[slug].
    robots: { index: false, follow: true },
  };
}

const prose =
  "prose prose-lg prose-stone prose-a:text-red-900 prose-a:decoration-red-900/30 prose-a:underline-offset-4 prose-blockquote:font-normal prose-figcaption:mt-2 mt-8 max-w-none font-serif";
const link = "underline decoration-red-800 underline-offset-4";

export default async function WholeIssuePage({ params }: Props) {
  const edition = await editionOfParams(params);
  const { slug } = await params;
  const view = await load(edition, slug);
  if (!view) notFound();
  const { issue, contents, text } = view;
  const from = `/issues/${issue.slug}/read`;

  return (
    <div className="mx-auto max-w-3xl">
      <header>
        <p className="font-sans text-sm font-semibold tracking-widest text-red-800 uppercase">
          Vol. {issue.volume}, No. {issue.number} ·{" "}
          <time dateTime={issue.publishedOn.toISOString()}>
            {formatLongDate(issue.publishedOn)}
          </time>
        </p>
        <h1 className="mt-2 font-serif text-5xl font-bold">{issue.title}</h1>
        {issue.description && (
          <p className="mt-3 font-serif text-xl text-stone-700">{issue.description}</p>
        )}
        <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2 font-sans text-sm font-semibold">
          <Link href={`/issues/${issue.slug}`} className={link}>
            ← The issue
          </Link>
          {text && issue.hasPdf && (
            <a href={`/issues/${issue.slug}/pdf`} className={link}>
              Download the PDF
            </a>
          )}
        </p>
      </header>

      <nav aria-labelledby="contents-heading" id="contents" className="mt-10">
        <h2 id="contents-heading" className="font-sans text-sm font-bold tracking-widest uppercase">
          Contents
        </h2>
        <ol className="mt-4 space-y-4">
          {contents.map((entry) => (
            <li key={entry.id}>
              {/* Subscribers jump down the page; others go to the article (its teaser). */}
              <a
                href={text ? `#${entry.anchor}` : `/articles/${entry.slug}`}
                className="font-serif text-xl font-bold underline-offset-4 hover:underline"
              >
                {entry.title}
              </a>
              <p className="font-sans text-sm text-stone-600">
                {entry.authors.map((author) => author.name).join(" and ")}
                {entry.dek && ` · ${entry.dek}`}
              </p>
            </li>
          ))}
        </ol>
        {contents.length === 0 && (
          <p className="mt-4 font-sans text-stone-600">
            The contents of this issue are not online yet.
          </p>
        )}
      </nav>

      {text ? (
        contents.map((entry) => (
          <article
            key={entry.id}
            id={entry.anchor}
            aria-labelledby={`${entry.anchor}-title`}
            className="mt-16 scroll-mt-6 border-t-4 border-stone-900 pt-6"
          >
            <h2
              id={`${entry.anchor}-title`}
              className="font-serif text-4xl leading-tight font-bold text-balance"
            >
              {entry.title}
            </h2>
            {entry.dek && (
              <p className="mt-3 font-serif text-xl leading-snug text-stone-700">{entry.dek}</p>
            )}
            <div className="mt-4 border-y border-stone-300 py-3">
              <Byline authors={entry.authors} date={entry.publishedAt} />
            </div>
            <div className={prose}>
              {renderBlocks((text.bodies.get(entry.id) ?? []).flat(), text.media)}
            </div>
            <p className="mt-6 font-sans text-sm">
              <a href="#contents" className={link}>
                Back to the contents
              </a>
            </p>
          </article>
        ))
      ) : (
        <>
          <SubscribeBox
            heading="Read the whole issue with a subscription"
            lead={`Subscribers read every article of “${issue.title}” here, in order, on one page${issue.hasPdf ? ", and download the PDF edition" : ""}.`}
          />
          {/* The public edition is also what signed-in readers without a subscription get. */}
          <p className="font-sans text-sm">
            Already a subscriber?{" "}
            <Link href={`/signin?from=${encodeURIComponent(from)}`} className={link}>
              Sign in
            </Link>{" "}
            to read it.
          </p>
        </>
      )}
    </div>
  );
}
