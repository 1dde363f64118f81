// One place that drives load with autocannon and reduces its result to the figures we report.
import autocannon from 'autocannon';

/** Defaults of every measurement: 16 connections, 8 s. `BENCH_DURATION` (seconds) overrides. */
export const LOAD_DEFAULTS = { connections: 16, duration: Number(process.env.BENCH_DURATION ?? 8) };

/**
 * @typedef {{ rps: number, p50: number, p99: number, requests: number, errors: number, non2xx: number, statusCodes: Record<string, number>, valid: boolean }} Measurement
 */

/**
 * Runs autocannon and reduces its result. A measurement is `valid` only when every response was
 * `expectStatus` (200 by default) and nothing errored or timed out.
 *
 * @param {import('autocannon').Options & { expectStatus?: number }} options
 * @returns {Promise<Measurement>}
 */
export async function measure({ expectStatus = 200, ...options }) {
  const result = await autocannon({ ...LOAD_DEFAULTS, ...options });
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([status, { count }]) => [status, count]),
  );
  const errors = result.errors + result.timeouts;
  const unexpected = Object.entries(statusCodes).some(
    ([status, count]) => Number(status) !== expectStatus && count > 0,
  );
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors,
    non2xx: result.non2xx,
    statusCodes,
    valid: errors === 0 && !unexpected && result.requests.total > 0,
  };
}

/** Warms a server up (JIT, key caches) before it is measured. */
export async function warmUp(options) {
  await autocannon({ connections: LOAD_DEFAULTS.connections, duration: 2, ...options });
}

/** The measurement with the median req/s of several rounds (each must be valid). */
export function median(measurements) {
  const sorted = [...measurements].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * Formats rows of `{ name, rps, p50, p99, valid }` as a plain table, with a ratio column per
 * entry of `bases` (`{ label: row }`).
 */
export function table(rows, bases = {}) {
  const labels = Object.keys(bases);
  const head = `${'name'.padEnd(44)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`;
  const lines = [`${head}${labels.map((l) => `  ${l.padStart(10)}`).join('')}`];
  for (const row of rows) {
    const ratios = labels.map((l) => `  ${(row.rps / bases[l].rps).toFixed(2).padStart(10)}`).join('');
    const flag = row.valid === false ? '  INVALID (errors or non-200)' : '';
    lines.push(
      `${row.name.padEnd(44)} ${String(row.rps).padStart(8)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(8)}${ratios}${flag}`,
    );
  }
  return lines.join('\n');
}
