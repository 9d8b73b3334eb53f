// `npm run create-admin -- --email you@example.com [--name "Your Name"]`
// Creates the first admin (or promotes an existing account). The password is read from
// standard input when it is piped, otherwise asked for twice without echo.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { createDbClient } from "../lib/db-client";
import { createAdmin } from "../lib/users/create-admin";

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
}

function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Print the prompt, then swallow the echo of what is typed.
    const output = rl as unknown as { _writeToOutput: (text: string) => void };
    process.stdout.write(question);
    output._writeToOutput = () => undefined;
    rl.question("", (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await askHidden("Password (at least 10 characters): ");
  const second = await askHidden("Same password again: ");
  if (first !== second) {
    console.error("The two passwords differ. Nothing was changed.");
    process.exit(1);
  }
  return first;
}

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" } },
});
if (!values.email) {
  console.error('Usage: npm run create-admin -- --email you@example.com [--name "Your Name"]');
  process.exit(1);
}

const password = await readPassword();
const db = createDbClient();
try {
  const result = await createAdmin(db, {
    email: values.email,
    name: values.name ?? values.email.split("@")[0],
    password,
  });
  if (!result.ok) {
    for (const [field, message] of Object.entries(result.errors))
      console.error(`${field}: ${message}`);
    console.error("Nothing was changed.");
    process.exitCode = 1;
  } else {
    console.log(
      result.created
        ? `Created admin ${values.email}. Sign in at /signin.`
        : `${values.email} already had an account: it is now an admin, with the new password.`,
    );
  }
} finally {
  await db.$disconnect();
}
