import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ABSOLUTE_S } from "./session-policy";
import { verifyCredentials } from "./verify-credentials";
import { clientIp } from "../http/client-ip";

/** Thrown to the sign-in form as `error`: a code the page turns into a sentence. */
export const SIGN_IN_ERRORS = {
  invalid: "INVALID",
  disabled: "DISABLED",
  throttled: "THROTTLED",
  totp_required: "TOTP_REQUIRED",
  totp_invalid: "TOTP_INVALID",
} as const;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: ABSOLUTE_S },
  jwt: { maxAge: ABSOLUTE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" }, totp: { type: "text" } },
      async authorize(credentials, req) {
        const headers = new Headers(req?.headers as Record<string, string>);
        const outcome = await verifyCredentials({
          login: String(credentials?.username ?? ""),
          password: String(credentials?.password ?? ""),
          totp: credentials?.totp ? String(credentials.totp).slice(0, 20) : undefined,
          ip: clientIp(headers),
          userAgent: headers.get("user-agent"),
        });
        if (!outcome.ok) {
          const code = SIGN_IN_ERRORS[outcome.reason];
          throw new Error(outcome.reason === "throttled" ? `${code}:${Math.ceil(outcome.retryAfterS / 60)}` : code);
        }
        const u = outcome.user;
        return { id: u.id, tid: u.tenantId, sv: u.sessionVersion, mcp: u.mustChangePassword };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; tid: string | null; sv: number; mcp: boolean };
        const now = Math.floor(Date.now() / 1000);
        return { uid: u.id, tid: u.tid, sv: u.sv, mcp: u.mcp, authTime: now, lastActive: now };
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { id: token.uid as string } } as typeof session;
    },
  },
};
