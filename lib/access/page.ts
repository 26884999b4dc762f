import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "./errors";

/**
 * For pages: a row outside the actor's scope (or a permission they lack) renders Next's 404 page, exactly like
 * an id that does not exist. Other errors go to the error boundary.
 */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof AppError && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  }
}
