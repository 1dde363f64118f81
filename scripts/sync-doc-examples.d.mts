// Types for scripts/sync-doc-examples.mjs (imported by the docs test).

/** The lines between `// #region NAME` and `// #endregion NAME`, every such region in order. */
export function region(text: string, name: string): string;
