// A minimal stand-in for the custom-functions runtime's globals, which only exist inside
// Excel: the Error class and the ErrorCode values the adapter uses.
export class FakeCustomFunctionsError {
  constructor(public code: string, public message?: string) {}
}

export function installCustomFunctionsGlobal(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    associate: () => undefined,
  };
}

/** Run fn and return what it threw (failing the test if it returned instead). */
export function thrownBy(fn: () => unknown): FakeCustomFunctionsError {
  try {
    const value = fn();
    throw new Error(`expected an Excel error, got ${JSON.stringify(value)}`);
  } catch (err) {
    if (err instanceof FakeCustomFunctionsError) return err;
    throw err;
  }
}
