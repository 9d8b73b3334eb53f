import { FormField } from "@/components/ui/form-field";
import { COUNTRIES } from "@/lib/subscriptions/address-schema";

type Address = Partial<
  Record<"name" | "line1" | "line2" | "city" | "region" | "postalCode" | "country", string>
>;

/** The postal address fields for the print edition, inside a checkout or account form. */
export function AddressFields({
  values,
  errors,
}: {
  values?: Address;
  errors?: Record<string, string>;
}) {
  const field = (name: keyof Address) => ({
    name,
    id: `address-${name}`,
    defaultValue: values?.[name] ?? "",
    error: errors?.[name],
  });
  return (
    <fieldset className="space-y-4">
      <legend className="font-serif text-xl font-bold">Where should we mail the magazine?</legend>
      <FormField label="Name on the label" autoComplete="name" {...field("name")} />
      <FormField label="Street address" autoComplete="address-line1" {...field("line1")} />
      <FormField
        label="Apartment, suite, etc. (optional)"
        autoComplete="address-line2"
        {...field("line2")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="City or town" autoComplete="address-level2" {...field("city")} />
        <FormField
          label="State, province or region"
          hint="Required in the United States"
          autoComplete="address-level1"
          {...field("region")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Postal code" autoComplete="postal-code" {...field("postalCode")} />
        <div className="font-sans">
          <label htmlFor="address-country" className="block text-sm font-semibold">
            Country
          </label>
          <select
            id="address-country"
            name="country"
            autoComplete="country"
            defaultValue={values?.country ?? ""}
            // A select only reads defaultValue when it mounts; remount it with what was sent.
            key={values?.country ?? ""}
            aria-invalid={errors?.country ? true : undefined}
            aria-describedby={errors?.country ? "address-country-error" : undefined}
            className="mt-1 w-full border border-stone-400 bg-white px-3 py-2 text-base"
          >
            <option value="">Choose a country</option>
            {Object.entries(COUNTRIES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </select>
          {errors?.country && (
            <p id="address-country-error" className="mt-1 text-sm text-red-800">
              {errors.country}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
