import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { Card } from "@/components/ui/card";
import { TwoFactorEnrol } from "@/components/account/two-factor-enrol";

// Where a tenant admin lands when the tenant requires two-factor sign-in and they have not enrolled yet.
export default async function TwoFactorSetupPage() {
  const load = await currentActor();
  if (load.status === "anonymous") redirect("/login");
  if (load.status === "must-change-password") redirect("/change-password");
  const t = await getTranslations("twoFactor");
  return (
    <Card className="p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600">{load.status === "must-enroll-2fa" ? t("required") : t("optional")}</p>
      <div className="mt-4">
        <TwoFactorEnrol doneHref="/" />
      </div>
    </Card>
  );
}
