// Fluent 2 light theme as CSS custom properties (--colorBrandBackground, --fontFamilyBase…),
// which taskpane.css uses so the pane looks like Office. The Fluent web components themselves
// are not bundled: their ESM build needs @microsoft/fast-element, which is not installed, and
// the self-contained build weighs ~270 KB minified for a handful of buttons.
import { webLightTheme } from "@fluentui/tokens";

export function applyFluentTheme(root: HTMLElement = document.documentElement): void {
  for (const [name, value] of Object.entries(webLightTheme)) root.style.setProperty(`--${name}`, String(value));
}
