import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "./button";

/** Server-side pagination links that keep the other search parameters. */
export async function Pagination({
  page,
  pageSize,
  total,
  path,
  params,
}: {
  page: number;
  pageSize: number;
  total: number;
  path: string;
  params: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const sp = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "page") sp.set(k, v);
    if (p > 1) sp.set("page", String(p));
    const qs = sp.toString();
    return qs ? `${path}?${qs}` : path;
  };
  return (
    <nav className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-100 px-4 py-3 text-sm text-slate-600" aria-label="pagination">
      <span>{t("pageOf", { page, pages, total })}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary", "sm")} href={href(page - 1)} rel="prev">
            {t("prev")}
          </Link>
        ) : (
          <span aria-disabled="true" className={buttonClass("secondary", "sm", "pointer-events-none opacity-40")}>{t("prev")}</span>
        )}
        {page < pages ? (
          <Link className={buttonClass("secondary", "sm")} href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        ) : (
          <span aria-disabled="true" className={buttonClass("secondary", "sm", "pointer-events-none opacity-40")}>{t("next")}</span>
        )}
      </div>
    </nav>
  );
}
