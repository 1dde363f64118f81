import { describe, expect, it } from 'vitest';
import { DEFAULT_APP, DEFAULT_REDIRECT_URI } from '../../../src/emulator/index.js';
import { DEFAULT_JAVASCRIPT_KEY } from '../../../src/emulator/model/defaults.js';
import { getLink } from '../../../src/emulator/model/lookup.js';
import {
  authorizeUrl,
  get,
  hiddenQuery,
  interactiveCode,
  postForm,
  redirectParams,
  signIn,
  testEmulator,
} from '../helpers.js';

const USER = '1376016924426111111';
const CHALLENGE = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

async function errorPage(response: Response) {
  return {
    status: response.status,
    code: response.headers.get('x-kakao-error-code'),
    html: await response.text(),
  };
}

describe('/oauth/authorize error pages (spec §3.4 b)', () => {
  const cases: [string, Record<string, string>, string][] = [
    ['unknown client_id', { client_id: 'nope' }, 'KOE101'],
    ['missing client_id', { client_id: '' }, 'KOE207'],
    ['unregistered redirect_uri', { redirect_uri: 'http://127.0.0.1:8719/other' }, 'KOE006'],
    ['redirect_uri differing by a trailing slash', { redirect_uri: `${DEFAULT_REDIRECT_URI}/` }, 'KOE006'],
    ['missing redirect_uri', { redirect_uri: '' }, 'KOE207'],
    ['response_type=token', { response_type: 'token' }, 'KOE202'],
    ['unsupported response_type', { response_type: 'id_token' }, 'KOE201'],
    ['missing response_type', { response_type: '' }, 'KOE207'],
    ['unconfigured scope', { scope: 'profile_nickname,friends' }, 'KOE205'],
    ['unknown prompt', { prompt: 'sometimes' }, 'KOE204'],
    ['prompt=none with login', { prompt: 'none,login' }, 'KOE204'],
    ['unknown service term', { service_terms: 'terms_of_use,nope' }, 'KOE205'],
    ['channel_public_id without a linked channel', { channel_public_id: '_ZeUTxl' }, 'KOE102'],
  ];

  it.each(cases)('%s → 400 page with %s, never a redirect', async (_name, params, code) => {
    const emulator = await testEmulator({ autoLogin: true });
    const page = await errorPage(await get(emulator, authorizeUrl(emulator, params)));
    expect(page.status).toBe(400);
    expect(page.code).toBe(code);
    expect(page.html).toContain(`<span id="error-code">${code}</span>`);
    expect(page.html).toContain('앱 관리자 설정 오류');
  });

  it('Kakao Login disabled → KOE004', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.loginEnabled = false;
    expect((await errorPage(await get(emulator, authorizeUrl(emulator)))).code).toBe('KOE004');
  });

  it('test app and a non-member → KOE005', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.members = ['1376016924426222222'];
    expect((await errorPage(await get(emulator, authorizeUrl(emulator)))).code).toBe('KOE005');
  });

  it('accepts a linked channel_public_id', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    emulator.state.apps[0]!.channelPublicIds = ['_ZeUTxl'];
    const response = await get(emulator, authorizeUrl(emulator, { channel_public_id: '_ZeUTxl' }));
    expect(redirectParams(response).get('code')).toBeTruthy();
  });

  it('escapes what it echoes', async () => {
    const emulator = await testEmulator();
    const html = (await errorPage(await get(emulator, authorizeUrl(emulator, { response_type: '<script>' }))))
      .html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('/oauth/authorize redirects', () => {
  it('answers 302 with Content-Length 0, the code and the state (signed-in, linked user)', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const response = await get(emulator, authorizeUrl(emulator, { state: 'st-1' }));
    expect(response.status).toBe(302);
    expect(response.headers.get('content-length')).toBe('0');
    const params = redirectParams(response);
    expect(params.get('state')).toBe('st-1');
    expect(params.get('code')).toMatch(/^[A-Za-z0-9_-]{80,}$/);
    expect(response.headers.get('location')!.startsWith(`${DEFAULT_REDIRECT_URI}?`)).toBe(true);
  });

  it('omits state when the request had none', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    expect(redirectParams(await get(emulator, authorizeUrl(emulator))).has('state')).toBe(false);
  });

  it('accepts the JavaScript key as client_id', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const response = await get(emulator, authorizeUrl(emulator, { client_id: DEFAULT_JAVASCRIPT_KEY }));
    expect(redirectParams(response).get('code')).toBeTruthy();
  });

  it('rejects PKCE plain and a missing method with invalid_request (redirect, state kept)', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    for (const params of <Record<string, string>[]>[
      { code_challenge: CHALLENGE, code_challenge_method: 'plain', state: 's' },
      { code_challenge: CHALLENGE, state: 's' },
      { code_challenge: 'short', code_challenge_method: 'S256', state: 's' },
    ]) {
      const redirect = redirectParams(await get(emulator, authorizeUrl(emulator, params)));
      expect(redirect.get('error')).toBe('invalid_request');
      expect(redirect.get('state')).toBe('s');
      expect(redirect.has('code')).toBe(false);
    }
  });

  it('prompt=none without a session → login_required', async () => {
    const emulator = await testEmulator();
    const redirect = redirectParams(
      await get(emulator, authorizeUrl(emulator, { prompt: 'none', state: 'x' })),
    );
    expect(redirect.get('error')).toBe('login_required');
    expect(redirect.get('state')).toBe('x');
  });

  it('prompt=none with a session but no link → consent_required', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    const response = await get(emulator, authorizeUrl(emulator, { prompt: 'none' }));
    const redirect = redirectParams(response);
    expect(redirect.get('error')).toBe('consent_required');
    expect(redirect.get('error_description')).toBe('user consent required.');
    expect(response.headers.get('location')).toContain('error_description=user%20consent%20required.');
  });

  it('prompt=none for a linked user asking a new scope → consent_required; nothing new → code', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    await get(emulator, authorizeUrl(emulator));
    const more = redirectParams(
      await get(emulator, authorizeUrl(emulator, { prompt: 'none', scope: 'talk_message' })),
    );
    expect(more.get('error')).toBe('consent_required');
    const same = redirectParams(await get(emulator, authorizeUrl(emulator, { prompt: 'none' })));
    expect(same.get('code')).toBeTruthy();
  });

  it('prompt=none when only a required service term is missing → interaction_required', async () => {
    const emulator = await testEmulator({ autoLogin: true });
    await get(emulator, authorizeUrl(emulator));
    emulator.state.apps[0]!.serviceTerms.push({ tag: 'new_terms', title: '새 약관', required: true });
    const redirect = redirectParams(await get(emulator, authorizeUrl(emulator, { prompt: 'none' })));
    expect(redirect.get('error')).toBe('interaction_required');
  });

  it('blocks under-14 users when the app forbids them → access_denied', async () => {
    const emulator = await testEmulator({ autoLogin: '1376016924426444444' });
    emulator.state.apps[0]!.blockUnder14 = true;
    const redirect = redirectParams(await get(emulator, authorizeUrl(emulator, { state: 'u' })));
    expect(redirect.get('error')).toBe('access_denied');
    expect(redirect.get('error_description')).toBe('Not allowed under age 14');
    expect(redirect.get('state')).toBe('u');
  });
});

