"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { LogOut } from "lucide-react";
import { signOutEverywhereAction } from "@/app/actions/account";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** Ends every session of the account (other phones and computers), then this one. */
export function SignOutEverywhereButton() {
  const t = useTranslations("account");
  return (
    <ConfirmButton
      variant="secondary"
      size="md"
      label={<><LogOut className="h-4 w-4" aria-hidden />{t("sessions.signOutAll")}</>}
      message={t("sessions.confirm")}
      confirmLabel={t("sessions.signOutAll")}
      onConfirm={async () => {
        const res = await signOutEverywhereAction({});
        if (!res.ok) return res.error;
        await signOut({ callbackUrl: "/login?reason=signedOut" });
        return null;
      }}
    />
  );
}
