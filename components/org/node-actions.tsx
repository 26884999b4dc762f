"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FolderPlus, MoveRight, Pencil } from "lucide-react";
import { archiveNodeAction, createNodeAction, deleteNodeAction, moveNodeAction, restoreNodeAction, updateNodeAction } from "@/app/actions/org";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Dialog } from "@/components/ui/dialog";
import { Field, Input, Select } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { NodePicker } from "./node-picker";

type Kind = { id: string; code: string; name: string; parentCodes: string[] };
type Node = { id: string; name: string; code: string | null; sortOrder: number; archived: boolean; kindCode: string; kindName: string; parentId: string | null };

export function NodeActions({ node, kinds, can, isEmpty }: {
  node: Node;
  kinds: Kind[];
  can: { edit: boolean; addChild: boolean; moveOrArchive: boolean };
  isEmpty: boolean;
}) {
  const t = useTranslations("org");
  const c = useTranslations("common");
  const router = useRouter();
  const [dialog, setDialog] = useState<"edit" | "add" | "move" | null>(null);
  const close = () => setDialog(null);
  const done = () => (close(), router.refresh());
  const childKinds = kinds.filter((k) => k.parentCodes.includes(node.kindCode));

  const edit = useActionForm(updateNodeAction, done);
  const add = useActionForm(createNodeAction, (d) => (close(), router.push(`/org/${d.id}`)));
  const [moveTo, setMoveTo] = useState<{ id: string; name: string } | null>(null);
  const move = useActionForm(moveNodeAction, done);
  const allowedParentCodes = kinds.find((k) => k.code === node.kindCode)?.parentCodes ?? [];

  return (
    <div className="flex flex-wrap gap-2">
      {can.addChild && !node.archived && childKinds.length ? (
        <Button variant="primary" size="sm" onClick={() => (add.reset(), setDialog("add"))} data-testid="add-child">
          <FolderPlus className="h-4 w-4" /> {t("addChild")}
        </Button>
      ) : null}
      {can.edit ? (
        <Button variant="secondary" size="sm" onClick={() => (edit.reset(), setDialog("edit"))} data-testid="edit-node">
          <Pencil className="h-4 w-4" /> {c("edit")}
        </Button>
      ) : null}
      {can.moveOrArchive && !node.archived ? (
        <Button variant="secondary" size="sm" onClick={() => (move.reset(), setMoveTo(null), setDialog("move"))} data-testid="move-node">
          <MoveRight className="h-4 w-4" /> {t("move")}
        </Button>
      ) : null}
      {can.moveOrArchive && !node.archived ? (
        <ConfirmButton
          label={t("archive")}
          message={t("archiveConfirm", { name: node.name })}
          confirmLabel={t("archive")}
          onConfirm={async () => {
            const r = await archiveNodeAction({ nodeId: node.id });
            if (r.ok) router.refresh();
            return r.ok ? null : r.error;
          }}
        />
      ) : null}
      {can.moveOrArchive && node.archived ? (
        <ConfirmButton
          variant="secondary"
          label={t("restore")}
          message={t("restoreConfirm", { name: node.name })}
          onConfirm={async () => {
            const r = await restoreNodeAction({ nodeId: node.id });
            if (r.ok) router.refresh();
            return r.ok ? null : r.error;
          }}
        />
      ) : null}
      {can.moveOrArchive && isEmpty ? (
        <ConfirmButton
          label={c("delete")}
          message={t("deleteConfirm", { name: node.name })}
          confirmLabel={c("delete")}
          onConfirm={async () => {
            const r = await deleteNodeAction({ nodeId: node.id });
            if (r.ok) router.push(node.parentId ? `/org/${node.parentId}` : "/org");
            return r.ok ? null : r.error;
          }}
        />
      ) : null}

      <Dialog open={dialog === "edit"} onClose={close} title={t("editTitle")}>
        <form onSubmit={edit.onSubmit} className="space-y-4" noValidate>
          {edit.error ? <Alert tone="error">{edit.error}</Alert> : null}
          <input type="hidden" name="nodeId" value={node.id} />
          <Field label={c("name")} htmlFor="edit-name" errors={edit.fieldErrors.name} required>
            <Input id="edit-name" name="name" defaultValue={node.name} maxLength={100} required />
          </Field>
          <Field label={t("code")} htmlFor="edit-code" hint={t("codeHint")} errors={edit.fieldErrors.code}>
            <Input id="edit-code" name="code" defaultValue={node.code ?? ""} maxLength={50} />
          </Field>
          <Field label={t("sortOrder")} htmlFor="edit-sort" errors={edit.fieldErrors.sortOrder}>
            <Input id="edit-sort" name="sortOrder" type="number" min={0} defaultValue={node.sortOrder} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>{c("cancel")}</Button>
            <SubmitButton>{c("save")}</SubmitButton>
          </div>
        </form>
      </Dialog>

      <Dialog open={dialog === "add"} onClose={close} title={t("addChildTitle", { name: node.name })}>
        <form onSubmit={add.onSubmit} className="space-y-4" noValidate>
          {add.error ? <Alert tone="error">{add.error}</Alert> : null}
          <input type="hidden" name="parentId" value={node.id} />
          <Field label={t("kind")} htmlFor="add-kind" errors={add.fieldErrors.kindId} required>
            <Select id="add-kind" name="kindId" defaultValue={childKinds[0]?.id}>
              {childKinds.map((k) => (
                <option key={k.id} value={k.id}>{k.name}</option>
              ))}
            </Select>
          </Field>
          <Field label={c("name")} htmlFor="add-name" errors={add.fieldErrors.name} required>
            <Input id="add-name" name="name" maxLength={100} required autoFocus />
          </Field>
          <Field label={t("code")} htmlFor="add-code" hint={t("codeHint")} errors={add.fieldErrors.code}>
            <Input id="add-code" name="code" maxLength={50} />
          </Field>
          <Field label={t("sortOrder")} htmlFor="add-sort" errors={add.fieldErrors.sortOrder}>
            <Input id="add-sort" name="sortOrder" type="number" min={0} defaultValue={0} />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>{c("cancel")}</Button>
            <SubmitButton>{c("create")}</SubmitButton>
          </div>
        </form>
      </Dialog>

      <Dialog open={dialog === "move"} onClose={close} title={t("moveTitle", { name: node.name })} wide>
        <form onSubmit={move.onSubmit} className="space-y-4" noValidate>
          {move.error ? <Alert tone="error">{move.error}</Alert> : null}
          <input type="hidden" name="nodeId" value={node.id} />
          <input type="hidden" name="newParentId" value={moveTo?.id ?? ""} />
          <p className="text-sm text-slate-600">{t("moveHint", { kinds: kinds.filter((k) => allowedParentCodes.includes(k.code)).map((k) => k.name).join("、") || "—" })}</p>
          <NodePicker
            kindCodes={allowedParentCodes}
            excludePathPrefix={null}
            excludeId={node.id}
            onPick={(n) => setMoveTo(n)}
          />
          {moveTo ? <p className="text-sm">{t("moveTarget")}：<strong>{moveTo.name}</strong></p> : null}
          {move.fieldErrors.newParentId ? <p className="text-xs text-red-600">{move.fieldErrors.newParentId.join("；")}</p> : null}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>{c("cancel")}</Button>
            <SubmitButton>{t("move")}</SubmitButton>
          </div>
        </form>
      </Dialog>
    </div>
  );
}
