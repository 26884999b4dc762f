"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { rateRegistrationAction } from "@/app/actions/double";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";

export function RateForm({ registrationId, quarter, current }: { registrationId: string; quarter: string; current?: { grade: string; comment: string | null } | null }) {
  const t = useTranslations("double");
  const router = useRouter();
  const [grade, setGrade] = useState(current?.grade ?? "GOOD");
  const [comment, setComment] = useState(current?.comment ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="inline-flex gap-1">
        <Select value={grade} onChange={(e) => setGrade(e.target.value)} className="h-8 w-24 py-1" aria-label={t("table.grade")}>
          {(["EXCELLENT", "GOOD", "FAIR", "POOR"] as const).map((g) => <option key={g} value={g}>{t(`grade.${g}`)}</option>)}
        </Select>
        <Input value={comment} onChange={(e) => setComment(e.target.value)} className="h-8 w-36 py-1" placeholder={t("comment")} aria-label={t("comment")} />
        <Button size="sm" disabled={pending} onClick={() => start(async () => {
          const r = await rateRegistrationAction({ registrationId, quarter, grade: grade as "GOOD", comment });
          if (r.ok) router.refresh();
          else setError(r.error);
        })}>{t("rate")}</Button>
      </span>
      {error ? <span className="text-xs text-red-600">{error}</span> : null}
    </span>
  );
}
