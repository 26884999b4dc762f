import { describe, expect, expectTypeOf, it } from "vitest";
import { inOrder } from "@/lib/db/in-order";

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

describe("inOrder", () => {
  it("starts each step only after the one before has finished, and returns the results in order", async () => {
    const log: string[] = [];
    const step = <T>(name: string, value: T) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      return value;
    };
    const result = await inOrder([step("a", 1), step("b", "two"), step("c", null)]);
    expect(result).toEqual([1, "two", null]);
    expect(log).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("stops at the first failure: later steps never start", async () => {
    const started: string[] = [];
    const run = inOrder([
      async () => {
        started.push("a");
        throw new Error("boom");
      },
      async () => {
        started.push("b");
        return 2;
      },
    ]);
    await expect(run).rejects.toThrow("boom");
    expect(started).toEqual(["a"]);
  });

  it("accepts plain values and nested calls, and an empty list", async () => {
    expect(await inOrder([() => 1, () => inOrder([() => Promise.resolve("x"), () => [] as string[]])])).toEqual([1, ["x", []]]);
    expect(await inOrder([])).toEqual([]);
  });

  it("is typed like Promise.all: a tuple for a literal list, an array for a mapped one", async () => {
    const [n, s, maybe] = await inOrder([() => Promise.resolve(1), async () => "s", () => (Math.random() > 2 ? Promise.resolve(true) : null)]);
    expectTypeOf(n).toEqualTypeOf<number>();
    expectTypeOf(s).toEqualTypeOf<string>();
    expectTypeOf(maybe).toEqualTypeOf<boolean | null>();
    const [first, ...rest] = await inOrder([() => Promise.resolve(0), ...[1, 2].map((i) => () => Promise.resolve(String(i)))]);
    expectTypeOf(first).toEqualTypeOf<number>();
    expectTypeOf(rest).toEqualTypeOf<string[]>();
    expect([first, ...rest]).toEqual([0, "1", "2"]);
  });
});
