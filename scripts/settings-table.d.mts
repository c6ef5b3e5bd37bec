// Types for scripts/settings-table.mjs, so the unit tests (TypeScript) can import it under `strict`.
export interface ManifestLike {
  contributes?: {
    configuration?: { properties?: Record<string, unknown> } | Array<{ properties?: Record<string, unknown> }>;
    commands?: Array<{ command: string; title: string; category?: string }>;
    keybindings?: Array<{ command: string; key?: string; mac?: string; linux?: string; win?: string; when?: string }>;
    menus?: { commandPalette?: Array<{ command: string; when?: string }> };
  };
}
export function settingsOf(pkg: ManifestLike): Array<{ key: string; spec: Record<string, unknown> }>;
export function settingsTable(pkg: ManifestLike): string;
export function commandsTable(pkg: ManifestLike): string;
