import { z } from "zod";

/** Countries we mail the print edition to: ISO 3166-1 alpha-2 codes with their names. */
export const COUNTRIES: Record<string, string> = {
  US: "United States",
  CA: "Canada",
  GB: "United Kingdom",
  IE: "Ireland",
  FR: "France",
  DE: "Germany",
  NL: "Netherlands",
  BE: "Belgium",
  ES: "Spain",
  IT: "Italy",
  PT: "Portugal",
  CH: "Switzerland",
  AT: "Austria",
  SE: "Sweden",
  NO: "Norway",
  DK: "Denmark",
  FI: "Finland",
  PL: "Poland",
  AU: "Australia",
  NZ: "New Zealand",
  JP: "Japan",
  SG: "Singapore",
  IN: "India",
  ZA: "South Africa",
  BR: "Brazil",
  MX: "Mexico",
};

/** Postal code shapes for the countries where a wrong one is common and checkable. */
const POSTAL_CODES: Record<string, { pattern: RegExp; example: string }> = {
  US: { pattern: /^\d{5}(-\d{4})?$/, example: "10001 or 10001-1234" },
  CA: { pattern: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/, example: "K1A 0B1" },
  GB: { pattern: /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, example: "SW1A 1AA" },
  DE: { pattern: /^\d{5}$/, example: "10115" },
  FR: { pattern: /^\d{5}$/, example: "75001" },
  AU: { pattern: /^\d{4}$/, example: "2000" },
};

const line = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} can be at most ${max} characters.`);

const optionalLine = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `The ${label} can be at most ${max} characters.`)
    .optional()
    .transform((value) => value ?? "");

export const AddressSchema = z
  .object({
    name: line("name to print on the label", 120),
    line1: line("street address", 200),
    line2: optionalLine("second address line", 200),
    city: line("city or town", 120),
    region: optionalLine("state, province or region", 120),
    postalCode: line("postal code", 20),
    country: z
      .string({ error: "Choose a country." })
      .refine((code) => code in COUNTRIES, "Choose a country from the list."),
  })
  .superRefine((address, context) => {
    const rule = POSTAL_CODES[address.country];
    if (rule && !rule.pattern.test(address.postalCode))
      context.addIssue({
        code: "custom",
        path: ["postalCode"],
        message: `That is not a postal code in ${COUNTRIES[address.country]}; it looks like ${rule.example}.`,
      });
    if (address.country === "US" && !address.region)
      context.addIssue({ code: "custom", path: ["region"], message: "Enter the state." });
  });

export type AddressInput = z.infer<typeof AddressSchema>;
export const ADDRESS_FIELDS = ["name", "line1", "line2", "city", "region", "postalCode", "country"];

/** The columns of a stored postal address, as the account page and the admin show it. */
export const postalAddressSelect = {
  name: true,
  line1: true,
  line2: true,
  city: true,
  region: true,
  postalCode: true,
  country: true,
} as const;
