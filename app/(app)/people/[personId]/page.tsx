import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getPerson } from "@/lib/people/read-people";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PersonForm } from "@/components/people/person-form";
import { PersonFlags } from "@/components/people/person-flags";
import { PersonActions } from "@/components/people/person-actions";
import { RevealPhone } from "@/components/people/reveal-phone";

type Props = { params: Promise<{ personId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePageActor();
  const p = await getPerson({ actor, personId: (await params).personId }).catch(() => null);
  return { title: p?.name ?? "—" };
}

export default async function PersonPage({ params }: Props) {
  const actor = await requirePageActor();
  const { personId } = await params;
  const t = await getTranslations("people");
  const p = await orNotFound(getPerson({ actor, personId }));
  const canWrite = can(actor, "people.write") && !p.anonymizedAt;
  return (
    <>
      <PageHeader
        title={
          <span className="flex items-center gap-2">
            <span data-testid="person-name">{p.name}</span>
            {p.leftAt ? <Badge>{t("left")}</Badge> : null}
          </span>
        }
        description={<Link href={`/org/${p.node.id}`} className="hover:text-brand-700">{p.node.name}</Link>}
        actions={canWrite ? <PersonActions personId={p.id} nodeId={p.nodeId} left={!!p.leftAt} hasAccount={!!p.user} /> : null}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <Card>
          <CardHeader title={canWrite ? t("edit") : t("details")} />
          <CardBody>
            {canWrite ? (
              <PersonForm
                person={{
                  id: p.id,
                  name: p.name,
                  phone: p.phone,
                  isPartyMember: p.isPartyMember,
                  isUnionMember: p.isUnionMember,
                  isModelWorker: p.isModelWorker,
                  isVolunteer: p.isVolunteer,
                  isCadre: p.isCadre,
                  joinedAt: p.joinedAt ? p.joinedAt.toISOString().slice(0, 10) : null,
                  note: p.note,
                }}
              />
            ) : (
              <dl className="grid gap-3 text-sm sm:grid-cols-2">
                <div><dt className="text-slate-500">{t("flags")}</dt><dd className="mt-1"><PersonFlags person={p} /></dd></div>
                <div><dt className="text-slate-500">{t("joinedAt")}</dt><dd className="mt-1">{p.joinedAt?.toISOString().slice(0, 10) ?? "—"}</dd></div>
                <div className="sm:col-span-2"><dt className="text-slate-500">{t("note")}</dt><dd className="mt-1">{p.note ?? "—"}</dd></div>
              </dl>
            )}
          </CardBody>
        </Card>
        <div className="space-y-6">
          <Card>
            <CardHeader title={t("phone")} />
            <CardBody>
              <RevealPhone personId={p.id} masked={p.phone} canReveal={can(actor, "people.reveal")} />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("households", { count: p.households.length })} />
            <CardBody>
              {p.households.length ? (
                <ul className="space-y-1 text-sm">
                  {p.households.map((h) => (
                    <li key={h.id}>
                      <Link href={`/households/${h.id}`} className="hover:text-brand-700">{[h.building, h.unit, h.room].filter(Boolean).join(" ")} · {h.headName}</Link>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-sm text-slate-500">{t("noHouseholds")}</p>
              )}
            </CardBody>
          </Card>
          {p.user ? (
            <Card>
              <CardHeader title={t("account")} />
              <CardBody>
                <Link href={`/users/${p.user.id}`} className="text-sm hover:text-brand-700">{p.user.username}</Link>
                {p.user.disabled ? <Badge tone="amber" className="ml-2">{t("disabled")}</Badge> : null}
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
