// A /v2/user/me-sized body with an id beyond 2^53 written as a JSON integer (spliced in as text),
// like Kakao's real answers. Shared by the bare reference servers of the benchmarks.
export const USER_BODY = JSON.stringify({
  id: '@ID@',
  connected_at: '2024-05-29T08:00:00Z',
  kakao_account: {
    profile_nickname_needs_agreement: false,
    profile: { nickname: '길동', is_default_nickname: false },
    email_needs_agreement: false,
    is_email_valid: true,
    is_email_verified: true,
    email: 'gildong@example.com',
  },
}).replace('"@ID@"', '1376016924426111111');
