/** Shown on every checkout screen while payments are simulated (no STRIPE_SECRET_KEY). */
export function TestModeBanner() {
  return (
    <p
      role="note"
      className="mb-6 border-2 border-dashed border-amber-600 bg-amber-50 px-4 py-3 font-sans text-sm text-amber-950"
    >
      <strong>Test mode — no real payment.</strong> Use the card 4242 4242 4242 4242 with any future
      date and any CVC. 4000 0000 0000 0002 is declined.
    </p>
  );
}
