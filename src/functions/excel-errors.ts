/// <reference path="./custom-functions.d.ts" />
// Query errors → Excel errors: `na` shows as #N/A, `value` as #VALUE!, with the message in
// the cell's error tooltip.
import { QueryError, QueryResult, isQueryError } from "../core/query";

export function toExcelError(error: QueryError): CustomFunctions.Error {
  const code = error.error === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, error.message);
}

/** The value, or throw the matching Excel error (how custom functions return errors). */
export function answer<T>(result: QueryResult<T>): T {
  if (isQueryError(result)) throw toExcelError(result);
  return result;
}

/** A blank inside a spilled array: #N/A, which charts skip instead of plotting as zero. */
export function gapCell(): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
}
