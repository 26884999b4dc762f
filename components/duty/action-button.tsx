"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Loader2 } from "lucide-react";
import type { ActionResult } from "@/lib/access/define-action";
import { buttonClass } from "@/components/ui/button";

/**
 * One click → one server action with a fixed input, then the page refreshes. The error (a sentence from the
 * server) shows beside the button.
 */
export function ActionButton<I, T>({
  action,
  input,
  label,
  variant = "secondary",
  size = "sm",
  className,
  testId,
  confirmText,
  onDone,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  label: React.ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  size?: "sm" | "md";
  className?: string;
  testId?: string;
  confirmText?: string;
  onDone?: (data: T) => void;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending}
        data-testid={testId}
        className={buttonClass(variant, size, className)}
        onClick={() => {
          if (confirmText && !window.confirm(confirmText)) return;
          start(async () => {
            const r = await action(input);
            if (r.ok) {
              setError(null);
              onDone?.(r.data);
              router.refresh();
            } else setError(r.error);
          });
        }}
      >
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
        {label}
      </button>
      {error ? (
        <span className="max-w-64 text-xs text-red-600" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
