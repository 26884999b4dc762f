import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GroupRate, Rate } from "@/lib/campaigns/rates";
import { Table, Td, Th } from "@/components/ui/table";
import { RateBar } from "./rate";

/** A rate per unit, one level of the tree at a time: each row opens its children (`?node=`). */
export function RateTable({
  rows,
  direct,
  all,
  parentName,
  trail,
  href,
  labels,
  testId,
}: {
  rows: GroupRate[];
  direct: Rate;
  all: Rate;
  parentName: string | null;
  trail: { id: string; name: string }[];
  href: (nodeId: string) => string;
  labels: { total: string; hit: string; rate: string; average?: string };
  testId?: string;
}) {
  const t = useTranslations("campaigns");
  return (
    <>
      {trail.length > 1 ? (
        <nav className="flex flex-wrap gap-1 px-4 pt-3 text-sm text-slate-500" aria-label={t("rates.trail")}>
          {trail.map((n, i) => (
            <span key={n.id}>
              {i ? " / " : ""}
              <Link href={href(n.id)} className="hover:text-brand-700">{n.name}</Link>
            </span>
          ))}
        </nav>
      ) : null}
      <Table>
        <thead className="bg-slate-50">
          <tr>
            <Th>{t("fields.unit")}</Th>
            <Th className="text-right">{labels.total}</Th>
            <Th className="text-right">{labels.hit}</Th>
            {labels.average ? <Th className="text-right">{labels.average}</Th> : null}
            <Th>{labels.rate}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid={testId}>
          {rows.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50" data-testid="rate-row">
              <Td>
                <Link href={href(r.id)} className="font-medium text-slate-900 hover:text-brand-700">{r.name}</Link>
              </Td>
              <Td className="text-right tabular-nums">{r.total}</Td>
              <Td className="text-right tabular-nums">{r.hit}</Td>
              {labels.average ? <Td className="text-right tabular-nums">{r.average === null ? "—" : Math.round(r.average)}</Td> : null}
              <Td><RateBar value={r.rate} /></Td>
            </tr>
          ))}
          {direct.total > 0 ? (
            <tr className="text-slate-500">
              <Td>{t("rates.direct", { name: parentName ?? "" })}</Td>
              <Td className="text-right tabular-nums">{direct.total}</Td>
              <Td className="text-right tabular-nums">{direct.hit}</Td>
              {labels.average ? <Td className="text-right tabular-nums">{direct.average === null ? "—" : Math.round(direct.average)}</Td> : null}
              <Td><RateBar value={direct.rate} /></Td>
            </tr>
          ) : null}
          <tr className="bg-slate-50 font-medium">
            <Td>{t("rates.all")}</Td>
            <Td className="text-right tabular-nums">{all.total}</Td>
            <Td className="text-right tabular-nums">{all.hit}</Td>
            {labels.average ? <Td className="text-right tabular-nums">{all.average === null ? "—" : Math.round(all.average)}</Td> : null}
            <Td><RateBar value={all.rate} testId={testId ? `${testId}-all` : undefined} /></Td>
          </tr>
        </tbody>
      </Table>
    </>
  );
}
