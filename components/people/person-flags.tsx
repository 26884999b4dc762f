import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

type Flags = { isPartyMember: boolean; isUnionMember: boolean; isModelWorker: boolean; isVolunteer: boolean; isCadre: boolean };

export async function PersonFlags({ person }: { person: Flags }) {
  const t = await getTranslations("people");
  return (
    <span className="flex flex-wrap gap-1">
      {person.isPartyMember ? <Badge tone="red">{t("flag.isPartyMember")}</Badge> : null}
      {person.isUnionMember ? <Badge tone="blue">{t("flag.isUnionMember")}</Badge> : null}
      {person.isModelWorker ? <Badge tone="amber">{t("flag.isModelWorker")}</Badge> : null}
      {person.isVolunteer ? <Badge tone="green">{t("flag.isVolunteer")}</Badge> : null}
      {person.isCadre ? <Badge>{t("flag.isCadre")}</Badge> : null}
    </span>
  );
}
