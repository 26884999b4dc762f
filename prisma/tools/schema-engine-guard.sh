#!/bin/sh
# Prisma's native schema engine is downloaded from binaries.prisma.sh, which this network does not reach.
# `prisma generate` only needs this path to exist; it never runs it. Anything that does run it lands here.
echo "The native Prisma schema engine is not available here." >&2
echo "Use: npm run db:migrate (apply) and npm run db:migration -- <name> (write the next migration)." >&2
exit 1
