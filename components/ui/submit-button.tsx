"use client";
import { useFormStatus } from "react-dom";
import { Loader2 } from "lucide-react";
import { buttonClass } from "./button";

export function SubmitButton({ children, pendingText, variant = "primary", className, pending: pendingProp }: {
  children: React.ReactNode;
  pendingText?: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
  className?: string;
  /** For forms submitted through onSubmit (useFormStatus only sees `action` forms). */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <button type="submit" disabled={pending} aria-busy={pending} className={buttonClass(variant, "md", className)}>
      {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
