/**
 * The embedded default app and test users (TEAM.md shared contract): what `npm start` and
 * `startEmulator()` serve when no config is given.
 *
 * @module
 */

import type { App, ConsentItem, TestUser } from './types.js';

/** REST API key of the default app (`client_id` of the REST flow). */
export const DEFAULT_REST_API_KEY = '4f2c1d7e9a8b6c5d3e2f1a0b9c8d7e6f';
/** JavaScript key of the default app. */
export const DEFAULT_JAVASCRIPT_KEY = '6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d';
/** Native app key of the default app. */
export const DEFAULT_NATIVE_APP_KEY = '9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b';
/** Admin key of the default app (`Authorization: KakaoAK …`). */
export const DEFAULT_ADMIN_KEY = 'ad1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a';
/** Numeric app id of the default app. */
export const DEFAULT_APP_ID = 1234567;
/** The CLI's loopback callback, registered on the default app. */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8719/callback';

const DEFAULT_CONSENT_ITEMS: ConsentItem[] = [
  {
    id: 'profile_nickname',
    displayName: '닉네임',
    displayNameEn: 'Nickname',
    type: 'PRIVACY',
    required: true,
  },
  {
    id: 'profile_image',
    displayName: '프로필 사진',
    displayNameEn: 'Profile image',
    type: 'PRIVACY',
    required: false,
  },
  {
    id: 'account_email',
    displayName: '카카오계정(이메일)',
    displayNameEn: 'Email',
    type: 'PRIVACY',
    required: false,
  },
  { id: 'name', displayName: '이름', displayNameEn: 'Name', type: 'PRIVACY', required: false },
  { id: 'gender', displayName: '성별', displayNameEn: 'Gender', type: 'PRIVACY', required: false },
  { id: 'age_range', displayName: '연령대', displayNameEn: 'Age range', type: 'PRIVACY', required: false },
  { id: 'birthday', displayName: '생일', displayNameEn: 'Birthday', type: 'PRIVACY', required: false },
  {
    id: 'birthyear',
    displayName: '출생 연도',
    displayNameEn: 'Birth year',
    type: 'PRIVACY',
    required: false,
  },
  {
    id: 'phone_number',
    displayName: '카카오계정(전화번호)',
    displayNameEn: 'Phone number',
    type: 'PRIVACY',
    required: false,
  },
  {
    id: 'shipping_address',
    displayName: '배송지정보(수령인명, 배송지 주소, 전화번호)',
    displayNameEn: 'Shipping address',
    type: 'PRIVACY',
    required: false,
    onDemand: true,
  },
  {
    id: 'talk_message',
    displayName: '카카오톡 메시지 전송',
    displayNameEn: 'Send KakaoTalk messages',
    type: 'SERVICE',
    required: false,
    onDemand: true,
  },
];

/** The default app (TEAM.md): client secret off, OIDC on, the CLI's and the demo's callbacks. */
export const DEFAULT_APP: App = {
  id: DEFAULT_APP_ID,
  name: '카카오 로그인 에뮬레이터 앱',
  restApiKey: DEFAULT_REST_API_KEY,
  javascriptKey: DEFAULT_JAVASCRIPT_KEY,
  nativeAppKey: DEFAULT_NATIVE_APP_KEY,
  adminKey: DEFAULT_ADMIN_KEY,
  clientSecret: { enabled: false, value: 'Xq7vR2mK9pL4wN8sT1yB6cF3hJ5dG0aE' },
  redirectUris: [DEFAULT_REDIRECT_URI, 'http://localhost:3000/auth/kakao/callback'],
  logoutRedirectUris: ['http://127.0.0.1:8719/logout'],
  consentItems: DEFAULT_CONSENT_ITEMS,
  oidc: true,
  autoLink: true,
  serviceTerms: [
    { tag: 'terms_of_use', title: '서비스 이용약관', titleEn: 'Terms of service', required: true },
    { tag: 'privacy_policy', title: '개인정보 처리방침', titleEn: 'Privacy policy', required: true },
    { tag: 'marketing', title: '마케팅 정보 수신', titleEn: 'Marketing messages', required: false },
  ],
  propertyKeys: ['grade', 'level'],
  loginEnabled: true,
};

const CDN = 'http://k.kakaocdn.net/dn';

