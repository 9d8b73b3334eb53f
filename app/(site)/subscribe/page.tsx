import type { Metadata } from "next";
import { SubscribeBox } from "@/components/subscribe/subscribe-box";

export const metadata: Metadata = {
  title: "Subscribe",
  description: "What a subscription to The Meridian includes.",
  alternates: { canonical: "/subscribe" },
};

export default function SubscribePage() {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-5xl font-bold">Subscribe to The Meridian</h1>
      <p className="mt-4 font-serif text-xl text-stone-700">
        Twenty-four issues a year of reporting that takes its time, in print and online, with every
        article read aloud and the whole archive open to you.
      </p>
      <SubscribeBox
        heading="What a subscription includes"
        lead="Plans and online checkout open with our subscription launch. Everything below is part of every plan."
      />
    </div>
  );
}
