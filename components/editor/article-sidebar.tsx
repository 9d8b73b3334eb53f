"use client";

import { useState } from "react";
import type { ArticleEditorData } from "@/lib/editor/article-editor-data";
import type { MailingChoice } from "@/lib/newsletters/article-mailing";
import { MailingPicker, MailingProgress } from "./newsletter-choice";
import { PrivateFileField } from "./private-file-field";

type Fields = ArticleEditorData["article"]["fields"];
type Option = { id: string; name: string };

const inputClass = "mt-1 w-full border border-stone-400 bg-white px-2 py-1.5";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-red-800">
      {message}
    </p>
  );
}

/** A checkbox list for choosing several (authors, tags), scrollable when long. */
function MultiPick({
  legend,
  options,
  selected,
  onChange,
  error,
  errorId,
}: {
  legend: string;
  options: Option[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  errorId: string;
}) {
  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 max-h-40 overflow-y-auto border border-stone-300 px-2 py-1">
        {options.map((option) => (
          <label key={option.id} className="flex items-center gap-2 py-0.5">
            <input
              type="checkbox"
              checked={selected.includes(option.id)}
              onChange={(e) =>
                onChange(
                  e.target.checked
                    ? [...selected, option.id]
                    : selected.filter((id) => id !== option.id),
                )
              }
            />
            {option.name}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

/** The article's settings and its workflow buttons, beside the text. */
export function ArticleSidebar({
  data,
  fields,
  errors,
  status,
  featuredSrc,
  onField,
  onSlugTouched,
  onPickFeatured,
  onClearFeatured,
  onWorkflow,
}: {
  data: ArticleEditorData;
  fields: Fields;
  errors: Record<string, string>;
  status: string;
  featuredSrc: string | null;
  onField: <K extends keyof Fields>(key: K, value: Fields[K]) => void;
  onSlugTouched: () => void;
  onPickFeatured: () => void;
  onClearFeatured: () => void;
  onWorkflow: (to: string, scheduledFor?: string, email?: MailingChoice) => Promise<void>;
}) {
  const { options, permissions, mailing } = data;
  const [when, setWhen] = useState("");
  const [busy, setBusy] = useState(false);
  // A mailing that has queued anyone is final; until then the choice can still change.
  const mailingOpen =
    !mailing ||
    (mailing.status === "QUEUED" && mailing.sent + mailing.failed + mailing.waiting === 0);
  const [email, setEmail] = useState<MailingChoice>(
    mailing && mailingOpen ? mailing.audience : "NONE",
  );
  const offerEmail = permissions.canEmail && status !== "PUBLISHED" && mailingOpen;
  const step = (to: string, at?: string) => async () => {
    setBusy(true);
    try {
      await onWorkflow(
        to,
        at,
        offerEmail && (to === "PUBLISHED" || to === "SCHEDULED") ? email : undefined,
      );
    } finally {
      setBusy(false);
    }
  };
  const button =
    "border border-stone-900 px-3 py-1.5 font-semibold hover:bg-stone-100 disabled:opacity-50";
  const primary =
    "bg-stone-900 px-3 py-1.5 font-semibold text-white hover:bg-red-800 disabled:opacity-50";

  return (
    <aside aria-label="Article settings" className="space-y-5 font-sans text-sm">
      <section aria-labelledby="workflow-heading" className="border-t-4 border-stone-900 pt-3">
        <h2 id="workflow-heading" className="text-xs font-bold tracking-widest uppercase">
          Workflow
        </h2>
        {offerEmail && <MailingPicker value={email} onChange={setEmail} disabled={busy} />}
        <div className="mt-3 flex flex-wrap gap-2">
          {status === "DRAFT" && (
            <button type="button" disabled={busy} onClick={step("IN_REVIEW")} className={primary}>
              Submit for review
            </button>
          )}
          {status === "IN_REVIEW" && !permissions.canPublish && (
            <button type="button" disabled={busy} onClick={step("DRAFT")} className={button}>
              Back to draft
            </button>
          )}
          {permissions.canPublish && status !== "PUBLISHED" && (
            <button type="button" disabled={busy} onClick={step("PUBLISHED")} className={primary}>
              Publish now
            </button>
          )}
          {permissions.canPublish && (status === "PUBLISHED" || status === "SCHEDULED") && (
            <button type="button" disabled={busy} onClick={step("DRAFT")} className={button}>
              Unpublish
            </button>
          )}
          {permissions.canPublish && status !== "ARCHIVED" && (
            <button type="button" disabled={busy} onClick={step("ARCHIVED")} className={button}>
              Archive
            </button>
          )}
        </div>
        {permissions.canPublish && status !== "PUBLISHED" && (
          <div className="mt-3 flex flex-wrap items-end gap-2">
            <label className="block">
              <span className="block font-semibold">Publish at</span>
              <input
                type="datetime-local"
                step={1}
                value={when}
                onChange={(e) => setWhen(e.target.value)}
                className="mt-1 border border-stone-400 px-2 py-1"
              />
            </label>
            <button
              type="button"
              disabled={busy || !when}
              onClick={step("SCHEDULED", when ? new Date(when).toISOString() : undefined)}
              className={button}
            >
              Schedule
            </button>
          </div>
        )}
        {mailing && <MailingProgress mailing={mailing} published={status === "PUBLISHED"} />}
        {status === "SCHEDULED" && data.article.scheduledAt && (
          <p className="mt-2 text-stone-700">
            Scheduled for {new Date(data.article.scheduledAt).toLocaleString()}.
          </p>
        )}
      </section>

      <div>
        <label htmlFor="article-slug" className="font-semibold">
          Web address (slug)
        </label>
        <input
          id="article-slug"
          value={fields.slug}
          onChange={(e) => {
            onSlugTouched();
            onField("slug", e.target.value);
          }}
          maxLength={120}
          aria-invalid={errors.slug ? true : undefined}
          aria-describedby={errors.slug ? "slug-error" : "slug-hint"}
          className={inputClass}
        />
        <p id="slug-hint" className="mt-1 text-xs text-stone-600">
          /articles/{fields.slug || "…"}
          {status === "PUBLISHED" && " · the old address keeps working if you change it"}
        </p>
        <FieldError id="slug-error" message={errors.slug} />
      </div>

      <fieldset>
        <legend className="font-semibold">Who can read it</legend>
        {(
          [
            ["PUBLIC", "Everyone"],
            ["MEMBERS", "Signed-in readers (free account; others see a teaser)"],
            ["SUBSCRIBERS", "Subscribers (others see a teaser)"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="mt-1 flex items-center gap-2">
            <input
              type="radio"
              name="visibility"
              value={value}
              checked={fields.visibility === value}
              onChange={() => onField("visibility", value)}
            />
            {label}
          </label>
        ))}
      </fieldset>

      <div>
        <label htmlFor="article-topic" className="font-semibold">
          Topic
        </label>
        <select
          id="article-topic"
          value={fields.topicId ?? ""}
          onChange={(e) => onField("topicId", e.target.value || null)}
          className={inputClass}
        >
          <option value="">No topic</option>
          {options.topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
        <FieldError id="topic-error" message={errors.topicId} />
      </div>

      <MultiPick
        legend="Authors"
        options={options.authors}
        selected={fields.authorIds}
        onChange={(ids) => onField("authorIds", ids)}
        error={errors.authorIds}
        errorId="authors-error"
      />
      <MultiPick
        legend="Tags"
        options={options.tags}
        selected={fields.tagIds}
        onChange={(ids) => onField("tagIds", ids)}
        error={errors.tagIds}
        errorId="tags-error"
      />

      <div>
        <p className="font-semibold">Featured image</p>
        {featuredSrc ? (
          // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of our own stored size
          <img
            src={featuredSrc}
            alt="Featured image"
            width={320}
            height={213}
            className="mt-1 aspect-[3/2] w-full object-cover"
          />
        ) : (
          <p className="mt-1 text-stone-600">None chosen.</p>
        )}
        <p className="mt-2 flex gap-3">
          <button type="button" onClick={onPickFeatured} className="underline underline-offset-4">
            {featuredSrc ? "Change image" : "Choose image"}
          </button>
          {featuredSrc && (
            <button
              type="button"
              onClick={onClearFeatured}
              className="text-red-800 underline underline-offset-4"
            >
              Remove
            </button>
          )}
        </p>
        <FieldError id="featured-error" message={errors.featuredImageId} />
      </div>

      <div>
        <label htmlFor="article-issue" className="font-semibold">
          Magazine issue
        </label>
        <select
          id="article-issue"
          value={fields.issueId ?? ""}
          onChange={(e) => onField("issueId", e.target.value || null)}
          className={inputClass}
        >
          <option value="">Not in an issue</option>
          {options.issues.map((issue) => (
            <option key={issue.id} value={issue.id}>
              {issue.name}
            </option>
          ))}
        </select>
        <FieldError id="issue-error" message={errors.issueId} />
      </div>

      <PrivateFileField
        title="Narration"
        label="Narration audio file"
        accept=".mp3,.m4a,audio/mpeg,audio/mp4,audio/x-m4a"
        hint="MP3 or M4A, up to 100 MB. Subscribers hear it in the Listen player; without one, their browser reads the text aloud."
        endpoint={`/api/editor/articles/${encodeURIComponent(data.article.id)}/narration`}
        initial={data.narration}
        removeLabel="Remove narration"
      />

      <details>
        <summary className="cursor-pointer font-semibold">Excerpt and search engines</summary>
        <label htmlFor="article-excerpt" className="mt-3 block font-semibold">
          Excerpt
        </label>
        <textarea
          id="article-excerpt"
          value={fields.excerpt}
          onChange={(e) => onField("excerpt", e.target.value)}
          maxLength={500}
          rows={3}
          className={inputClass}
        />
        <FieldError id="excerpt-error" message={errors.excerpt} />
        <label htmlFor="article-seo-title" className="mt-3 block font-semibold">
          SEO title
        </label>
        <input
          id="article-seo-title"
          value={fields.seoTitle}
          onChange={(e) => onField("seoTitle", e.target.value)}
          maxLength={200}
          className={inputClass}
        />
        <FieldError id="seo-title-error" message={errors.seoTitle} />
        <label htmlFor="article-seo-description" className="mt-3 block font-semibold">
          SEO description
        </label>
        <textarea
          id="article-seo-description"
          value={fields.seoDescription}
          onChange={(e) => onField("seoDescription", e.target.value)}
          maxLength={320}
          rows={3}
          className={inputClass}
        />
        <FieldError id="seo-description-error" message={errors.seoDescription} />
      </details>
    </aside>
  );
}
