"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Eye } from "lucide-react";
import { revealPhoneAction } from "@/app/actions/people";
import { Button } from "@/components/ui/button";

/** Phone numbers show masked; the full number on request, for those allowed, with an audit row each time. */
export function RevealPhone({ personId, masked, canReveal }: { personId: string; masked: string | null; canReveal: boolean }) {
  const t = useTranslations("people");
  const [full, setFull] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!masked) return <p className="text-sm text-slate-500">—</p>;
  return (
    <div className="space-y-2">
      <p className="text-lg tabular-nums" data-testid="phone-value">{full ?? masked}</p>
      {canReveal && !full ? (
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          data-testid="reveal-phone"
          onClick={() =>
            start(async () => {
              const r = await revealPhoneAction({ personId });
              if (r.ok) setFull(r.data.phone);
              else setError(r.error);
            })
          }
        >
          <Eye className="h-4 w-4" /> {t("reveal")}
        </Button>
      ) : null}
      {full ? <p className="text-xs text-slate-500">{t("revealLogged")}</p> : null}
      {error ? <p className="text-xs text-red-600">{error}</p> : null}
    </div>
  );
}
