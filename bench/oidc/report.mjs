// Ratios and the plain-text table of the OIDC benchmark.

export const OURS = 'kakao-oauth verifyIdToken (warm JWKS)';
export const JOSE = 'jose jwtVerify (raw, key in hand)';
export const OPENID_CLIENT = 'openid-client authorizationCodeGrant';
export const EXCHANGE = 'kakao-oauth exchangeCode + verify';

const COLUMNS = { wall1: 'wall 1w', wall8: 'wall 8w', cpu1: 'cpu 1w', cpu8: 'cpu 8w' };
const RATIOS = {
  verifyVsOpenidClient: 'verifyIdToken / openid-client (>= 1.5)',
  verifyVsRawJose: 'verifyIdToken / raw jose (>= 0.9)',
  exchangeVsOpenidClient: 'exchangeCode+verify / openid-client',
};

/** The ratios of one column of medians. */
export function ratiosOf(m) {
  const r = (a, b) => Number((a / b).toFixed(2));
  return {
    verifyVsOpenidClient: r(m[OURS], m[OPENID_CLIENT]),
    verifyVsRawJose: r(m[OURS], m[JOSE]),
    exchangeVsOpenidClient: r(m[EXCHANGE], m[OPENID_CLIENT]),
  };
}

function row(label, cells, width = 44) {
  return `${label.padEnd(width)}${cells.map((c) => String(c).padStart(10)).join('')}`;
}

/** Prints the whole result as plain tables. */
export function printReport(r) {
  console.log(`node ${r.node} · ${r.cpu} · load ${r.loadAverage.join(' ')}\n`);
  const columns = Object.keys(COLUMNS);
  console.log(row('verifications/s (median)', Object.values(COLUMNS)));
  for (const name of Object.keys(r.throughputOpsPerSec.wall1)) {
    console.log(
      row(
        name,
        columns.map((c) => r.throughputOpsPerSec[c][name]),
      ),
    );
  }
  for (const [key, label] of Object.entries(RATIOS)) {
    console.log(
      row(
        label,
        columns.map((c) => r.ratios[c][key]),
      ),
    );
  }
  console.log(`\n${row('cold import of the entry (median ms)', ['ms'])}`);
  for (const [name, ms] of Object.entries(r.coldImportMs)) console.log(row(name, [ms]));
  console.log(`\n${row('bundle: code exchange + id_token check', ['min', 'min+gz'])}`);
  for (const [name, size] of Object.entries(r.bundleBytes))
    console.log(row(name, [size.minified, size.gzipped]));
  console.log(`(${r.bundleNote})`);
}
