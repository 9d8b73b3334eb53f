import nodemailer from "nodemailer";
import { env } from "../env";

export type Email = {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text` (newsletters); account emails are text only. */
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe; names and values must not contain line breaks. */
  headers?: Record<string, string>;
};

let transport: nodemailer.Transporter | null = null;

/**
 * Sends through SMTP when SMTP_URL is set. Without it (the demo and tests), the message
 * is written to the server log in a readable block, so links in it can be followed. Extra
 * headers are logged between To and Subject; the HTML alternative is not logged (its
 * text twin says the same).
 */
export async function sendEmail(email: Email): Promise<void> {
  if (!env.SMTP_URL) {
    console.log(
      [
        "",
        "──── email (SMTP_URL not set, so it is logged instead of sent) ────",
        `To: ${email.to}`,
        ...Object.entries(email.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
        `Subject: ${email.subject}`,
        "",
        email.text,
        "────────────────────────────────────────",
        "",
      ].join("\n"),
    );
    return;
  }
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  await transport.sendMail({
    from: env.EMAIL_FROM,
    to: email.to,
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    ...(email.headers ? { headers: email.headers } : {}),
  });
}

export const emailEnabled = () => Boolean(env.SMTP_URL);
