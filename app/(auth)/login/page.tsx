import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reason?: string }> }) {
  const sp = await searchParams;
  // Only same-site paths: never bounce a user to another origin after sign-in.
  const next = sp.callbackUrl && sp.callbackUrl.startsWith("/") && !sp.callbackUrl.startsWith("//") ? sp.callbackUrl : "/";
  return <LoginForm next={next} reason={sp.reason === "expired" ? "expired" : sp.reason === "signedOut" ? "signedOut" : null} />;
}
