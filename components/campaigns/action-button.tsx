"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Loader2 } from "lucide-react";
import { buttonClass } from "@/components/ui/button";

type Result = { ok: true; data: unknown } | { ok: false; error: string };

/** A button that runs one server action with a fixed input, then refreshes the page (or shows the error). */
export function ActionButton<I>({
  action,
  input,
  children,
  variant = "secondary",
  size = "sm",
  testId,
  onDone,
  className,
  disabled,
}: {
  action: (input: I) => Promise<Result>;
  input: I;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  size?: "sm" | "md";
  testId?: string;
  onDone?: (data: unknown) => void;
  className?: string;
  disabled?: boolean;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <button
        type="button"
        disabled={pending || disabled}
        data-testid={testId}
        className={buttonClass(variant, size, className)}
        onClick={() =>
          start(async () => {
            const res = await action(input);
            if (!res.ok) return setError(res.error);
            setError(null);
            if (onDone) onDone(res.data);
            router.refresh();
          })
        }
      >
        {pending ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
        {children}
      </button>
      {error ? (
        <span className="text-xs text-red-600" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
          {error}
        </span>
      ) : null}
    </span>
  );
}
