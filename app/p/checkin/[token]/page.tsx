import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { currentActor } from "@/lib/auth/current-actor";
import { getPublicActivity } from "@/lib/campaigns/activities/checkin";
import { Card } from "@/components/ui/card";
import { PublicCheckinForm, SelfCheckinButton } from "@/components/campaigns/public-forms";
import { PublicShell } from "@/components/campaigns/public-shell";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("campaigns"))("public.checkin"), robots: { index: false } };
}

export default async function CheckinPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, format, load] = await Promise.all([getTranslations("campaigns"), getFormatter(), currentActor()]);
  const actor = load.status === "ok" ? load.actor : null;
  const a = await orNotFound(getPublicActivity({ token, actor }));
  return (
    <PublicShell>
      <div className="space-y-4">
        <Card className="p-5">
          <p className="text-xs text-slate-500">{a.campaignTitle}</p>
          <h1 className="mt-1 text-lg font-semibold text-slate-900" data-testid="checkin-title">{a.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{t(`activities.kinds.${a.kind}`)} · {a.unitName}</p>
          <p className="mt-1 text-sm text-slate-600">{format.dateTime(a.startsAt, { dateStyle: "medium", timeStyle: "short" })} – {format.dateTime(a.endsAt, { timeStyle: "short" })}{a.place ? ` · ${a.place}` : ""}</p>
        </Card>
        <Card className="p-4">
          {!a.open ? (
            <p className="text-sm text-slate-600" data-testid="checkin-closed">{t("public.checkinClosed")}</p>
          ) : a.member ? (
            <SelfCheckinButton token={token} name={a.member.name} checkedInAt={a.member.checkedInAt ? a.member.checkedInAt.toISOString() : null} />
          ) : (
            <PublicCheckinForm token={token} />
          )}
        </Card>
      </div>
    </PublicShell>
  );
}
