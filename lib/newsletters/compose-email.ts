import { siteUrl } from "../env";
import type { Email } from "../email/send-email";
import { escapeHtml } from "./email-blocks";
import type { Body, MailingContent } from "./mailing-content";
import { oneClickUnsubscribeUrl, unsubscribePageUrl, unsubscribeToken } from "./unsubscribe-token";

/**
 * One recipient's email: the body they may read, inside the masthead and a footer with
 * their own unsubscribe link, plus the List-Unsubscribe headers mail apps show as an
 * "Unsubscribe" button (RFC 2369) that works in one click (RFC 8058).
 */
export function composeEmail(
  content: MailingContent,
  recipient: { userId: string; email: string; newsletterId: string; canRead: boolean },
): Email {
  const body: Body = recipient.canRead ? content.full : content.teaser;
  const token = unsubscribeToken(recipient.userId, recipient.newsletterId);
  const unsubscribe = unsubscribePageUrl(token);
  const why = `You receive this because you signed up to “${content.newsletterName}” from The Meridian.`;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f4">
<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff">
<p style="margin:0 0 24px;font-family:Georgia,serif;font-size:28px;font-weight:bold;border-bottom:4px solid #1c1917;padding-bottom:8px"><a href="${escapeHtml(`${siteUrl}/`)}" style="color:#1c1917;text-decoration:none">The Meridian</a></p>
${body.html}
<hr style="border:0;border-top:1px solid #d6d3d1;margin:32px 0 16px">
<p style="font-family:Arial,sans-serif;font-size:13px;color:#57534e">${escapeHtml(why)}<br>
<a href="${escapeHtml(unsubscribe)}" style="color:#57534e">Unsubscribe</a> · <a href="${escapeHtml(`${siteUrl}/account`)}" style="color:#57534e">Choose your newsletters</a></p>
</div>
</body>
</html>`;
  const text = [
    "THE MERIDIAN",
    body.text,
    "--",
    why,
    `Unsubscribe: ${unsubscribe}`,
    `Choose your newsletters: ${siteUrl}/account`,
  ].join("\n\n");
  return {
    to: recipient.email,
    subject: content.subject.replace(/[\r\n]+/g, " "),
    text,
    html,
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
