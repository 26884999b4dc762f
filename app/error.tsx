"use client";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

// Never a stack trace: a sentence, the request id to quote to support, and a way to try again.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  const c = useTranslations("common");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-lg font-semibold text-slate-800">{c("error")}</p>
      <p className="max-w-md text-sm text-slate-600">{t("internal")}</p>
      {error.digest ? <p className="text-xs text-slate-500">#{error.digest}</p> : null}
      <button type="button" className={buttonClass("secondary")} onClick={reset}>{c("retry")}</button>
    </main>
  );
}
