"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Download } from "lucide-react";
import { installBuiltinTypesAction } from "@/app/actions/reports";
import { Button } from "@/components/ui/button";

/** Adds the shipped report types (weekly report, bin-duty table, ledger) this tenant's tree can use. */
export function InstallBuiltinButton({ label }: { label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <Button variant="secondary" disabled={pending} onClick={() => start(async () => { await installBuiltinTypesAction({}); router.refresh(); })}>
      <Download className="h-4 w-4" aria-hidden />
      {label}
    </Button>
  );
}
