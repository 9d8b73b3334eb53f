import type { TransactionClient } from "../db-client";
import { assertCan, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { NEW_ISSUE } from "./newsletters";

/**
 * An editor's "email the contents" on an issue: a mailing to everyone signed up to "The
 * new issue" (its contents are headlines and deks, public everywhere, so everyone gets
 * the same email). It starts once the issue is shown on the site, and only once ever
 * (Mailing.issueId is unique): asking again is a no-op.
 */
export async function queueIssueMailingTx(
  tx: TransactionClient,
  actor: Actor | null,
  issue: { id: string; title: string },
): Promise<void> {
  assertCan(actor, "newsletter:send", "Only editors can email an issue to readers.");
  if (await tx.mailing.findUnique({ where: { issueId: issue.id }, select: { id: true } })) return;
  const newsletter = await tx.newsletter.findUnique({
    where: { slug: NEW_ISSUE },
    select: { id: true },
  });
  if (!newsletter)
    throw new AppError("INVALID", "The “The new issue” newsletter is missing; restart the server.");
  await tx.mailing.create({
    data: {
      newsletterId: newsletter.id,
      issueId: issue.id,
      audience: "EVERYONE",
      subject: `The new issue: ${issue.title}`,
      createdById: actor.id,
    },
  });
}
