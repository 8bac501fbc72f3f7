// Types for manifest-checks.js (plain CommonJS so `npm run validate` needs no compiler).
export interface ManifestSummary {
  origin: string | undefined;
  runtime: { resid: string; url: string | undefined } | undefined;
  commands: string[];
  resources: number;
}
export interface ManifestCheck {
  problems: string[];
  summary: ManifestSummary | null;
}
export function checkManifest(xmlText: string, options: { assetsDir: string; commandsSource?: string }): ManifestCheck;
export function rehostManifest(xmlText: string, fromOrigin: string, toOrigin: string): string;
export function pngSize(bytes: Buffer): { width: number; height: number } | null;
export const DEV_ORIGIN: string;
