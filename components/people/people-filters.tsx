import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { FLAG_FILTERS } from "@/lib/people/schemas";

/** A plain GET form: filters live in the URL, so a filtered roster can be bookmarked and shared. */
export async function PeopleFilters({ nodeId, nodeName, q, flag, status }: { nodeId?: string; nodeName?: string; q: string; flag?: string; status: string }) {
  const t = await getTranslations("people");
  const c = await getTranslations("common");
  return (
    <form method="get" action="/people" className="flex flex-wrap items-end gap-2 border-b border-slate-100 px-4 py-3" role="search">
      {nodeId ? <input type="hidden" name="nodeId" value={nodeId} /> : null}
      <div className="min-w-48 flex-1">
        <label htmlFor="q" className="sr-only">{c("search")}</label>
        <Input id="q" name="q" defaultValue={q} placeholder={t("searchPlaceholder")} data-testid="people-search" />
      </div>
      <Select name="flag" defaultValue={flag ?? ""} aria-label={t("flags")} className="w-36">
        <option value="">{t("anyFlag")}</option>
        {FLAG_FILTERS.map((f) => (
          <option key={f} value={f}>{t(`flag.${f}`)}</option>
        ))}
      </Select>
      <Select name="status" defaultValue={status} aria-label={c("status")} className="w-28">
        <option value="active">{t("statusActive")}</option>
        <option value="left">{t("statusLeft")}</option>
        <option value="all">{c("all")}</option>
      </Select>
      <button type="submit" className={buttonClass("secondary")}>{c("search")}</button>
      {nodeId ? (
        <span className="flex items-center gap-1 text-sm text-slate-600">
          {t("unitFilter", { name: nodeName ?? "" })}
          <Link className="text-brand-700 hover:underline" href={`/people${q ? `?q=${encodeURIComponent(q)}` : ""}`}>{t("clearUnit")}</Link>
        </span>
      ) : null}
    </form>
  );
}
