// The part of the custom-functions runtime API this add-in uses. @types/custom-functions-runtime
// is not among the project's dependencies; if it is added, delete this file.
declare namespace CustomFunctions {
  /** Excel error values a custom function can return (the enum's values are what cells show). */
  enum ErrorCode {
    invalidValue = "#VALUE!",
    notAvailable = "#N/A",
    divisionByZero = "#DIV/0!",
    invalidNumber = "#NUM!",
    nullReference = "#NULL!",
    invalidName = "#NAME?",
    invalidReference = "#REF!",
  }

  /** Thrown (or placed in a returned array) to show an Excel error with an optional message. */
  class Error {
    constructor(code: ErrorCode, message?: string);
    code: ErrorCode;
    message?: string;
  }

  /** A function Excel may cancel (the cell was deleted or its formula changed). */
  interface CancelableInvocation {
    onCanceled: () => void;
  }

  /** A streaming function's link to its cell: results are sent, not returned. */
  interface StreamingInvocation<ResultType> extends CancelableInvocation {
    setResult: (value: ResultType | Error) => void;
  }

  /** Maps a functions.json id to its implementation (added by the metadata plugin's loader). */
  function associate(id: string, fn: Function): void;
}
