import type { DbClient } from "../db-client";
import { env } from "../env";
import { createDemoProvider } from "./demo-provider";
import type { PaymentProvider } from "./provider";
import { createStripeClient } from "./stripe-client";
import { createStripeProvider } from "./stripe-provider";

/** The provider new checkouts go through: Stripe when it is configured, else the demo. */
export function checkoutProvider(db: DbClient): PaymentProvider {
  return env.STRIPE_SECRET_KEY
    ? createStripeProvider(db, createStripeClient())
    : createDemoProvider(db);
}

/**
 * The provider that runs an existing subscription (complimentary ones are local, like the
 * demo). `clock` is the time the local provider acts at; tests move it.
 */
export function providerFor(
  db: DbClient,
  provider: string,
  clock: () => Date = () => new Date(),
): PaymentProvider {
  if (provider !== "stripe") return createDemoProvider(db, clock);
  if (!env.STRIPE_SECRET_KEY)
    throw new Error("This subscription is billed by Stripe, but STRIPE_SECRET_KEY is not set.");
  return createStripeProvider(db, createStripeClient());
}

/** True when payments are simulated: every checkout screen says so. */
export const isTestMode = () => !env.STRIPE_SECRET_KEY;
