"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { MailingChoice, MailingSummary } from "@/lib/newsletters/article-mailing";

const CHOICES: [MailingChoice, string][] = [
  ["NONE", "Don’t email it"],
  [
    "EVERYONE",
    "Everyone signed up to “New articles” (non-subscribers get the teaser if it is for subscribers)",
  ],
  ["SUBSCRIBERS", "Only subscribers signed up to “New articles”"],
];

/** The editor's choice, sent along with "Publish now" or "Schedule". */
export function MailingPicker({
  value,
  onChange,
  disabled,
}: {
  value: MailingChoice;
  onChange: (value: MailingChoice) => void;
  disabled: boolean;
}) {
  return (
    <fieldset className="mt-3">
      <legend className="font-semibold">Email it to newsletter readers</legend>
      {CHOICES.map(([choice, label]) => (
        <label key={choice} className="mt-1 flex items-start gap-2">
          <input
            type="radio"
            name="mailing"
            value={choice}
            className="mt-1"
            checked={value === choice}
            disabled={disabled}
            onChange={() => onChange(choice)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

const count = (n: number) => n.toLocaleString("en-US");

/**
 * What became of the article's email. While it is being sent, the page's server data is
 * refreshed every few seconds so the counts move without a reload.
 */
export function MailingProgress({
  mailing,
  published,
}: {
  mailing: MailingSummary;
  published: boolean;
}) {
  const router = useRouter();
  const live = published && mailing.status !== "DONE";
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => router.refresh(), 5000);
    return () => clearInterval(timer);
  }, [live, router]);
  const who =
    mailing.audience === "SUBSCRIBERS"
      ? `subscribers signed up to “${mailing.newsletterName}”`
      : `everyone signed up to “${mailing.newsletterName}”`;
  return (
    <div
      role="status"
      aria-label="Newsletter email"
      className="mt-3 border-l-4 border-stone-400 pl-3"
    >
      {mailing.status === "QUEUED" && mailing.sent + mailing.failed + mailing.waiting === 0 ? (
        <p>
          {published ? "Email starting" : "Will be emailed when published"}: {who}.
        </p>
      ) : (
        <>
          <p>
            {mailing.status === "DONE" ? "Emailed" : "Emailing"} {who}.
          </p>
          <p>
            {count(mailing.sent)} sent, {count(mailing.failed)} failed
            {mailing.waiting > 0 ? `, ${count(mailing.waiting)} waiting` : ""}.
          </p>
        </>
      )}
    </div>
  );
}