/** Test users with 64-bit ids above 2^53 and realistic Korean profiles. The first is the default. */
export const DEFAULT_USERS: TestUser[] = [
  {
    id: '1376016924426111111',
    loginId: 'minjun.kim@example.com',
    nickname: '민준',
    isDefaultNickname: false,
    profileImageUrl: `${CDN}/H_jwh9E/btsA1f/img_640x640.jpg`,
    thumbnailImageUrl: `${CDN}/H_jwh9E/btsA1f/img_110x110.jpg`,
    isDefaultImage: false,
    name: '김민준',
    email: 'minjun.kim@example.com',
    isEmailValid: true,
    isEmailVerified: true,
    ageRange: '30~39',
    birthyear: '1992',
    birthday: '1130',
    birthdayType: 'SOLAR',
    isLeapMonth: false,
    gender: 'male',
    phoneNumber: '+82 010-2345-6789',
    ci: 'OunWcGga4tCz+7KJ9r55J/vdaXEANe7Jyn2a4Mmm3N7l9nlBBgUpQ5OgtDFJinrf9TSCisq3TN/4zBfEl++FfTKu',
    ciAuthenticatedAt: Date.UTC(2023, 2, 14, 5, 12, 40),
    shippingAddresses: [
      {
        id: 301,
        name: '집',
        isDefault: true,
        updatedAt: 1716960000,
        type: 'NEW',
        baseAddress: '서울특별시 마포구 월드컵북로 396',
        detailAddress: '101동 1203호',
        receiverName: '김민준',
        receiverPhoneNumber1: '010-2345-6789',
        receiverPhoneNumber2: '',
        zoneNumber: '03925',
      },
      {
        id: 302,
        name: '회사',
        isDefault: false,
        updatedAt: 1709251200,
        type: 'OLD',
        baseAddress: '경기도 성남시 분당구 삼평동 681',
        detailAddress: '7층',
        receiverName: '김민준',
        receiverPhoneNumber1: '010-2345-6789',
        receiverPhoneNumber2: '031-8017-0000',
        zoneNumber: '13494',
        zipCode: '463-400',
      },
    ],
  },
  {
    id: '1376016924426222222',
    loginId: 'seoyeon.lee@example.net',
    nickname: '서연',
    isDefaultNickname: false,
    profileImageUrl: `${CDN}/CPd2CQQ/btsB7k/img_640x640.jpg`,
    thumbnailImageUrl: `${CDN}/CPd2CQQ/btsB7k/img_110x110.jpg`,
    isDefaultImage: false,
    name: '이서연',
    email: 'seoyeon.lee@example.net',
    isEmailValid: true,
    isEmailVerified: true,
    ageRange: '20~29',
    birthyear: '1999',
    birthday: '0415',
    birthdayType: 'LUNAR',
    isLeapMonth: false,
    gender: 'female',
    phoneNumber: '+82 010-8765-4321',
    ci: 'Fg31ZJ4YEENkOmj/XmzqITCSXOatoA1HYGoc+1D5vNAvZCmdCmnQTj5W2aask21AicctmVoll7WmWgtl/J+gnvBZ',
    ciAuthenticatedAt: Date.UTC(2024, 7, 2, 1, 0, 0),
    shippingAddresses: [
      {
        id: 411,
        name: '본가',
        isDefault: true,
        updatedAt: 1719792000,
        type: 'NEW',
        baseAddress: '부산광역시 해운대구 센텀중앙로 79',
        detailAddress: '2502호',
        receiverName: '이서연',
        receiverPhoneNumber1: '010-8765-4321',
        receiverPhoneNumber2: '',
        zoneNumber: '48058',
      },
    ],
  },
  {
    id: '1376016924426333333',
    loginId: '+82 010-5555-0133',
    nickname: '지호',
    isDefaultNickname: false,
    profileImageUrl: `${CDN}/dpk9l1/btqmGhA2lKL/OsaoiJV7Ix3FkMDaPtNz8K/img_640x640.jpg`,
    thumbnailImageUrl: `${CDN}/dpk9l1/btqmGhA2lKL/OsaoiJV7Ix3FkMDaPtNz8K/img_110x110.jpg`,
    isDefaultImage: true,
    name: '박지호',
    email: 'jiho.park@example.org',
    isEmailValid: true,
    isEmailVerified: false,
    ageRange: '40~49',
    birthyear: '1981',
    gender: 'male',
    shippingAddresses: [],
  },
  {
    id: '1376016924426444444',
    loginId: 'haeun.choi@example.com',
    nickname: '하은',
    isDefaultNickname: false,
    profileImageUrl: `${CDN}/5B3ldU0/btsC2q/img_640x640.jpg`,
    thumbnailImageUrl: `${CDN}/5B3ldU0/btsC2q/img_110x110.jpg`,
    isDefaultImage: false,
    name: '최하은',
    email: 'haeun.choi@example.com',
    isEmailValid: true,
    isEmailVerified: true,
    ageRange: '10~14',
    birthyear: '2014',
    birthday: '0703',
    birthdayType: 'SOLAR',
    isLeapMonth: false,
    gender: 'female',
    shippingAddresses: [],
  },
];
