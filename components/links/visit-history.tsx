import { getTranslations } from "next-intl/server";

type Visit = { id: string; visitedOn: string; minutes: number; explained: string; problems: string | null; photoIds: string[]; visitor: { name: string } | null };

/** A household's visits, newest first, with their photos. */
export async function VisitHistory({ visits }: { visits: Visit[] }) {
  const t = await getTranslations("links.visit");
  if (!visits.length) return <p className="text-sm text-slate-500">{t("none")}</p>;
  return (
    <ol className="space-y-3" data-testid="visit-history">
      {visits.map((v) => (
        <li key={v.id} className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-100">
          <p className="flex justify-between text-xs text-slate-500">
            <span>{v.visitedOn} · {v.visitor?.name ?? "—"}</span>
            <span>{t("minutesShort", { minutes: v.minutes })}</span>
          </p>
          <p className="mt-1 text-slate-800">{v.explained}</p>
          {v.problems ? <p className="mt-1 text-amber-800">{t("problemsShort")}{v.problems}</p> : null}
          {v.photoIds.length ? (
            <div className="mt-2 flex flex-wrap gap-1.5">
              {v.photoIds.map((id) => (
                // eslint-disable-next-line @next/next/no-img-element
                <a key={id} href={`/api/files/${id}`} target="_blank" rel="noreferrer"><img src={`/api/files/${id}`} alt="" className="h-14 w-14 rounded object-cover" /></a>
              ))}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
