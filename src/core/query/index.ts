// Public face of the query layer: what the custom functions and the task pane import.
export { IndicatorIndex } from "./indicator-index";
export type { FoundIndicator, IndexOptions, SeriesPoint, SourceInfo } from "./indicator-index";
export type { IndicatorInfo } from "./names";
export { DEFAULT_REGION } from "./args";
export type { ValueKind } from "./args";
export { isQueryError, invalidValue, notAvailable } from "./errors";
export type { QueryError, QueryResult } from "./errors";
export { foldName } from "./fold";
export { similarity } from "./similarity";
