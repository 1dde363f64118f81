// Types for scripts/system-packages.mjs (imported by its test).

/** A system package the tests need: a file checked at its path, or a command looked up on PATH. */
export interface Requirement {
  debianPackage: string;
  file?: string;
  command?: string;
  neededBy: string;
}
export const REQUIREMENTS: readonly Requirement[];
export function onPath(command: string, PATH: string | undefined): boolean;
export function missingPackages(
  system: { PATH: string | undefined; exists?: (path: string) => boolean },
  requirements?: readonly Requirement[],
): string[];
export type Plan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; line: string };
export function decide(facts: { missing: string[]; isRoot: boolean; hasApt: boolean }): Plan;
export function ensureSystemPackages(env?: Record<string, string | undefined>): string | undefined;
