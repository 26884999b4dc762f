"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createUserAction } from "@/app/actions/users";
import { Alert } from "@/components/ui/alert";
import { LinkButton, Button } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field, Input, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { NodePicker, type NodeOption } from "./node-picker";
import { PersonPicker } from "./person-picker";
import { TemporaryPassword } from "./temporary-password";

export function CreateUserForm({ roles, defaultNode, canLinkPerson }: { roles: string[]; defaultNode: NodeOption | null; canLinkPerson: boolean }) {
  const t = useTranslations("users");
  const tRoles = useTranslations("roles");
  const c = useTranslations("common");
  const [created, setCreated] = useState<{ id: string; username: string; password: string } | null>(null);
  const [role, setRole] = useState(roles.includes("REPORTER") ? "REPORTER" : roles[roles.length - 1]);
  const [formKey, setFormKey] = useState(0);
  const [displayName, setDisplayName] = useState("");
  const { onSubmit, pending, error, fieldErrors } = useFormAction(createUserAction, (data, fd) =>
    setCreated({ id: data.id, username: String(fd.get("username")).trim().toLowerCase(), password: data.temporaryPassword }),
  );

  if (created) {
    return (
      <Card>
        <CardBody className="space-y-4">
          <Alert tone="success">{t("new.created", { username: created.username })}</Alert>
          <TemporaryPassword username={created.username} password={created.password} />
          <div className="flex flex-wrap gap-2">
            <LinkButton href={`/users/${created.id}`} variant="primary">{t("new.openAccount")}</LinkButton>
            <Button variant="secondary" onClick={() => (setCreated(null), setDisplayName(""), setFormKey((k) => k + 1))}>{t("new.another")}</Button>
          </div>
        </CardBody>
      </Card>
    );
  }

  return (
    <Card>
      <form key={formKey} onSubmit={onSubmit} noValidate className="space-y-5 px-4 py-5 sm:px-6">
        {error ? <Alert tone="error">{error}</Alert> : null}
        <div className="grid gap-4 md:grid-cols-2">
          <Field label={t("fields.username")} htmlFor="username" required hint={t("new.usernameHint")} errors={fieldErrors.username}>
            <Input id="username" name="username" autoComplete="off" autoCapitalize="none" spellCheck={false} invalid={!!fieldErrors.username} />
          </Field>
          <Field label={t("fields.displayName")} htmlFor="displayName" required errors={fieldErrors.displayName}>
            <Input id="displayName" name="displayName" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} invalid={!!fieldErrors.displayName} />
          </Field>
          <Field label={t("fields.phone")} htmlFor="phone" hint={t("new.phoneHint")} errors={fieldErrors.phone}>
            <Input id="phone" name="phone" inputMode="tel" autoComplete="off" invalid={!!fieldErrors.phone} />
          </Field>
          <Field label={t("fields.email")} htmlFor="email" hint={t("new.emailHint")} errors={fieldErrors.email}>
            <Input id="email" name="email" type="email" autoComplete="off" inputMode="email" placeholder="name@example.com" invalid={!!fieldErrors.email} />
          </Field>
          {canLinkPerson ? (
            <Field label={t("fields.person")} htmlFor="personId" hint={t("new.personHint")} errors={fieldErrors.personId}>
              <PersonPicker
                name="personId"
                inputId="personId"
                invalid={!!fieldErrors.personId}
                onChange={(p) => {
                  if (p && !displayName.trim()) setDisplayName(p.name);
                }}
              />
            </Field>
          ) : null}
        </div>
        <div className="grid gap-4 border-t border-slate-100 pt-5 md:grid-cols-2">
          <Field label={t("fields.role")} htmlFor="role" required hint={t(`roleHints.${role}`)} errors={fieldErrors.role}>
            <Select id="role" name="role" value={role} onChange={(e) => setRole(e.target.value)} invalid={!!fieldErrors.role}>
              {roles.map((r) => (
                <option key={r} value={r}>{tRoles(r)}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("fields.node")} htmlFor="nodeId" required hint={t("new.nodeHint")} errors={fieldErrors.nodeId}>
            <NodePicker name="nodeId" inputId="nodeId" purpose="grant" initial={defaultNode} invalid={!!fieldErrors.nodeId} />
          </Field>
        </div>
        <div className="flex items-center justify-end gap-2 border-t border-slate-100 pt-4">
          <LinkButton href="/users" variant="secondary">{c("cancel")}</LinkButton>
          <SubmitButton pending={pending} pendingText={c("saving")}>{t("new.submit")}</SubmitButton>
        </div>
      </form>
    </Card>
  );
}
