"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/access/define-action";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * A compact form around server-rendered fields: posts to a server action, shows the error and each field's
 * message in one alert (labels given by `fieldLabels`), refreshes the page on success.
 */
export function ActionForm<T>({
  action,
  children,
  submitLabel,
  successText,
  fieldLabels = {},
  className = "space-y-3",
  resetOnSuccess = true,
  testId,
  submitClassName,
  onSuccess,
}: {
  action: (fd: FormData) => Promise<ActionResult<T>>;
  children: React.ReactNode;
  submitLabel: React.ReactNode;
  successText?: string;
  fieldLabels?: Record<string, string>;
  className?: string;
  resetOnSuccess?: boolean;
  testId?: string;
  submitClassName?: string;
  onSuccess?: (data: T) => void;
}) {
  const router = useRouter();
  const [done, setDone] = useState(false);
  const form = useFormAction(action, (data, _fd, el) => {
    setDone(true);
    if (resetOnSuccess) el.reset();
    onSuccess?.(data);
    router.refresh();
  });
  const fieldLines = Object.entries(form.fieldErrors).map(([k, v]) => `${fieldLabels[k] ?? ""}${fieldLabels[k] ? "：" : ""}${v.join("；")}`);
  return (
    <form onSubmit={(e) => (setDone(false), form.onSubmit(e))} className={className} noValidate data-testid={testId}>
      {form.error ? (
        <Alert tone="error">
          <p data-testid={testId ? `${testId}-error` : undefined}>{form.error}</p>
          {fieldLines.length ? (
            <ul className="mt-1 list-disc pl-4">
              {fieldLines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {done && successText ? <Alert tone="success">{successText}</Alert> : null}
      {children}
      <SubmitButton pending={form.pending} className={submitClassName}>
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
