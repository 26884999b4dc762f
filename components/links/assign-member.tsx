"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { HouseholdLinks } from "@/components/households/household-links";
import { Button } from "@/components/ui/button";

/** A gap's "assign" button: opens the member search of the household page in place. */
export function AssignMember({ householdId, testId }: { householdId: string; testId?: string }) {
  const t = useTranslations("links");
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setOpen(true)} data-testid={testId}>
        {t("assign")}
      </Button>
    );
  }
  return (
    <div className="w-64">
      <HouseholdLinks householdId={householdId} links={[]} canWrite />
    </div>
  );
}
