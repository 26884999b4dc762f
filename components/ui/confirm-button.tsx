"use client";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "./button";

/**
 * A button that asks before it acts (destructive actions). `onConfirm` returns an error message or null.
 */
export function ConfirmButton({
  label,
  title,
  message,
  confirmLabel,
  variant = "danger",
  size = "sm",
  onConfirm,
}: {
  label: React.ReactNode;
  title?: React.ReactNode;
  message: React.ReactNode;
  confirmLabel?: React.ReactNode;
  variant?: "danger" | "secondary" | "primary";
  size?: "sm" | "md";
  onConfirm: () => Promise<string | null>;
}) {
  const t = useTranslations("common");
  const ref = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button type="button" className={buttonClass(variant, size)} onClick={() => (setError(null), ref.current?.showModal())}>
        {label}
      </button>
      <dialog ref={ref} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg p-0 shadow-xl backdrop:bg-slate-900/40">
        <div className="space-y-3 p-5">
          <h2 className="text-base font-semibold text-slate-900">{title ?? t("confirmTitle")}</h2>
          <div className="text-sm text-slate-600">{message}</div>
          {error ? <p role="alert" className="text-sm text-red-600">{error}</p> : null}
          <div className="flex justify-end gap-2 pt-2">
            <button type="button" className={buttonClass("secondary", "md")} onClick={() => ref.current?.close()}>
              {t("cancel")}
            </button>
            <button
              type="button"
              disabled={pending}
              className={buttonClass(variant === "danger" ? "primary" : variant, "md", variant === "danger" ? "!bg-red-600 hover:!bg-red-700" : "")}
              onClick={() =>
                start(async () => {
                  const err = await onConfirm();
                  if (err) setError(err);
                  else ref.current?.close();
                })
              }
            >
              {confirmLabel ?? t("confirm")}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
