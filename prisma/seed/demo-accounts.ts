/** The five demo accounts (DESIGN.md, "Demo mode"), never created outside demo mode. */
export const DEMO_PASSWORD = "demo-password";

export const demoAccounts = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
  {
    email: "editor@example.com",
    name: "Celeste Duvall",
    role: "EDITOR",
    authorSlug: "celeste-duvall",
  },
  { email: "writer@example.com", name: "Daniel Reyes", role: "WRITER", authorSlug: "daniel-reyes" },
  { email: "reader@example.com", name: "Rosa Reader", role: "READER" },
  { email: "subscriber@example.com", name: "Sam Subscriber", role: "READER" },
] as const;
