"use client";
import { useState, useTransition } from "react";

type Result<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

/**
 * Runs a server action from a form and keeps what the user typed when it fails: the error banner, the errors
 * per field, and a pending flag. `onSuccess` gets the action's data.
 */
export function useActionForm<T>(action: (fd: FormData) => Promise<Result<T>>, onSuccess?: (data: T) => void) {
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [pending, start] = useTransition();
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    start(async () => {
      const res = await action(fd);
      if (res.ok) {
        setError(null);
        setFieldErrors({});
        onSuccess?.(res.data);
      } else {
        setError(res.error);
        setFieldErrors(res.fieldErrors ?? {});
      }
    });
  };
  return { onSubmit, error, fieldErrors, pending, reset: () => (setError(null), setFieldErrors({})) };
}
