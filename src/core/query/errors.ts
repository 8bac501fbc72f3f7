// Lookups answer with a value or a typed error; the custom-functions adapter maps `na` to #N/A
// and `value` to #VALUE!, keeping the message for Excel's error tooltip.

export interface QueryError {
  error: "na" | "value";
  message: string;
}

export type QueryResult<T> = T | QueryError;

export function notAvailable(message: string): QueryError {
  return { error: "na", message };
}

export function invalidValue(message: string): QueryError {
  return { error: "value", message };
}

export function isQueryError(x: unknown): x is QueryError {
  return typeof x === "object" && x !== null && !Array.isArray(x) && "error" in x && "message" in x;
}
