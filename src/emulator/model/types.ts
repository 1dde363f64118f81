/**
 * The emulator's data model (spec §2, §23): apps, test users, browser sessions, links, codes and
 * tokens. Plain data; the functions that change it live beside this file.
 *
 * Times are epoch milliseconds. User ids are decimal strings (64-bit; never a JS number).
 *
 * @module
 */

/** Which kind of app key asked for a code or token; it decides the access-token lifetime (§6). */
export type Platform = 'rest' | 'js' | 'native';

/** One consent item ("동의 항목") configured for an app. */
export interface ConsentItem {
  /** Scope id, e.g. `profile_nickname`, `account_email`, `talk_message`. */
  id: string;
  /** Label on the consent screen and in `/v2/user/scopes` (`display_name`), Korean. */
  displayName: string;
  /** English label for the consent screen. Defaults to `displayName`. */
  displayNameEn?: string | undefined;
  /** `PRIVACY` (personal data) or `SERVICE` (API permission). */
  type: 'PRIVACY' | 'SERVICE';
  /** Required items cannot be declined on the consent screen nor revoked (`revocable: false`). */
  required: boolean;
  /** "이용 중 동의": asked only when requested through `scope`, never at first login. */
  onDemand?: boolean | undefined;
}

/** One Kakao Sync service term configured for an app (§20). */
export interface ServiceTerm {
  /** Tag, e.g. `terms_of_use`. */
  tag: string;
  /** Title on the consent screen, Korean. */
  title: string;
  /** English title. Defaults to `title`. */
  titleEn?: string | undefined;
  /** Required terms must be agreed to finish sign-in. */
  required: boolean;
}

/** An app registered with the emulator (spec §1.1, §23). */
export interface App {
  /** Numeric app id (`app_id` in token info). */
  id: number;
  /** App name shown on the pages. */
  name: string;
  /** REST API key: `client_id` for the REST flow, admin-free. */
  restApiKey: string;
  /** JavaScript key (`client_id` of the JS SDK). */
  javascriptKey?: string | undefined;
  /** Native app key (`client_id` of the Android/iOS SDKs). */
  nativeAppKey?: string | undefined;
  /** Admin key for `Authorization: KakaoAK …`. */
  adminKey: string;
  /** Client secret; enforced on `/oauth/token` only while `enabled`. */
  clientSecret: { enabled: boolean; value: string };
  /** Registered redirect URIs; `/oauth/authorize` requires an exact (byte-identical) match. */
  redirectUris: string[];
  /** Registered logout redirect URIs for `/oauth/logout`. */
  logoutRedirectUris: string[];
  /** Consent items, in screen order. */
  consentItems: ConsentItem[];
  /** OpenID Connect on: every code redemption returns an `id_token`. */
  oidc: boolean;
  /** Auto-link (default on). Off: users stay pre-registered until `/v1/user/signup`. */
  autoLink: boolean;
  /** Kakao Sync service terms (empty = not a Kakao Sync app). */
  serviceTerms: ServiceTerm[];
  /** Custom user property keys accepted by `/v1/user/update_profile`. */
  propertyKeys: string[];
  /** Kakao Login switched on (off → KOE004). */
  loginEnabled: boolean;
  /** Test app members (user ids). `undefined` = everyone may sign in; otherwise others get KOE005. */
  members?: string[] | undefined;
  /** Refuse users under 14 (`access_denied` "Not allowed under age 14" / kapi -406). */
  blockUnder14?: boolean | undefined;
  /** Linked Kakao Talk Channel public ids; `channel_public_id` with none linked → KOE102. */
  channelPublicIds?: string[] | undefined;
  /** Unlink webhook URL (§11.1); called with POST when a link ends for a reason other than the API. */
  unlinkCallbackUrl?: string | undefined;
}

/** A shipping address of a test user (§17). */
export interface ShippingAddress {
  id: number;
  name: string;
  isDefault: boolean;
  /** Epoch seconds. */
  updatedAt: number;
  type: 'NEW' | 'OLD';
  baseAddress: string;
  detailAddress: string;
  receiverName: string;
  receiverPhoneNumber1: string;
  receiverPhoneNumber2: string;
  zoneNumber: string;
  zipCode?: string | undefined;
}

/** A Kakao account the emulator can sign in as, with its profile data. */
export interface TestUser {
  /** Service user id ("회원번호"), a 64-bit integer as a decimal string. */
  id: string;
  /** Kakao account login id (email or phone) shown on the sign-in page and matched by `login_hint`. */
  loginId: string;
  nickname: string;
  isDefaultNickname: boolean;
  /** 640×640 profile image URL (http://, as Kakao returns without `secure_resource`). */
  profileImageUrl?: string | undefined;
  /** 110×110 thumbnail URL. */
  thumbnailImageUrl?: string | undefined;
  isDefaultImage: boolean;
  /** Real name. */
  name?: string | undefined;
  email?: string | undefined;
  isEmailValid: boolean;
  isEmailVerified: boolean;
  /** `1~9`, `10~14`, `15~19`, `20~29`, … `90~`. */
  ageRange?: string | undefined;
  /** `YYYY`. */
  birthyear?: string | undefined;
  /** `MMDD`. */
  birthday?: string | undefined;
  birthdayType?: 'SOLAR' | 'LUNAR' | undefined;
  isLeapMonth?: boolean | undefined;
  gender?: 'female' | 'male' | undefined;
  /** `+82 10-1234-5678` style. */
  phoneNumber?: string | undefined;
  /** Connecting information (88 characters). */
  ci?: string | undefined;
  /** Epoch ms of the CI authentication. */
  ciAuthenticatedAt?: number | undefined;
  shippingAddresses: ShippingAddress[];
}

