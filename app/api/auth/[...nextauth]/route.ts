import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's own handler (sign-in, sign-out, CSRF). Sign-in throttling and checks live in lib/auth.
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
