"use server";
import { defineAction } from "@/lib/access/define-action";
import {
  assignRoleSchema,
  createUserSchema,
  followSchema,
  removeRoleSchema,
  updateUserSchema,
  userIdSchema,
} from "@/lib/users/schemas";
import {
  assignRole,
  createUser,
  deleteUser,
  removeRole,
  resetUserPassword,
  setFollowedUnits,
  signOutUserEverywhere,
  updateUser,
} from "@/lib/users/write-users";

export const createUserAction = defineAction({ permission: "users.write", input: createUserSchema }, ({ actor, input }) =>
  createUser({ actor, data: input }),
);

export const updateUserAction = defineAction({ permission: "users.write", input: updateUserSchema }, ({ actor, input }) =>
  updateUser({ actor, data: input }),
);

export const resetUserPasswordAction = defineAction({ permission: "users.write", input: userIdSchema }, ({ actor, input }) =>
  resetUserPassword({ actor, data: input }),
);

export const signOutUserAction = defineAction({ permission: "users.write", input: userIdSchema }, ({ actor, input }) =>
  signOutUserEverywhere({ actor, data: input }),
);

export const assignRoleAction = defineAction({ permission: "users.write", input: assignRoleSchema }, ({ actor, input }) =>
  assignRole({ actor, data: input }),
);

export const removeRoleAction = defineAction({ permission: "users.write", input: removeRoleSchema }, ({ actor, input }) =>
  removeRole({ actor, data: input }),
);

export const setFollowedUnitsAction = defineAction({ permission: "users.write", input: followSchema }, ({ actor, input }) =>
  setFollowedUnits({ actor, data: input }),
);

export const deleteUserAction = defineAction({ permission: "users.write", input: userIdSchema }, ({ actor, input }) =>
  deleteUser({ actor, data: input }),
);
