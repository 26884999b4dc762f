import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Download } from "lucide-react";
import { headers } from "next/headers";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getBinPoint } from "@/lib/duty/bin-points";
import { listMembersAgainstNorm } from "@/lib/duty/hours";
import { formatClock, monthKeyOf } from "@/lib/duty/time";
import { addSlotAction, archiveSlotAction, renewBinPointQrAction, updateBinPointAction } from "@/app/actions/duty";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { PrintButton } from "@/components/duty/print-button";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";

type Bins = { type: "kitchen" | "recyclable" | "hazardous" | "other"; count: number }[];

export default async function BinPointPage({ params }: { params: Promise<{ binPointId: string }> }) {
  const actor = await requirePageActor();
  const { binPointId } = await params;
  const t = await getTranslations("duty");
  const bp = await orNotFound(getBinPoint({ actor, binPointId }));
  const bins = (bp.bins as Bins) ?? [];
  const count = (type: Bins[number]["type"]) => bins.find((b) => b.type === type)?.count ?? 0;
  const members = bp.canManage ? await listMembersAgainstNorm({ actor, nodeId: bp.nodeId, month: monthKeyOf(new Date()) }).catch(() => null) : null;
  const weekdayNames = t("weekdays").split(",");
  const qr = `/api/duty/bin-points/${bp.id}/qr`;
  const checkinPath = `/m/duty/checkin/${bp.qrToken}`;
  const host = (await headers()).get("host");
  return (
    <>
      <PageHeader
        title={bp.name}
        description={<Link href={`/duty?nodeId=${bp.nodeId}`} className="hover:text-brand-700">{bp.node.name}</Link>}
      />
      <div className="grid gap-5 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
          <Card>
            <CardHeader title={t("slotsTitle")} />
            <ul className="divide-y divide-slate-100" data-testid="slots">
              {bp.slots.map((s) => (
                <li key={s.id} className="flex items-center justify-between px-4 py-2.5 text-sm">
                  <span className="tabular-nums">
                    {formatClock(s.startMinute)}–{formatClock(s.endMinute)}
                    <span className="ml-2 text-xs text-slate-500">
                      {s.weekdays.length === 7 ? t("everyDay") : s.weekdays.map((d) => weekdayNames[d - 1]).join(" ")}
                      {s.capacity ? ` · ${t("capacity", { n: s.capacity })}` : ""}
                    </span>
                  </span>
                  {bp.canManage ? <ActionButton action={archiveSlotAction} input={{ slotId: s.id }} label={t("removeSlot")} variant="ghost" /> : null}
                </li>
              ))}
            </ul>
            {bp.canManage ? (
              <CardBody className="border-t border-slate-100">
                <ActionForm action={addSlotAction} submitLabel={t("addSlot")} className="flex flex-wrap items-end gap-3" fieldLabels={{ start: t("start"), end: t("end"), weekdays: t("weekdaysLabel") }}>
                  <input type="hidden" name="binPointId" value={bp.id} />
                  <Field label={t("start")} htmlFor="slot-start"><Input id="slot-start" name="start" type="time" required className="w-32" /></Field>
                  <Field label={t("end")} htmlFor="slot-end"><Input id="slot-end" name="end" type="time" required className="w-32" /></Field>
                  <Field label={t("capacityLabel")} htmlFor="slot-cap"><Input id="slot-cap" name="capacity" type="number" min={0} max={100} defaultValue={0} className="w-24" /></Field>
                  <fieldset className="flex flex-wrap gap-2">
                    <legend className="mb-1 text-sm font-medium text-slate-700">{t("weekdaysLabel")}</legend>
                    {weekdayNames.map((w, i) => (
                      <Checkbox key={w} name="weekdays[]" value={String(i + 1)} defaultChecked label={w} />
                    ))}
                  </fieldset>
                </ActionForm>
              </CardBody>
            ) : null}
          </Card>

          <Card>
            <CardHeader title={t("pointDetails")} />
            <CardBody>
              {bp.canManage ? (
                <ActionForm action={updateBinPointAction} submitLabel={t("save")} resetOnSuccess={false} successText={t("saved")} className="grid gap-3 sm:grid-cols-2">
                  <input type="hidden" name="binPointId" value={bp.id} />
                  <Field label={t("pointName")} htmlFor="e-name"><Input id="e-name" name="name" defaultValue={bp.name} required maxLength={60} /></Field>
                  <Field label={t("location")} htmlFor="e-loc"><Input id="e-loc" name="location" defaultValue={bp.location ?? ""} maxLength={200} /></Field>
                  <Field label={t("chief")} htmlFor="e-chief">
                    <Select id="e-chief" name="chiefId" defaultValue={bp.chief?.id ?? ""}>
                      <option value="">—</option>
                      {bp.chief && !members?.rows.some((m) => m.personId === bp.chief!.id) ? <option value={bp.chief.id}>{bp.chief.name}</option> : null}
                      {members?.rows.map((m) => <option key={m.personId} value={m.personId}>{m.name}</option>)}
                    </Select>
                  </Field>
                  <Field label={t("chiefArea")} htmlFor="e-area"><Input id="e-area" name="chiefArea" defaultValue={bp.chiefArea ?? ""} maxLength={100} /></Field>
                  <Field label={t("responsible")} htmlFor="e-resp" hint={t("responsibleHint")}>
                    <Select id="e-resp" name="responsibleMemberId" defaultValue={bp.responsibleMember?.id ?? ""}>
                      <option value="">—</option>
                      {bp.responsibleMember && !members?.rows.some((m) => m.personId === bp.responsibleMember!.id) ? <option value={bp.responsibleMember.id}>{bp.responsibleMember.name}</option> : null}
                      {members?.rows.map((m) => <option key={m.personId} value={m.personId}>{m.name}</option>)}
                    </Select>
                  </Field>
                  <div className="grid grid-cols-4 gap-2">
                    {(["kitchen", "recyclable", "hazardous", "other"] as const).map((b) => (
                      <Field key={b} label={t(`bins.${b}`)} htmlFor={`e-${b}`}><Input id={`e-${b}`} name={b} type="number" min={0} max={50} defaultValue={count(b)} /></Field>
                    ))}
                  </div>
                </ActionForm>
              ) : (
                <dl className="grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
                  <dt className="text-slate-500">{t("location")}</dt><dd>{bp.location ?? "—"}</dd>
                  <dt className="text-slate-500">{t("chief")}</dt><dd>{bp.chief?.name ?? "—"} {bp.chiefArea ? `（${bp.chiefArea}）` : ""}</dd>
                  <dt className="text-slate-500">{t("responsible")}</dt><dd>{bp.responsibleMember?.name ?? "—"}</dd>
                  <dt className="text-slate-500">{t("binsLabel")}</dt><dd>{bins.map((b) => `${t(`bins.${b.type}`)} ×${b.count}`).join("、") || "—"}</dd>
                </dl>
              )}
            </CardBody>
          </Card>
        </div>

        <Card className="self-start print:shadow-none print:ring-0">
          <CardHeader title={t("qrTitle")} description={t("qrHint")} />
          <CardBody className="space-y-3 text-center">
            <div className="print-area">
              <p className="text-lg font-semibold">{bp.name}</p>
              <p className="text-sm text-slate-500">{bp.node.name}</p>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={qr} alt={t("qrTitle")} className="mx-auto my-2 w-56" data-testid="bin-point-qr" />
              <p className="text-sm">{t("qrCaption")}</p>
            </div>
            <p className="no-print break-all text-xs text-slate-500">
              {t("qrLink")} <a href={checkinPath} className="text-brand-700" data-testid="checkin-url">{host ? `${host}${checkinPath}` : checkinPath}</a>
            </p>
            <div className="no-print flex flex-wrap justify-center gap-2">
              <PrintButton label={t("print")} />
              <a href={`${qr}?format=png&download=true`} className={buttonClass("secondary", "sm")}><Download className="h-4 w-4" aria-hidden />PNG</a>
              <a href={`${qr}?format=svg&download=true`} className={buttonClass("secondary", "sm")}><Download className="h-4 w-4" aria-hidden />SVG</a>
            </div>
            {bp.canManage ? (
              <div className="no-print">
                <ActionButton action={renewBinPointQrAction} input={{ binPointId: bp.id }} label={t("renewQr")} variant="ghost" confirmText={t("renewQrConfirm")} />
              </div>
            ) : null}
          </CardBody>
        </Card>
      </div>
    </>
  );
}
