import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { authenticate } from "../users/authenticate";
import { signInWithMagicLink } from "../users/magic-link";
import { findOrCreateOAuthUser } from "../users/oauth-user";
import { clientIp } from "./client-ip";

/**
 * next-auth with JWT sessions. The token carries the user's id, role and session
 * version; lib/auth/current-user.ts re-reads the user on every protected request, so a
 * role change, a disabled account or a password change takes effect at once.
 */
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authenticate(db, {
            email: credentials?.email,
            password: credentials?.password,
            ip: clientIp(req?.headers),
          });
        } catch (error) {
          // next-auth hands an Error's message back to the sign-in form.
          if (error instanceof AppError) throw new Error(error.message);
          throw error;
        }
      },
    }),
    CredentialsProvider({
      id: "magic-link",
      name: "Email link",
      credentials: { token: { type: "text" } },
      async authorize(credentials) {
        const user = await signInWithMagicLink(String(credentials?.token ?? ""));
        if (!user)
          throw new Error("This sign-in link has expired or was already used. Ask for a new one.");
        return user;
      },
    }),
    ...(env.GITHUB_ID && env.GITHUB_SECRET
      ? [GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET })]
      : []),
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET
      ? [GoogleProvider({ clientId: env.GOOGLE_CLIENT_ID, clientSecret: env.GOOGLE_CLIENT_SECRET })]
      : []),
  ],
  callbacks: {
    async signIn({ user, account }) {
      if (account?.type !== "oauth") return true;
      // OAuth accounts are matched to ours by verified email; new people become readers.
      const ours = await findOrCreateOAuthUser({ email: user.email, name: user.name });
      if (!ours) return false;
      Object.assign(user, ours);
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    async session({ session, token }) {
      if (token.uid && token.role && token.sv !== undefined) {
        session.user = {
          id: token.uid,
          name: token.name ?? "",
          email: token.email ?? "",
          role: token.role,
          sessionVersion: token.sv,
        };
      }
      return session;
    },
  },
};

export const oauthProviders = () => [
  ...(env.GITHUB_ID && env.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
  ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
];
