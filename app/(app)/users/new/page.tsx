import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { searchNodes } from "@/lib/org/read-nodes";
import { grantableRoles } from "@/lib/users/write-users";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("new.title") };
}

export default async function NewUserPage() {
  const actor = await requirePageActor();
  const roles = grantableRoles(actor);
  if (!can(actor, "users.write") || !roles.length) notFound();
  const t = await getTranslations("users");
  // The top of the actor's scope is the likeliest place for a new account; the picker finds any other.
  const [top] = await searchNodes({ actor, q: "", limit: 1, permission: "users.write" });
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("new.title")} description={t("new.description")} />
      <CreateUserForm
        roles={roles}
        defaultNode={top ? { id: top.id, name: top.name, kindName: top.kind.name } : null}
        canLinkPerson={can(actor, "people.write")}
      />
    </div>
  );
}
