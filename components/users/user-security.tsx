"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { KeyRound, LogOut, Trash2, UserCheck, UserX } from "lucide-react";
import { deleteUserAction, resetUserPasswordAction, signOutUserAction, updateUserAction } from "@/app/actions/users";
import { resetUserTotpAction } from "@/app/actions/two-factor";
import { Alert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { TemporaryPassword } from "./temporary-password";

type Props = { userId: string; username: string; displayName: string; disabled: boolean; isSelf: boolean; totpEnabled?: boolean };

/** Password reset, sign out everywhere, disable / enable: each asks first. */
export function UserSecurityActions({ userId, username, displayName, disabled, isSelf, totpEnabled }: Props) {
  const t = useTranslations("users");
  const router = useRouter();
  const [temp, setTemp] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="space-y-4">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {temp ? <TemporaryPassword username={username} password={temp} /> : null}
      <ul className="divide-y divide-slate-100">
        <li className="flex flex-wrap items-center justify-between gap-3 py-3 first:pt-0">
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-800">{t("security.reset")}</p>
            <p className="text-xs text-slate-500">{t("security.resetHint")}</p>
          </div>
          <ConfirmButton
            variant="secondary"
            label={<><KeyRound className="h-4 w-4" aria-hidden />{t("security.reset")}</>}
            message={t("security.resetConfirm", { username })}
            confirmLabel={t("security.reset")}
            onConfirm={async () => {
              const res = await resetUserPasswordAction({ userId });
              if (!res.ok) return res.error;
              setNotice(null);
              setTemp(res.data.temporaryPassword);
              router.refresh();
              return null;
            }}
          />
        </li>
        <li className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="text-sm font-medium text-slate-800">{t("security.signOut")}</p>
            <p className="text-xs text-slate-500">{t("security.signOutHint")}</p>
          </div>
          <ConfirmButton
            variant="secondary"
            label={<><LogOut className="h-4 w-4" aria-hidden />{t("security.signOut")}</>}
            message={t("security.signOutConfirm", { username })}
            confirmLabel={t("security.signOut")}
            onConfirm={async () => {
              const res = await signOutUserAction({ userId });
              if (!res.ok) return res.error;
              setNotice(t("security.signedOut"));
              return null;
            }}
          />
        </li>
        {totpEnabled && !isSelf ? (
          <li className="flex flex-wrap items-center justify-between gap-3 py-3">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-800">{t("security.reset2fa")}</p>
              <p className="text-xs text-slate-500">{t("security.reset2faHint")}</p>
            </div>
            <ConfirmButton
              variant="secondary"
              label={t("security.reset2fa")}
              message={t("security.reset2faConfirm", { username })}
              confirmLabel={t("security.reset2fa")}
              onConfirm={async () => {
                const res = await resetUserTotpAction({ userId });
                if (!res.ok) return res.error;
                setNotice(t("security.reset2faDone"));
                router.refresh();
                return null;
              }}
            />
          </li>
        ) : null}
        {isSelf ? null : (
          <li className="flex flex-wrap items-center justify-between gap-3 py-3 last:pb-0">
            <div className="min-w-0">
              <p className="text-sm font-medium text-slate-800">{disabled ? t("security.enable") : t("security.disable")}</p>
              <p className="text-xs text-slate-500">{disabled ? t("security.enableHint") : t("security.disableHint")}</p>
            </div>
            <ConfirmButton
              variant={disabled ? "secondary" : "danger"}
              label={disabled ? <><UserCheck className="h-4 w-4" aria-hidden />{t("security.enable")}</> : <><UserX className="h-4 w-4" aria-hidden />{t("security.disable")}</>}
              message={disabled ? t("security.enableConfirm", { username }) : t("security.disableConfirm", { username })}
              confirmLabel={disabled ? t("security.enable") : t("security.disable")}
              onConfirm={async () => {
                const res = await updateUserAction({ userId, displayName, disabled: !disabled });
                if (!res.ok) return res.error;
                setNotice(null);
                router.refresh();
                return null;
              }}
            />
          </li>
        )}
      </ul>
    </div>
  );
}

export function DeleteUserButton({ userId, username }: { userId: string; username: string }) {
  const t = useTranslations("users");
  const router = useRouter();
  return (
    <ConfirmButton
      label={<><Trash2 className="h-4 w-4" aria-hidden />{t("delete.button")}</>}
      title={t("delete.title")}
      message={t("delete.confirm", { username })}
      confirmLabel={t("delete.button")}
      onConfirm={async () => {
        const res = await deleteUserAction({ userId });
        if (!res.ok) return res.error;
        router.push("/users");
        router.refresh();
        return null;
      }}
    />
  );
}
