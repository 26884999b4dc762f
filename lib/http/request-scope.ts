import "server-only";
// The request a piece of server code is answering: its headers and cookies. API routes (defineRoute) run their
// handler inside a scope made from the route's own Request, so the code under them reads the request without
// Next's request context; that lets the server's fast lane (lib/cli/server.mjs) call a route's compiled handler
// directly. Pages, layouts and actions have no scope and read Next's headers() and cookies() as before.
import { AsyncLocalStorage } from "node:async_hooks";
import { cookies, headers } from "next/headers";
import type { NextRequest } from "next/server";

type Scope = { req: NextRequest; memo: Map<string, Promise<unknown>> };

const storage = new AsyncLocalStorage<Scope>();

/** Run `fn` as the answer to `req`: requestHeaders() and requestCookie() below read this request. */
export function runInRequestScope<T>(req: NextRequest, fn: () => Promise<T>): Promise<T> {
  return storage.run({ req, memo: new Map() }, fn);
}

export async function requestHeaders(): Promise<Pick<Headers, "get" | "has">> {
  return storage.getStore()?.req.headers ?? (await headers());
}

export async function requestCookie(name: string): Promise<string | undefined> {
  const scope = storage.getStore();
  if (scope) return scope.req.cookies.get(name)?.value;
  return (await cookies()).get(name)?.value;
}

/**
 * Once per request: inside a route's scope the first call's promise is kept for the rest of the request (React's
 * cache does the same for pages, where there is no scope; the caller wraps this in cache() for them).
 */
export function oncePerRequest<T>(key: string, fn: () => Promise<T>): () => Promise<T> {
  return () => {
    const scope = storage.getStore();
    if (!scope) return fn();
    let p = scope.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fn();
      scope.memo.set(key, p);
    }
    return p;
  };
}
