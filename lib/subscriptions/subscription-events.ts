import type { TransactionClient } from "../db-client";

/** What happened to a subscription, for its timeline (account page, admin). */
export type SubscriptionEventKind =
  | "checkout.completed"
  | "payment.succeeded"
  | "payment.failed"
  | "renewed"
  | "cancel.scheduled"
  | "cancel.undone"
  | "canceled"
  | "ended"
  | "refunded"
  | "provider.updated"
  | "complimentary.granted"
  | "complimentary.extended"
  | "gift.redeemed"
  | "plan.change-scheduled"
  | "plan.changed"
  | "trial.started"
  | "trial.converted"
  | "trial.ended"
  | "offer.redeemed";

export async function recordSubscriptionEvent(
  tx: TransactionClient,
  subscriptionId: string,
  kind: SubscriptionEventKind,
  detail = "",
  actorId: string | null = null,
): Promise<void> {
  await tx.subscriptionEvent.create({ data: { subscriptionId, kind, detail, actorId } });
}
