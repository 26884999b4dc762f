import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  const c = await getTranslations("common");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <p className="text-5xl font-bold text-slate-300">404</p>
      <p className="text-slate-700" data-testid="not-found">{t("notFound")}</p>
      <Link href="/" className={buttonClass("secondary")}>{c("back")}</Link>
    </main>
  );
}