/** A signed-in Kakao account in one browser (cookie on the auth host). */
export interface BrowserSession {
  /** Cookie value. */
  id: string;
  userId: string;
  /** When the user authenticated (the id_token `auth_time`). */
  authTime: number;
  /** Fixed at sign-in: 24 h, or 30 days with "keep me signed in". Not sliding. */
  expiresAt: number;
  keepSignedIn: boolean;
}

/** How a service term was agreed: on the consent screen or through the API (§20.1). */
export type AgreedBy = 'KAUTH' | 'KAPI';

/** The app↔user relationship ("연결") and everything that hangs off it. */
export interface Link {
  appId: number;
  userId: string;
  connectedAt: number;
  /** Set when the user signed up through Kakao Sync simple signup. */
  synchedAt?: number | undefined;
  /** Agreed scope ids (may include ids the app no longer configures: `using: false`). */
  agreedScopes: Set<string>;
  /** Agreed service terms by tag. */
  serviceTerms: Map<string, { agreedAt: number; agreedBy: AgreedBy }>;
  /** Custom properties written by `/v1/user/update_profile` or `/v1/user/signup`. */
  properties: Record<string, string>;
  /** With auto-link off: `false` until `/v1/user/signup`. With auto-link on: always `true`. */
  hasSignedUp: boolean;
}

/** A one-time authorization code (spec §4.3 "code rules"). */
export interface AuthCode {
  code: string;
  appId: number;
  /** The app key that asked for it; the redemption must use the same one. */
  clientId: string;
  platform: Platform;
  redirectUri: string;
  userId: string;
  /** Scopes granted to the tokens (space-separated in the token response). */
  scopes: string[];
  nonce?: string | undefined;
  /** PKCE S256 challenge, when the authorize request had one. */
  codeChallenge?: string | undefined;
  /** Issue an id_token on redemption (OIDC on, or `openid` requested). */
  withIdToken: boolean;
  authTime: number;
  issuedAt: number;
  expiresAt: number;
}

/** An access token (opaque Bearer string for kapi). */
export interface AccessToken {
  token: string;
  appId: number;
  clientId: string;
  platform: Platform;
  userId: string;
  scopes: string[];
  issuedAt: number;
  expiresAt: number;
  /** The refresh token this access token was issued with (logout kills both). */
  refreshToken: string;
}

/** A refresh token. */
export interface RefreshToken {
  token: string;
  appId: number;
  clientId: string;
  platform: Platform;
  userId: string;
  scopes: string[];
  issuedAt: number;
  expiresAt: number;
  /** The chain started with an id_token: refreshes re-issue one (without `nonce`). */
  withIdToken: boolean;
  /** `auth_time` carried into refreshed id_tokens. */
  authTime: number;
}

/** An RS256 signing key (private half kept in memory only). */
export interface SigningKey {
  /** 30 lower-case hex characters, like Kakao's. */
  kid: string;
  privateKey: CryptoKey;
  /** The public JWK as published in `/.well-known/jwks.json`. */
  publicJwk: { kty: 'RSA'; kid: string; alg: 'RS256'; use: 'sig'; n: string; e: string };
}

/** Which requests a fault applies to. Every given field must match. */
export interface FaultMatch {
  /** `auth` = kauth routes, `api` = kapi routes. */
  host?: 'auth' | 'api' | undefined;
  method?: string | undefined;
  /** Exact path, e.g. `/oauth/token`. */
  path?: string | undefined;
}

/** What a fault does to a matching request. */
export type FaultAction =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: number; body?: string | undefined }
  | { kind: 'drop' }
  | {
      kind: 'koe';
      status?: number | undefined;
      error: string;
      errorCode: string;
      description?: string | undefined;
    }
  | { kind: 'kapi'; code: number; msg?: string | undefined; status?: number | undefined };

/** A fault armed for the next `remaining` matching requests (§23 test controls). */
export interface Fault {
  id: number;
  match: FaultMatch;
  action: FaultAction;
  remaining: number;
}

/** One request as recorded in the log, secrets replaced by `[redacted]`. */
export interface RequestLogEntry {
  at: number;
  method: string;
  host: 'auth' | 'api' | 'control' | 'unknown';
  path: string;
  /** Query and form parameters, secrets redacted. */
  params: Record<string, string>;
  /** Names of the parameters that came in the URL's query string (absent when it had none). */
  query?: string[] | undefined;
  /** `Authorization` scheme only (`Bearer`, `KakaoAK`), never the credential. */
  authScheme?: string | undefined;
  status: number;
  /** KOE code or kapi code of an error response, when there was one. */
  errorCode?: string | undefined;
  /** `error_description` or `msg` of an error response (secrets redacted), when there was one. */
  errorMessage?: string | undefined;
}

/** A delivered (or attempted) unlink webhook call (§11.1). */
export interface WebhookDelivery {
  at: number;
  url: string;
  appId: number;
  userId: string;
  referrerType: UnlinkReferrer;
  /** HTTP status, or `undefined` when the call failed. */
  status?: number | undefined;
  /** The answer's body (first 1000 characters), or why the call failed; `undefined` while pending. */
  answer?: string | undefined;
}

/** Why a link ended (the unlink webhook `referrer_type`, plus `API` for `/v1/user/unlink`). */
export type UnlinkReferrer =
  | 'API'
  | 'UNLINK_FROM_APPS'
  | 'ACCOUNT_DELETE'
  | 'FORCED_ACCOUNT_DELETE'
  | 'UNLINK_FROM_ADMIN'
  | 'INCOMPLETE_SIGN_UP';
