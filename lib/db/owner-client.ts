// A Prisma client on the owner connection, for command-line tools (seed, backup checks) and test set-up only.
// The running app never uses it.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";

export function ownerClient(ownerUrl: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl, max: 5 }) });
}
