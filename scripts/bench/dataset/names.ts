/**
 * Names for generated people and sections. Many combinations (60 × 80 people names) so
 * an admin's search for a surname matches about one account in eighty, as a real list
 * of readers would, rather than all or none (ADMIN_QUERY below is broader on purpose).
 */
// prettier-ignore
export const FIRST_NAMES = [
  "Ada", "Alma", "Amara", "Anders", "Anya", "Arturo", "Beatriz", "Bruno", "Camille", "Chidi",
  "Clara", "Dara", "David", "Elena", "Emeka", "Esther", "Farah", "Felix", "Gemma", "Hana",
  "Hugo", "Ines", "Iris", "Jamal", "Jonas", "Julia", "Kai", "Kenji", "Lara", "Leon",
  "Lina", "Luca", "Maya", "Mateo", "Mei", "Nadia", "Nico", "Noor", "Olga", "Omar",
  "Paula", "Priya", "Quinn", "Rafael", "Rosa", "Ruth", "Samir", "Sara", "Sofia", "Tariq",
  "Thea", "Tomás", "Uma", "Vera", "Viktor", "Wen", "Xavier", "Yara", "Yusuf", "Zoe",
] as const;

// prettier-ignore
export const LAST_NAMES = [
  "Abbott", "Adeyemi", "Alvarez", "Andersen", "Bauer", "Becker", "Bianchi", "Brennan",
  "Carver", "Castillo", "Chen", "Costa", "Dahl", "Delgado", "Dubois", "Eriksen", "Fischer",
  "Fontaine", "Garcia", "Gallagher", "Haddad", "Hansen", "Hartley", "Ibarra", "Ito",
  "Jansen", "Jovanovic", "Kaplan", "Kowalski", "Kruger", "Larsen", "Lindqvist", "Lopez",
  "Marlowe", "Mbeki", "Moreau", "Murphy", "Nakamura", "Navarro", "Nielsen", "Novak",
  "Okafor", "Oliveira", "Osei", "Park", "Petrov", "Quintero", "Rahman", "Reyes", "Rossi",
  "Sato", "Schmidt", "Silva", "Sorensen", "Sullivan", "Tanaka", "Thorne", "Torres",
  "Ueda", "Vargas", "Varga", "Volkov", "Walsh", "Weber", "Whitaker", "Xu", "Yamada",
  "Yilmaz", "Zeller", "Zhang", "Ahmed", "Banerjee", "Coelho", "Duarte", "Ekström",
  "Ferreira", "Greco", "Holm", "Iqbal", "Keane",
] as const;

/**
 * What the admin-search pages look for: the end of seven surnames (Andersen, Eriksen,
 * Hansen, Jansen, Larsen, Nielsen, Sorensen), about 9% of readers. That fills the first
 * page of 50 at every --scale size (about 90 matches among 1,000 subscriptions), so the
 * sizes compare the same page. A one-in-eighty surname ("okafor") left the 1,000-row
 * page a quarter full, 65 kB against 125 kB, and the growth ratio counted the bytes.
 */
export const ADMIN_QUERY = "sen";

// prettier-ignore
export const TOPIC_NAMES = [
  "Politics", "Finance", "Foreign Affairs", "Environment", "Culture", "Technology",
  "Science", "Health", "Education", "Law", "Labor", "Housing", "Cities", "Agriculture",
  "Energy", "Transport", "Media", "Books", "Film", "Music", "Sport", "Food", "Travel",
  "History",
] as const;

// prettier-ignore
export const TAG_WORDS = [
  "Elections", "Courts", "Water", "Climate", "Banking", "Trade", "Migration", "Schools",
  "Rivers", "Forests", "Oceans", "Drought", "Inflation", "Taxes", "Pensions", "Unions",
  "Rail", "Ports", "Bridges", "Power Grid", "Mining", "Fisheries", "Wildfire", "Floods",
  "Museums", "Theater", "Poetry", "Novels", "Archives", "Privacy", "Software", "Chips",
  "Satellites", "Vaccines", "Hospitals", "Prisons", "Police", "Borders", "Diplomacy",
  "Sanctions", "Local Government", "Newspapers", "Radio", "Universities", "Farming",
  "Housing Prices", "Rent", "Zoning", "Tourism", "Aviation",
] as const;
