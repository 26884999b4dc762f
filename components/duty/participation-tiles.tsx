import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Award, ClipboardList, Clock, Flag, Gift, House } from "lucide-react";
import type { Actor } from "@/lib/access/actor";
import { can } from "@/lib/access/actor";
import { getDutyNorm } from "@/lib/duty/hours";
import { getMyDutyMonth } from "@/lib/duty/records";
import { minutesToHours, monthKeyOf } from "@/lib/duty/time";
import { getMyStatement } from "@/lib/points/statement";

/** The member home's entries to duty, households, points, exchange, the supervisor's ledger and the red list. */
export async function ParticipationTiles({ actor }: { actor: Actor }) {
  const t = await getTranslations("duty.tiles");
  const self = !!actor.personId;
  const norm = self && can(actor, "duty.self") ? await getDutyNorm({ actor }) : 0;
  const [month, statement] = await Promise.all([
    self && can(actor, "duty.self") ? getMyDutyMonth({ actor, month: monthKeyOf(new Date()), normMinutes: norm }) : null,
    self && can(actor, "points.self") ? getMyStatement({ actor, take: 1 }) : null,
  ]);
  const tiles = [
    month ? { href: "/m/duty", icon: Clock, title: t("duty"), sub: t("dutySub", { hours: minutesToHours(month.verified), norm: minutesToHours(norm) }), id: "duty" } : null,
    self ? { href: "/m/households", icon: House, title: t("households"), sub: t("householdsSub"), id: "households" } : null,
    statement ? { href: "/m/points", icon: Award, title: t("points"), sub: t("pointsSub", { points: statement.account.points, hours: minutesToHours(statement.account.minutes) }), id: "points" } : null,
    statement ? { href: "/m/exchange", icon: Gift, title: t("exchange"), sub: t("exchangeSub"), id: "exchange" } : null,
    can(actor, "ledger.record") ? { href: "/m/ledger", icon: ClipboardList, title: t("ledger"), sub: t("ledgerSub"), id: "ledger" } : null,
    self ? { href: "/m/redlist", icon: Flag, title: t("redlist"), sub: t("redlistSub"), id: "redlist" } : null,
  ].filter((x): x is NonNullable<typeof x> => !!x);
  if (!tiles.length) return null;
  return (
    <div className="grid grid-cols-2 gap-3">
      {tiles.map(({ href, icon: Icon, title, sub, id }) => (
        <Link key={href} href={href} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200 active:bg-slate-50" data-testid={`tile-${id}`}>
          <Icon className="h-5 w-5 text-brand-600" aria-hidden />
          <span className="mt-1 block text-sm font-semibold text-slate-900">{title}</span>
          <span className="block text-xs text-slate-500">{sub}</span>
        </Link>
      ))}
    </div>
  );
}
