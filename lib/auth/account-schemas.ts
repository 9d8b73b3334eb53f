import { z } from "zod";
import { isCommonPassword } from "./common-passwords";

/** Field schemas shared by the forms and the server; messages are for people. */

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter an email address like name@example.com." }))
  .transform((email) => email.toLowerCase());

export const NameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Names can be at most 100 characters.");

export const NewPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(10, "Passwords need at least 10 characters.")
  .max(200, "Passwords can be at most 200 characters.")
  .refine(
    (password) => !isCommonPassword(password),
    "That password is too common. Choose one that is harder to guess.",
  );

export const SignUpSchema = z
  .object({
    name: NameSchema,
    email: EmailSchema,
    password: NewPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again to confirm it." }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Enter your password.").max(200, "Enter your password."),
});

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, "Enter your current password."),
    password: NewPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again to confirm it." }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });

export const ResetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: NewPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again to confirm it." }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match.",
  });
