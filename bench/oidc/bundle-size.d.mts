// Types of bundle-size.mjs, for the package test that bundles the same sign-in-only app.
export function oursSource(entryPath: string): string;
export const openidClientSource: string;
export const joseVerifyOnlySource: string;
export function bundleSize(
  source: string,
  resolveDir: string,
): Promise<{ minified: number; gzipped: number }>;
