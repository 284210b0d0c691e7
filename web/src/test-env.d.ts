// The few Node APIs the unit tests use (the project does not depend on @types/node).
declare module 'node:test' {
  export function test(name: string, fn: () => void | Promise<void>): void;
}
declare module 'node:assert/strict' {
  const assert: {
    (value: unknown, message?: string): void;
    equal(actual: unknown, expected: unknown, message?: string): void;
    deepEqual(actual: unknown, expected: unknown, message?: string): void;
    match(actual: string, re: RegExp, message?: string): void;
    ok(value: unknown, message?: string): void;
  };
  export default assert;
}
