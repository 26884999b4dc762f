"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/access/define-action";

type FieldErrors = Record<string, string[]>;

/**
 * A form that posts to a server action and shows its answer: `error` for an Alert, `fieldErrors[name]` under
 * each field. `onSuccess` gets the action's data (and the submitted form data).
 */
export function useFormAction<T>(
  action: (fd: FormData) => Promise<ActionResult<T>>,
  onSuccess?: (data: T, fd: FormData, form: HTMLFormElement) => void,
) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const fd = new FormData(form);
    start(async () => {
      const res = await action(fd);
      if (!res.ok) {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
        return;
      }
      setError(null);
      setFieldErrors({});
      onSuccess?.(res.data, fd, form);
    });
  }
  return { onSubmit, pending, error, fieldErrors, setError };
}
