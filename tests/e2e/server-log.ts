import fs from "node:fs";
import path from "node:path";

/**
 * Without SMTP_URL the app writes every email to its log (lib/email/send-email.ts), and
 * scripts/e2e-server.mjs copies the server's output to this file (E2E_SERVER_LOG, else
 * .test-data/e2e-server.log; Playwright passes its environment to both). Tests read the
 * links a person would have received from here.
 */
export const SERVER_LOG = path.resolve(process.env.E2E_SERVER_LOG ?? ".test-data/e2e-server.log");

export type LoggedEmail = { to: string; subject: string; body: string; url: string | null };

const START = "──── email (SMTP_URL not set";
const END = /^─+$/;

/**
 * Every email in a server's log (`log`: this suite's server log unless another is named,
 * e.g. one of tests/cluster's app servers), oldest first.
 */
export function loggedEmails(log: string = SERVER_LOG): LoggedEmail[] {
  let text: string;
  try {
    text = fs.readFileSync(log, "utf8");
  } catch {
    return [];
  }
  const emails: LoggedEmail[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith(START)) continue;
    const block: string[] = [];
    let j = i + 1;
    while (j < lines.length && !END.test(lines[j]!.trim())) block.push(lines[j++]!);
    // A block still being written has no closing line yet: leave it for the next poll.
    if (j >= lines.length) break;
    const to =
      block
        .find((line) => line.startsWith("To: "))
        ?.slice(4)
        .trim() ?? "";
    const subject =
      block
        .find((line) => line.startsWith("Subject: "))
        ?.slice(9)
        .trim() ?? "";
    const bodyStart = block.findIndex((line) => line.startsWith("Subject: ")) + 1;
    const body = block.slice(bodyStart).join("\n").trim();
    emails.push({ to, subject, body, url: body.match(/https?:\/\/\S+/)?.[0] ?? null });
    i = j;
  }
  return emails;
}

/** The emails sent so far to `to` (case-insensitive), oldest first, in `log`. */
export function emailsTo(to: string, log: string = SERVER_LOG): LoggedEmail[] {
  return loggedEmails(log).filter((email) => email.to.toLowerCase() === to.toLowerCase());
}

/**
 * Waits for the newest email to `to` (optionally with a subject matching `subject`, and
 * only among those after the first `after` emails to that address) and returns it with
 * the first http(s) URL in its body; with `link: false` an email without a link will do
 * (its url is then ""). Fails after `timeout` ms. `log`: which server log (SERVER_LOG).
 */
export async function waitForEmail(
  to: string,
  options: {
    subject?: RegExp | string;
    after?: number;
    timeout?: number;
    link?: boolean;
    log?: string;
  } = {},
): Promise<LoggedEmail & { url: string }> {
  const log = options.log ?? SERVER_LOG;
  const deadline = Date.now() + (options.timeout ?? 10_000);
  const matches = (email: LoggedEmail) =>
    options.subject === undefined ||
    (typeof options.subject === "string"
      ? email.subject.includes(options.subject)
      : options.subject.test(email.subject));
  for (;;) {
    const found = emailsTo(to, log)
      .slice(options.after ?? 0)
      .filter(matches)
      .at(-1);
    if (found && (found.url || options.link === false)) return { ...found, url: found.url ?? "" };
    if (Date.now() > deadline) {
      if (!fs.existsSync(log))
        throw new Error(
          log !== SERVER_LOG
            ? `${log} does not exist.`
            : `${log} does not exist: scripts/e2e-server.mjs creates it at start, so something ` +
                `removed it while the server ran (Vitest's global setup empties .test-data; set ` +
                `E2E_SERVER_LOG to keep the log elsewhere).`,
        );
      throw new Error(
        `No email${options.subject ? ` with subject ${String(options.subject)}` : ""} ` +
          `${options.link === false ? "" : "containing a link "}to ${to} in ${log} ` +
          `(found ${emailsTo(to, log).length} to that address).`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The first http(s) URL in the newest email to `to`; see waitForEmail. */
export async function latestLinkTo(
  to: string,
  options?: Parameters<typeof waitForEmail>[1],
): Promise<string> {
  return (await waitForEmail(to, options)).url;
}
