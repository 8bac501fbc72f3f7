/// <reference path="./custom-functions.d.ts" />
// Every GC.* function is a streaming function: it answers once the workbook has been read and
// answers again whenever the store changes (load, add reports, a correction, reopening). So
// formula cells follow the workbook's data without a full recalculation, which would also
// recalculate every other add-in's functions. Excel restarts streaming functions when a saved
// workbook is opened, unlike plain custom functions, which keep their saved values until
// something recalculates them (OfficeDev/office-js issues #2220 and #6556).
import { isReady, onBundleChange } from "../shared/workbook-store";

type Answer<T> = T | CustomFunctions.Error;

/** The answer, or the Excel error it threw (a streaming function reports errors via setResult). */
function settle<T>(compute: () => T): Answer<T> {
  try {
    return compute();
  } catch (err) {
    if (err instanceof CustomFunctions.Error) return err;
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, err instanceof Error ? err.message : String(err));
  }
}

/** Equal answers have equal fingerprints, so an unchanged answer is not sent again. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v instanceof CustomFunctions.Error ? { error: v.code, message: v.message ?? "" } : v));
}

/** Streams compute()'s answer into the invocation's cell until Excel cancels it. */
export function follow<T>(invocation: CustomFunctions.StreamingInvocation<T>, compute: () => T): void {
  let last: string | undefined;
  const send = (): void => {
    const result = settle(compute);
    const print = fingerprint(result);
    if (print === last) return;
    last = print;
    invocation.setResult(result);
  };
  const stop = onBundleChange(send);
  invocation.onCanceled = stop;
  if (isReady()) send();
}
