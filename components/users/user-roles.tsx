"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { assignRoleAction, removeRoleAction } from "@/app/actions/users";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { NodePicker } from "./node-picker";

export type RoleItem = { id: string; role: string; nodeName: string; removable: boolean };

export function RoleList({ userId, username, roles }: { userId: string; username: string; roles: RoleItem[] }) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const router = useRouter();
  if (!roles.length) return <p className="py-2 text-sm text-slate-500">{t("roles.none")}</p>;
  return (
    <ul className="divide-y divide-slate-100" data-testid="role-list">
      {roles.map((r) => (
        <li key={r.id} className="flex items-center justify-between gap-3 py-2.5">
          <div className="flex min-w-0 items-center gap-2">
            <Badge tone={r.role === "TENANT_ADMIN" ? "red" : "blue"}>{tRoles(r.role)}</Badge>
            <span className="truncate text-sm text-slate-700">{r.nodeName}</span>
          </div>
          {r.removable ? (
            <ConfirmButton
              label={t("roles.remove")}
              message={t("roles.removeConfirm", { role: tRoles(r.role), node: r.nodeName, username })}
              confirmLabel={t("roles.remove")}
              onConfirm={async () => {
                const res = await removeRoleAction({ userId, assignmentId: r.id });
                if (!res.ok) return res.error;
                router.refresh();
                return null;
              }}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function AddRoleForm({ userId, roles }: { userId: string; roles: string[] }) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const c = useTranslations("common");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const [role, setRole] = useState(roles[roles.length - 1]);
  const { onSubmit, pending, error, fieldErrors } = useFormAction(assignRoleAction, () => {
    setOpen(false);
    setFormKey((k) => k + 1);
    router.refresh();
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline" data-testid="add-role">
        <Plus className="h-4 w-4" aria-hidden />
        {t("roles.add")}
      </button>
    );
  }
  return (
    <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-3 rounded-md bg-slate-50 p-3 ring-1 ring-inset ring-slate-200">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <input type="hidden" name="userId" value={userId} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field label={t("fields.role")} htmlFor="add-role" hint={t(`roleHints.${role}`)} errors={fieldErrors.role}>
          <Select id="add-role" name="role" value={role} onChange={(e) => setRole(e.target.value)}>
            {roles.map((r) => (
              <option key={r} value={r}>{tRoles(r)}</option>
            ))}
          </Select>
        </Field>
        <Field label={t("fields.node")} htmlFor="add-node" errors={fieldErrors.nodeId}>
          <NodePicker name="nodeId" inputId="add-node" purpose="grant" invalid={!!fieldErrors.nodeId} />
        </Field>
      </div>
      <div className="flex justify-end gap-2">
        <button type="button" className="px-3 text-sm text-slate-600 hover:text-slate-900" onClick={() => setOpen(false)}>{c("cancel")}</button>
        <SubmitButton pending={pending}>{t("roles.addSubmit")}</SubmitButton>
      </div>
    </form>
  );
}
