import { requirePageActor } from "@/lib/auth/current-actor";

// Print views: the document alone on white, no shell.
export default async function PrintLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor();
  return <div className="min-h-screen bg-white">{children}</div>;
}
