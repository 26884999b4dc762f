"use client";
import { Printer } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonClass("secondary", "sm")} onClick={() => window.print()}>
      <Printer className="h-4 w-4" aria-hidden />
      {label}
    </button>
  );
}
