import { describe, expect, it } from "vitest";
import {
  ChangePasswordSchema,
  EmailSchema,
  NameSchema,
  NewPasswordSchema,
  ResetPasswordSchema,
  SignInSchema,
  SignUpSchema,
} from "@/lib/auth/account-schemas";
import { fieldErrors } from "@/lib/forms/form-state";
import { isCommonPassword } from "@/lib/auth/common-passwords";

const GOOD_PASSWORD = "violet-harbour-lantern";
const valid = {
  name: "Ada Lovelace",
  email: "ada@example.com",
  password: GOOD_PASSWORD,
  confirmPassword: GOOD_PASSWORD,
};

/** Parses and returns the field errors, failing the test if parsing succeeded. */
function errorsOf(schema: typeof SignUpSchema | typeof ChangePasswordSchema, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return fieldErrors(result.error);
}

describe("SignUpSchema", () => {
  it("accepts a complete form and returns the cleaned values", () => {
    expect(SignUpSchema.parse(valid)).toEqual(valid);
  });

  it("names every empty field", () => {
    expect(
      errorsOf(SignUpSchema, { name: "", email: "", password: "", confirmPassword: "" }),
    ).toEqual({
      name: "Enter your name.",
      email: "Enter your email address.",
      password: "Passwords need at least 10 characters.",
    });
  });

  it("names every missing field", () => {
    const errors = errorsOf(SignUpSchema, {});
    expect(errors).toMatchObject({
      name: "Enter your name.",
      email: "Enter your email address.",
      password: "Choose a password.",
    });
    expect(Object.keys(errors).sort()).toEqual(["confirmPassword", "email", "name", "password"]);
  });

  it("treats a name of only spaces as empty", () => {
    expect(errorsOf(SignUpSchema, { ...valid, name: "   \t " })).toEqual({
      name: "Enter your name.",
    });
  });

  it("refuses a 10 kB name, and anything over 100 characters", () => {
    expect(errorsOf(SignUpSchema, { ...valid, name: "x".repeat(10 * 1024) })).toEqual({
      name: "Names can be at most 100 characters.",
    });
    expect(errorsOf(SignUpSchema, { ...valid, name: "x".repeat(101) })).toEqual({
      name: "Names can be at most 100 characters.",
    });
    expect(SignUpSchema.parse({ ...valid, name: "x".repeat(100) }).name).toHaveLength(100);
  });

  it("refuses a password under 10 characters and accepts exactly 10", () => {
    const short = "aZ3$kq9!w"; // 9
    expect(errorsOf(SignUpSchema, { ...valid, password: short, confirmPassword: short })).toEqual({
      password: "Passwords need at least 10 characters.",
    });
    const ten = "aZ3$kq9!wx";
    expect(SignUpSchema.parse({ ...valid, password: ten, confirmPassword: ten }).password).toBe(
      ten,
    );
  });

  it("refuses a password over 200 characters", () => {
    const long = "Zq8#vT2!mL".repeat(20) + "x";
    expect(errorsOf(SignUpSchema, { ...valid, password: long, confirmPassword: long })).toEqual({
      password: "Passwords can be at most 200 characters.",
    });
  });

  it("refuses common passwords, in any letter case", () => {
    for (const common of [
      "password123",
      "PASSWORD123",
      "Password1!",
      "qwertyuiop",
      "iloveyou123",
    ]) {
      expect(
        errorsOf(SignUpSchema, { ...valid, password: common, confirmPassword: common }),
      ).toEqual({
        password: "That password is too common. Choose one that is harder to guess.",
      });
    }
  });

  it("refuses a mismatched confirmation, on the confirmation field", () => {
    expect(errorsOf(SignUpSchema, { ...valid, confirmPassword: `${GOOD_PASSWORD}!` })).toEqual({
      confirmPassword: "The passwords do not match.",
    });
  });

  it("normalizes the email: trims and lowercases", () => {
    expect(SignUpSchema.parse({ ...valid, email: "  Ada.Lovelace@Example.COM \n" }).email).toBe(
      "ada.lovelace@example.com",
    );
  });

  it("keeps names with markup or SQL exactly as typed (escaping is the renderer's job)", () => {
    for (const name of [
      "<script>alert('x')</script>",
      `Robert'); DROP TABLE "User";--`,
      `"quoted" & <b>bold</b>`,
    ]) {
      expect(SignUpSchema.parse({ ...valid, name }).name).toBe(name);
    }
  });

  it("trims surrounding spaces from the name", () => {
    expect(SignUpSchema.parse({ ...valid, name: "  Ada  " }).name).toBe("Ada");
  });
});

