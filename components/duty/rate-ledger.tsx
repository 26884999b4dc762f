"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { rateLedgerAction } from "@/app/actions/duty";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** The community's rating of a supervisor's day: a score and a short comment. */
export function RateLedger({ ledgerId }: { ledgerId: string }) {
  const t = useTranslations("ledgers");
  const router = useRouter();
  const [score, setScore] = useState("90");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="inline-flex gap-1">
        <Input value={score} onChange={(e) => setScore(e.target.value)} type="number" min={0} max={100} className="h-8 w-16 py-1" aria-label={t("score")} />
        <Input value={comment} onChange={(e) => setComment(e.target.value)} className="h-8 w-32 py-1" placeholder={t("comment")} aria-label={t("comment")} />
        <Button
          size="sm"
          disabled={pending}
          onClick={() =>
            start(async () => {
              const r = await rateLedgerAction({ ledgerId, score: Number(score), comment });
              if (r.ok) router.refresh();
              else setError(Object.values(r.fieldErrors ?? {}).flat().join("；") || r.error);
            })
          }
        >
          {t("rateButton")}
        </Button>
      </span>
      {error ? <span className="text-xs text-red-600">{error}</span> : null}
    </span>
  );
}
