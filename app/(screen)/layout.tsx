import { requirePageActor } from "@/lib/auth/current-actor";

// The big screen (大屏) of the leading group's meeting room: full window, dark, no sidebar.
export default async function ScreenLayout({ children }: { children: React.ReactNode }) {
  await requirePageActor();
  return <div className="min-h-screen bg-slate-950 text-slate-100">{children}</div>;
}
