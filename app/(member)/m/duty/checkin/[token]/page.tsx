import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MapPin } from "lucide-react";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getCheckinState } from "@/lib/duty/records";
import { formatClock } from "@/lib/duty/time";
import { CheckinPanel } from "@/components/duty/checkin-panel";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.checkin"))("title") };
}

/** Opened by scanning a bin point's QR code: check in on arrival, check out when leaving. */
export default async function CheckinPage({ params }: { params: Promise<{ token: string }> }) {
  const actor = await requirePageActor();
  const { token } = await params;
  const t = await getTranslations("duty.checkin");
  const state = await orNotFound(getCheckinState({ actor, token }));
  const bp = state.binPoint;
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <p className="text-xs text-slate-500">{bp.nodeName}</p>
        <h1 className="mt-0.5 text-lg font-semibold text-slate-900" data-testid="checkin-point">{bp.name}</h1>
        {bp.location ? (
          <p className="mt-1 flex items-center gap-1 text-sm text-slate-600">
            <MapPin className="h-4 w-4" aria-hidden />
            {bp.location}
          </p>
        ) : null}
        {bp.slots.length ? <p className="mt-2 text-xs text-slate-500">{t("slots", { slots: bp.slots.map((s) => `${formatClock(s.startMinute)}–${formatClock(s.endMinute)}`).join("、") })}</p> : null}
      </Card>
      {state.hasPerson ? (
        <Card className="p-6">
          <CheckinPanel
            token={token}
            binPointId={bp.id}
            open={state.open ? { startAt: state.open.startAt.toISOString(), binPointId: state.open.binPointId, binPointName: state.open.binPoint.name } : null}
          />
        </Card>
      ) : (
        <Alert tone="error">{t("noPerson")}</Alert>
      )}
      <Link href="/m/duty" className="block text-center text-sm text-brand-700">{t("myDuty")}</Link>
    </div>
  );
}
