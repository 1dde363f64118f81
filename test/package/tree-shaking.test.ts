// Checks that an app bundling the built package (dist/, what users install) carries only what it
// uses: a sign-in-only app (exchange a code, verify the id_token — the bundle of the OIDC
// benchmark) must not carry the kapi code table or the KOE codes Kakao only shows on its own page.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { oursSource } from '../../bench/oidc/bundle-size.mjs';

const root = resolve(import.meta.dirname, '../..');
const entry = join(root, 'dist', 'index.js');
let bundle: string;

async function bundleOf(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error('dist/index.js is missing: run `npm run build` (npm test does).');
  bundle = await bundleOf(oursSource(entry));
});

describe('tree-shaking of dist/ for a sign-in-only app', () => {
  it('keeps what the sign-in path uses (the token-stage KOE table, jose verification)', () => {
    expect(bundle).toContain('Authorization code not found');
    expect(bundle).toContain('compactVerify');
  });

  it('drops the kapi code table', () => {
    expect(bundle).not.toContain('unregistered_developer_key');
    expect(bundle).not.toContain('The service is under maintenance.');
  });

  it('drops the KOE codes shown only on Kakao error page', () => {
    expect(bundle).not.toContain('Kakao Business authentication error');
    expect(bundle).not.toContain('Requested scope not configured in the app.');
  });

  it('drops the kapi-only helpers of the user model', () => {
    expect(bundle).not.toContain('email_needs_agreement');
  });

  it('does carry the kapi table when the app calls a kapi endpoint', async () => {
    const withUser = await bundleOf(
      `import { createKakaoClient, getUser } from ${JSON.stringify(entry)};
export const me = (accessToken) => getUser(createKakaoClient({ restApiKey: 'k' }), { accessToken });`,
    );
    expect(withUser).toContain('unregistered_developer_key');
  });
});
