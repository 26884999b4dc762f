"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/access/define-action";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** Reject with a reason: a small inline form that opens from a button. */
export function RejectForm<I>({ action, input, testId }: { action: (input: I & { reason: string }) => Promise<ActionResult<unknown>>; input: I; testId?: string }) {
  const t = useTranslations("duty");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!open) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)} data-testid={testId}>
        {t("reject")}
      </Button>
    );
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="inline-flex gap-1">
        <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("rejectReason")} className="h-8 w-40 py-1" aria-label={t("rejectReason")} data-testid={testId ? `${testId}-reason` : undefined} />
        <Button
          variant="danger"
          size="sm"
          disabled={pending}
          data-testid={testId ? `${testId}-confirm` : undefined}
          onClick={() =>
            start(async () => {
              const r = await action({ ...input, reason });
              if (r.ok) {
                setOpen(false);
                router.refresh();
              } else setError(r.fieldErrors?.reason?.join("；") ?? r.error);
            })
          }
        >
          {t("reject")}
        </Button>
      </span>
      {error ? <span className="text-xs text-red-600">{error}</span> : null}
    </span>
  );
}
