/** Types of sign-in.mjs (plain JavaScript so that every runtime runs it as it is). */
export interface SignInOptions {
  authUrl: string;
  apiUrl: string;
  restApiKey: string;
  redirectUri: string;
}

/** Every step's observable result. */
export interface SignInResult {
  authorizeStatus: number;
  idTokenSub: string | undefined;
  idTokenNonceMatches: boolean;
  idTokenIssuer: string | undefined;
  userId: string;
  nickname: string | undefined;
  refreshedIdToken: boolean;
  accessTokenRotated: boolean;
  loggedOutId: string;
  afterLogout: number | string;
}

export function signIn(options: SignInOptions): Promise<SignInResult>;
