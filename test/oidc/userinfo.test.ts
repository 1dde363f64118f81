import { describe, expect, it } from 'vitest';
import {
  createKakaoClient,
  getOidcUserInfo,
  getTokenInfo,
  KakaoApiError,
  KakaoResponseError,
} from '../../src/index.js';

const ACCESS_TOKEN = 'waizjTni01I3-ODHM65TkWX6al1fbXZXAAAAAQoXEC8AAAGV1kYOqS2N1GIgzv2p';
const ID_TOKEN = 'eyJraWQiOiJrIiwiYWxnIjoiUlMyNTYifQ.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

function kakaoAnswering(answer: (request: Request) => Response) {
  const requests: Request[] = [];
  const kakao = createKakaoClient({
    restApiKey: 'rest-key',
    authUrl: 'https://kauth.test.invalid',
    apiUrl: 'https://kapi.test.invalid',
    retry: false,
    fetch: async (request) => {
      requests.push(request.clone());
      return answer(request);
    },
  });
  return { kakao, requests };
}

describe('getOidcUserInfo', () => {
  it('GETs kapi /v1/oidc/userinfo with the Bearer token and returns the claims, big ids as strings', async () => {
    const { kakao, requests } = kakaoAnswering(
      () =>
        new Response('{"sub":"1376016924426111111","email":"user@example.com","email_verified":true}', {
          headers: { 'content-type': 'application/json;charset=UTF-8' },
        }),
    );
    const info = await getOidcUserInfo(kakao, { accessToken: ACCESS_TOKEN });
    expect(info).toMatchObject({ sub: '1376016924426111111', email_verified: true });
    expect(requests[0]?.method).toBe('GET');
    expect(requests[0]?.url).toBe('https://kapi.test.invalid/v1/oidc/userinfo');
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${ACCESS_TOKEN}`);
  });

  it('maps kapi -401 to KakaoApiError without the token anywhere', async () => {
    const { kakao } = kakaoAnswering(() =>
      Response.json(
        { msg: `this access token does not exist: ${ACCESS_TOKEN}`, code: -401 },
        { status: 401 },
      ),
    );
    const error = await getOidcUserInfo(kakao, { accessToken: ACCESS_TOKEN }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KakaoApiError);
    expect(error).toMatchObject({ apiCode: -401, status: 401 });
    expect(`${String(error)} ${JSON.stringify(error)}`).not.toContain(ACCESS_TOKEN);
  });

  it('refuses a body without sub and a missing token', async () => {
    const { kakao } = kakaoAnswering(() => Response.json({ nickname: 'x' }));
    await expect(getOidcUserInfo(kakao, { accessToken: ACCESS_TOKEN })).rejects.toBeInstanceOf(
      KakaoResponseError,
    );
    await expect(getOidcUserInfo(kakao, { accessToken: '' })).rejects.toBeInstanceOf(TypeError);
  });
});

describe('getTokenInfo (debug only)', () => {
  it('POSTs the id_token as a form to kauth /oauth/tokeninfo', async () => {
    const { kakao, requests } = kakaoAnswering(() =>
      Response.json({
        iss: 'https://kauth.kakao.com',
        aud: 'rest-key',
        sub: '166959',
        iat: 1,
        exp: 2,
        auth_time: 1,
      }),
    );
    const info = await getTokenInfo(kakao, { idToken: ID_TOKEN });
    expect(info.sub).toBe('166959');
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url).toBe('https://kauth.test.invalid/oauth/tokeninfo');
    expect(new URLSearchParams(await requests[0]!.text()).get('id_token')).toBe(ID_TOKEN);
  });

  it('throws TypeError without an id_token', async () => {
    const { kakao } = kakaoAnswering(() => Response.json({}));
    await expect(getTokenInfo(kakao, { idToken: undefined as never })).rejects.toBeInstanceOf(TypeError);
  });
});
