import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { ChangePasswordForm } from "@/components/auth/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("changeTitle") };
}

export default async function ChangePasswordPage() {
  const load = await currentActor();
  if (load.status === "anonymous") redirect("/login");
  return <ChangePasswordForm forced={load.status === "must-change-password"} />;
}
