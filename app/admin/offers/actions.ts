"use server";

import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { formValues, type FormState } from "@/lib/forms/form-state";
import { archiveOffer, createOffer } from "@/lib/offers/manage-offers";
import { OFFER_FIELDS } from "@/lib/offers/offer-schema";
import { offerStripeClient } from "@/lib/offers/offer-stripe-client";

export async function createOfferAction(_: FormState, formData: FormData): Promise<FormState> {
  const actor = await getCurrentUser();
  const planIds = formData.getAll("planIds").filter((v): v is string => typeof v === "string");
  const values: Record<string, string> = {
    ...formValues(formData, [...OFFER_FIELDS]),
    planIds: planIds.join(","),
  };
  let created: string;
  try {
    const result = await createOffer(
      db,
      actor,
      { values: { ...values, planIds } },
      { stripe: offerStripeClient() },
    );
    if (!result.ok)
      return { ok: false, errors: result.errors, message: "Check the offer below.", values };
    created = (values.code ?? "").trim().toUpperCase();
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  redirect(`/admin/offers?notice=${encodeURIComponent(`Offer ${created} created.`)}`);
}

export async function archiveOfferAction(formData: FormData) {
  const actor = await getCurrentUser();
  let outcome: string;
  try {
    const { changed, stripeError } = await archiveOffer(db, actor, formData.get("offerId"), {
      stripe: offerStripeClient(),
    });
    outcome = stripeError
      ? `error=${encodeURIComponent("Offer archived here, but Stripe could not be reached: its promotion code still works in Stripe Checkout. Deactivate it in the Stripe dashboard.")}`
      : `notice=${encodeURIComponent(changed ? "Offer archived: its code and link no longer work." : "Nothing to change.")}`;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    outcome = `error=${encodeURIComponent(error.message)}`;
  }
  redirect(`/admin/offers?${outcome}`);
}