describe("EmailSchema", () => {
  it.each([
    "not-an-email",
    "a@b",
    "name@",
    "@example.com",
    "name@example..com",
    "two words@example.com",
    "name@example.com, other@example.com",
  ])("refuses %j", (email) => {
    const result = EmailSchema.safeParse(email);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Enter an email address like name@example.com.");
  });

  it("refuses non-strings with a message for people", () => {
    for (const value of [undefined, null, 42, {}]) {
      const result = EmailSchema.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Enter your email address.");
    }
  });

  it("refuses an address longer than 254 characters", () => {
    const email = `${"a".repeat(64)}@${"b".repeat(190)}.com`;
    expect(email.length).toBeGreaterThan(254);
    expect(EmailSchema.safeParse(email).error?.issues[0]?.message).toBe(
      "That email address is too long.",
    );
  });

  it("lowercases and trims", () => {
    expect(EmailSchema.parse("\t MiXeD@Example.Org ")).toBe("mixed@example.org");
  });
});

describe("NameSchema and NewPasswordSchema on their own", () => {
  it("NameSchema refuses empty and keeps unicode", () => {
    expect(NameSchema.safeParse("").success).toBe(false);
    expect(NameSchema.parse("Zoë Ørsted 李")).toBe("Zoë Ørsted 李");
  });

  it("NewPasswordSchema refuses one repeated character or only digits, whatever the length", () => {
    for (const weak of ["aaaaaaaaaaaa", "ZZZZZZZZZZ", "31415926535897", "0000000000"]) {
      expect(NewPasswordSchema.safeParse(weak).success).toBe(false);
      expect(isCommonPassword(weak)).toBe(true);
    }
    expect(NewPasswordSchema.safeParse("correct battery staple").success).toBe(true);
    expect(isCommonPassword("correct battery staple")).toBe(false);
  });
});

describe("SignInSchema", () => {
  it("normalizes the email and needs a password", () => {
    expect(SignInSchema.parse({ email: " A@Example.com", password: "x" })).toEqual({
      email: "a@example.com",
      password: "x",
    });
    expect(SignInSchema.safeParse({ email: "a@example.com", password: "" }).success).toBe(false);
    expect(
      SignInSchema.safeParse({ email: "a@example.com", password: "x".repeat(201) }).success,
    ).toBe(false);
  });

  it("does not apply new-password rules to sign-in (old short passwords still sign in)", () => {
    expect(SignInSchema.safeParse({ email: "a@example.com", password: "short" }).success).toBe(
      true,
    );
  });
});

describe("ChangePasswordSchema and ResetPasswordSchema", () => {
  it("ChangePasswordSchema needs the current password, a strong new one and a matching confirmation", () => {
    expect(
      errorsOf(ChangePasswordSchema, {
        currentPassword: "",
        password: GOOD_PASSWORD,
        confirmPassword: GOOD_PASSWORD,
      }),
    ).toEqual({ currentPassword: "Enter your current password." });
    expect(
      errorsOf(ChangePasswordSchema, {
        currentPassword: "old",
        password: GOOD_PASSWORD,
        confirmPassword: "different-one-here",
      }),
    ).toEqual({ confirmPassword: "The passwords do not match." });
    expect(
      errorsOf(ChangePasswordSchema, {
        currentPassword: "old",
        password: "password123",
        confirmPassword: "password123",
      }),
    ).toEqual({ password: "That password is too common. Choose one that is harder to guess." });
  });

  it("ResetPasswordSchema bounds the token length", () => {
    const base = { password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD };
    expect(ResetPasswordSchema.safeParse({ ...base, token: "short" }).success).toBe(false);
    expect(ResetPasswordSchema.safeParse({ ...base, token: "t".repeat(201) }).success).toBe(false);
    expect(ResetPasswordSchema.safeParse({ ...base, token: "t".repeat(43) }).success).toBe(true);
  });
});

describe("fieldErrors", () => {
  it("keeps the first message per field", () => {
    const result = SignUpSchema.safeParse({ ...valid, password: "", confirmPassword: "" });
    expect(result.success).toBe(false);
    const issues = result.error!.issues.filter((i) => i.path[0] === "password");
    expect(issues.length).toBeGreaterThanOrEqual(1);
    expect(fieldErrors(result.error!).password).toBe(issues[0]!.message);
  });
});