describe('/oauth/authorize pages', () => {
  it('shows the sign-in page without a session, with labelled radios and keep-signed-in', async () => {
    const emulator = await testEmulator();
    const response = await get(emulator, authorizeUrl(emulator));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html;charset=UTF-8');
    expect(html).toContain('<html lang="ko">');
    expect(html).toContain('<form method="post" action="/oauth/authorize/signin"');
    expect(html).toContain(`<label for="user-${USER}"><input type="radio" name="user_id" id="user-${USER}"`);
    expect(html).toContain('name="keep_signed_in" id="keep-signed-in"');
    expect(html).toContain('로그인 상태 유지');
    expect(html).toContain('Keep me signed in');
  });

  it('pre-selects the login_hint user', async () => {
    const emulator = await testEmulator();
    const html = await (
      await get(emulator, authorizeUrl(emulator, { login_hint: 'seoyeon.lee@example.net' }))
    ).text();
    expect(html).toMatch(/id="user-1376016924426222222" value="1376016924426222222" checked/);
  });

  it('sign in → consent lists required and optional items → agree → code; link and consents stored', async () => {
    const emulator = await testEmulator();
    const { response, cookie } = await signIn(emulator, authorizeUrl(emulator, { state: 'p' }), USER);
    expect(cookie).toMatch(/^_kawlt=/);
    const html = await response.text();
    expect(html).toContain('id="scope-profile_nickname" value="profile_nickname" required');
    expect(html).toContain('id="scope-account_email" value="account_email">');
    expect(html).not.toContain('id="scope-talk_message"');
    expect(html).toContain('id="term-terms_of_use" value="terms_of_use" required');
    const form = {
      authorize_query: hiddenQuery(html),
      action: 'agree',
      scope: ['profile_nickname', 'account_email'],
      service_terms: ['terms_of_use', 'privacy_policy'],
    };
    const done = await postForm(emulator, `${emulator.authUrl}/oauth/authorize/consent`, form, { cookie });
    expect(done.status).toBe(302);
    expect(redirectParams(done).get('state')).toBe('p');
    const link = getLink(emulator.state, DEFAULT_APP.id, USER)!;
    expect([...link.agreedScopes].sort()).toEqual(['account_email', 'profile_nickname']);
    expect([...link.serviceTerms.keys()].sort()).toEqual(['privacy_policy', 'terms_of_use']);
    expect(link.serviceTerms.get('terms_of_use')?.agreedBy).toBe('KAUTH');
  });

  it('refuses "agree" without the required items and shows the page again', async () => {
    const emulator = await testEmulator();
    const { response, cookie } = await signIn(emulator, authorizeUrl(emulator), USER);
    const form = {
      authorize_query: hiddenQuery(await response.text()),
      action: 'agree',
      scope: ['account_email'],
    };
    const again = await postForm(emulator, `${emulator.authUrl}/oauth/authorize/consent`, form, { cookie });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('role="alert"');
    expect(getLink(emulator.state, DEFAULT_APP.id, USER)).toBeUndefined();
  });

  it('cancel → access_denied "User denied access" with state; nothing linked', async () => {
    const emulator = await testEmulator();
    const { response, cookie } = await signIn(emulator, authorizeUrl(emulator, { state: 'c' }), USER);
    const form = { authorize_query: hiddenQuery(await response.text()), action: 'cancel' };
    const redirect = redirectParams(
      await postForm(emulator, `${emulator.authUrl}/oauth/authorize/consent`, form, { cookie }),
    );
    expect(redirect.get('error')).toBe('access_denied');
    expect(redirect.get('error_description')).toBe('User denied access');
    expect(redirect.get('state')).toBe('c');
    expect(getLink(emulator.state, DEFAULT_APP.id, USER)).toBeUndefined();
  });

  it('sign-in without choosing a user → 400 page with an alert', async () => {
    const emulator = await testEmulator();
    const page = await get(emulator, authorizeUrl(emulator));
    const form = { authorize_query: hiddenQuery(await page.text()), action: 'signin' };
    const response = await postForm(emulator, `${emulator.authUrl}/oauth/authorize/signin`, form);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('id="signin-problem"');
  });

  it('a signed-in, linked user gets a code at once; prompt=login shows sign-in again', async () => {
    const emulator = await testEmulator();
    const { cookie } = await interactiveCode(emulator);
    const again = await get(emulator, authorizeUrl(emulator), { cookie });
    expect(redirectParams(again).get('code')).toBeTruthy();
    const forced = await get(emulator, authorizeUrl(emulator, { prompt: 'login' }), { cookie });
    expect(forced.status).toBe(200);
    expect(await forced.text()).toContain('id="signin-form"');
  });

  it('additional consent: a linked user asking a new scope sees only that item', async () => {
    const emulator = await testEmulator();
    const { cookie } = await interactiveCode(emulator);
    const html = await (
      await get(emulator, authorizeUrl(emulator, { scope: 'talk_message' }), { cookie })
    ).text();
    expect(html).toContain('id="scope-talk_message"');
    expect(html).not.toContain('id="scope-profile_nickname"');
    expect(html).not.toContain('id="term-');
  });

  it('sessions last 24 h, or 30 days with keep-signed-in (cookie Max-Age)', async () => {
    const emulator = await testEmulator();
    const { cookie } = await interactiveCode(emulator);
    emulator.state.clock.advance(24 * 3_600_000);
    expect((await get(emulator, authorizeUrl(emulator), { cookie })).status).toBe(200);
    const kept = await signIn(emulator, authorizeUrl(emulator), USER, true);
    expect(kept.response.headers.getSetCookie()[0]).toContain(`Max-Age=${30 * 86400}`);
    emulator.state.clock.advance(29 * 86_400_000);
    expect((await get(emulator, authorizeUrl(emulator), { cookie: kept.cookie })).status).toBe(302);
  });

  it('consent POST without a session shows the sign-in page again', async () => {
    const emulator = await testEmulator();
    const page = await get(emulator, authorizeUrl(emulator));
    const form = { authorize_query: hiddenQuery(await page.text()), action: 'agree_all' };
    const response = await postForm(emulator, `${emulator.authUrl}/oauth/authorize/consent`, form);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('id="signin-form"');
  });

  it('forms carry the authorize request, validated again (a forged redirect_uri → KOE006)', async () => {
    const emulator = await testEmulator();
    const query = new URL(authorizeUrl(emulator, { redirect_uri: 'https://evil.example/cb' })).search.slice(
      1,
    );
    const response = await postForm(emulator, `${emulator.authUrl}/oauth/authorize/signin`, {
      authorize_query: query,
      user_id: USER,
    });
    expect(response.headers.get('x-kakao-error-code')).toBe('KOE006');
  });

  it('answers 405 for POST /oauth/authorize and a plain 404 page (no KOE code) for an unknown path', async () => {
    const emulator = await testEmulator();
    expect((await postForm(emulator, `${emulator.authUrl}/oauth/authorize`, {})).status).toBe(405);
    const missing = await get(emulator, `${emulator.authUrl}/oauth/nothing<b>`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-kakao-error-code')).toBeNull();
    const html = await missing.text();
    expect(html).not.toContain('KOE002');
    expect(html).toContain('/oauth/nothing%3Cb%3E');
  });

  it('the KOE006 page names the refused redirect URI, escaped', async () => {
    const emulator = await testEmulator();
    const refused = 'http://localhost:3000/cb?x="><script>alert(1)</script>';
    const response = await get(emulator, authorizeUrl(emulator, { redirect_uri: refused }));
    expect(response.headers.get('x-kakao-error-code')).toBe('KOE006');
    const html = await response.text();
    expect(html).toContain('http://localhost:3000/cb?x=\\&quot;&gt;&lt;script&gt;');
    expect(html).not.toContain('<script>');
  });
});
