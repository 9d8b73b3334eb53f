import type { Metadata } from "next";
import Link from "next/link";
import { MailingProgress } from "@/components/editor/newsletter-choice";
import { PrivateFileField } from "@/components/editor/private-file-field";
import { EntityForm } from "@/components/ui/entity-form";
import { FormMessage } from "@/components/ui/form-field";
import { getCurrentUser, requirePermission } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { orErrorPage } from "@/lib/editor/page-errors";
import { describeFile } from "@/lib/files/describe-file";
import { privateFiles } from "@/lib/files/private-files";
import { getIssuePdfInfo } from "@/lib/issues/issue-pdf";
import { getIssueForEditing } from "@/lib/issues/manage-issues";
import { issueMailingSummary } from "@/lib/newsletters/article-mailing";
import { issueContentsAction, saveIssueAction } from "../actions";
import { issueFields } from "../issue-fields";

export const metadata: Metadata = { title: "Edit issue", robots: { index: false } };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string; error?: string }>;
};

function ContentsButton({
  issueId,
  articleId,
  op,
  label,
  children,
}: {
  issueId: string;
  articleId: string;
  op: "up" | "down" | "remove";
  label: string;
  children: React.ReactNode;
}) {
  return (
    <form action={issueContentsAction}>
      <input type="hidden" name="issueId" value={issueId} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="op" value={op} />
      <button
        type="submit"
        aria-label={label}
        className="border border-stone-400 px-2 py-0.5 hover:bg-stone-100"
      >
        {children}
      </button>
    </form>
  );
}

export default async function EditIssuePage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("issue:manage", `/editor/issues/${id}`);
  const { notice, error } = await searchParams;
  const actor = await getCurrentUser();
  const { issue, candidates } = await orErrorPage(getIssueForEditing(db, actor, id));
  const [pdf, mailing] = await Promise.all([
    getIssuePdfInfo(db, privateFiles, actor, id),
    issueMailingSummary(db, id),
  ]);
  return (
    <>
      <p className="font-sans text-sm">
        <Link href="/editor/issues" className="underline underline-offset-4">
          ← All issues
        </Link>
      </p>
      <h1 className="mt-3 font-serif text-4xl font-bold">{issue.title}</h1>
      <div className="mt-4 max-w-2xl">
        <FormMessage ok message={notice?.slice(0, 200)} />
        <FormMessage message={error?.slice(0, 300)} />
        {mailing && <MailingProgress mailing={mailing} published={issue.published} />}
      </div>
      <div className="mt-6 grid gap-10 lg:grid-cols-[22rem_minmax(0,1fr)]">
        <div>
          <section aria-labelledby="issue-details">
            <h2 id="issue-details" className="font-serif text-2xl font-bold">
              Details
            </h2>
            {issue.cover && (
              // eslint-disable-next-line @next/next/no-img-element -- a stored size of our own image
              <img
                src={`/media/${issue.cover.key}/${issue.cover.variants.split(",")[0]}.webp`}
                alt={issue.cover.alt}
                width={240}
                height={320}
                className="mt-3 h-auto w-40"
              />
            )}
            <div className="mt-3">
              <EntityForm
                action={saveIssueAction}
                fields={issueFields(issue)}
                hidden={{ id: issue.id }}
                submitLabel="Save issue"
                idPrefix="issue"
              />
            </div>
          </section>
          <div id="pdf" className="mt-10">
            <PrivateFileField
              variant="page"
              title="PDF edition"
              label="Issue PDF file"
              accept=".pdf,application/pdf"
              hint="A PDF up to 50 MB. Subscribers download it from the issue's page; others are offered a subscription."
              endpoint={`/api/editor/issues/${encodeURIComponent(issue.id)}/pdf`}
              initial={pdf ? describeFile("application/pdf", pdf.size) : null}
              removeLabel="Remove the PDF"
            />
          </div>
        </div>
        <section aria-labelledby="contents-heading" id="contents">
          <h2 id="contents-heading" className="font-serif text-2xl font-bold">
            Contents
          </h2>
          <ol className="mt-3 divide-y divide-stone-200 font-sans text-sm">
            {issue.articles.map((article, index) => (
              <li key={article.id} className="flex items-center gap-3 py-2">
                <span className="w-6 text-right text-stone-500">{index + 1}.</span>
                <Link
                  href={`/editor/articles/${article.id}`}
                  className="flex-1 font-serif text-base underline-offset-4 hover:underline"
                >
                  {article.title}
                </Link>
                <span className="text-xs text-stone-600">
                  {article.status.toLowerCase().replace("_", " ")}
                </span>
                {index > 0 && (
                  <ContentsButton
                    issueId={issue.id}
                    articleId={article.id}
                    op="up"
                    label={`Move “${article.title}” up`}
                  >
                    ↑
                  </ContentsButton>
                )}
                {index < issue.articles.length - 1 && (
                  <ContentsButton
                    issueId={issue.id}
                    articleId={article.id}
                    op="down"
                    label={`Move “${article.title}” down`}
                  >
                    ↓
                  </ContentsButton>
                )}
                <ContentsButton
                  issueId={issue.id}
                  articleId={article.id}
                  op="remove"
                  label={`Remove “${article.title}” from the issue`}
                >
                  Remove
                </ContentsButton>
              </li>
            ))}
          </ol>
          {issue.articles.length === 0 && (
            <p className="mt-3 font-sans text-sm">No articles yet.</p>
          )}
          <form
            action={issueContentsAction}
            className="mt-4 flex flex-wrap items-end gap-2 font-sans text-sm"
          >
            <input type="hidden" name="issueId" value={issue.id} />
            <input type="hidden" name="op" value="add" />
            <label className="block flex-1">
              <span className="block font-semibold">Add an article</span>
              <select
                name="articleId"
                required
                className="mt-1 w-full border border-stone-400 bg-white px-2 py-1.5"
              >
                {candidates.map((article) => (
                  <option key={article.id} value={article.id}>
                    {article.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="bg-stone-900 px-3 py-2 font-semibold text-white">
              Add to the issue
            </button>
          </form>
        </section>
      </div>
    </>
  );
}
