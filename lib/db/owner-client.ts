// A Prisma client on the owner connection, for command-line tools (seed, backup checks) and test set-up only.
// The running app never uses it.
import { PrismaClient } from "../generated/prisma/client";
import { serialPrismaPg } from "./serial-adapter";

export function ownerClient(ownerUrl: string) {
  return new PrismaClient({ adapter: serialPrismaPg({ connectionString: ownerUrl, max: 5 }) });
}
