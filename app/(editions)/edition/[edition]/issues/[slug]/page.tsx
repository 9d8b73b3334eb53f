import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleCard } from "@/components/article/article-card";
import { Figure } from "@/components/article/figure";
import { getIssueBySlug } from "@/lib/issues/issues";
import { mediaSrc } from "@/lib/media/media-view";
import { formatLongDate } from "@/lib/text/format-date";

export const revalidate = 3600;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const issue = await getIssueBySlug((await params).slug);
  if (!issue) return {};
  return {
    title: `${issue.title} (Vol. ${issue.volume}, No. ${issue.number})`,
    description: issue.description,
    alternates: { canonical: `/issues/${issue.slug}` },
    openGraph: {
      title: issue.title,
      description: issue.description,
      images: issue.cover ? [mediaSrc(issue.cover, 960)] : [],
    },
  };
}

export default async function IssuePage({ params }: Props) {
  const issue = await getIssueBySlug((await params).slug);
  if (!issue) notFound();
  return (
    <div className="grid gap-10 md:grid-cols-3">
      <div>
        {issue.cover && (
          <Figure media={issue.cover} sizes="(min-width: 768px) 33vw, 100vw" priority />
        )}
        <p className="mt-4 font-sans text-sm">
          <Link href="/issues" className="underline underline-offset-4">
            ← All issues
          </Link>
        </p>
      </div>
      <div className="md:col-span-2">
        <p className="font-sans text-sm font-semibold tracking-widest text-red-800 uppercase">
          Vol. {issue.volume}, No. {issue.number} ·{" "}
          <time dateTime={issue.publishedOn.toISOString()}>
            {formatLongDate(issue.publishedOn)}
          </time>
        </p>
        <h1 className="mt-2 font-serif text-5xl font-bold">{issue.title}</h1>
        <p className="mt-3 font-serif text-xl text-stone-700">{issue.description}</p>
        {/* Shown to everyone (this page is cached for all readers); the targets check access. */}
        {(issue.articles.length > 0 || issue.hasPdf) && (
          <p className="mt-6 flex flex-wrap gap-x-6 gap-y-2 font-sans text-sm font-semibold">
            {issue.articles.length > 0 && (
              <Link
                href={`/issues/${issue.slug}/read`}
                className="underline decoration-red-800 underline-offset-4"
              >
                Read the whole issue
              </Link>
            )}
            {/* A plain link: a download from a route handler, not a page to prefetch. */}
            {issue.hasPdf && (
              <a
                href={`/issues/${issue.slug}/pdf`}
                className="underline decoration-red-800 underline-offset-4"
              >
                Download the PDF
              </a>
            )}
          </p>
        )}
        <section aria-labelledby="contents-heading" className="mt-10">
          <h2
            id="contents-heading"
            className="font-sans text-sm font-bold tracking-widest uppercase"
          >
            In this issue
          </h2>
          <ol className="mt-4 space-y-6">
            {issue.articles.map((card) => (
              <li key={card.id}>
                <ArticleCard card={card} variant="compact" />
              </li>
            ))}
          </ol>
          {issue.articles.length === 0 && (
            <p className="mt-4 font-sans text-stone-600">
              The contents of this issue are not online yet.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}
