import clsx, { type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/** Class names with Tailwind conflicts resolved (a caller's w-36 wins over a primitive's w-full). */
export const cn = (...inputs: ClassValue[]) => twMerge(clsx(inputs));
