/** The Kakao emulator: a local stand-in for kauth.kakao.com and kapi.kakao.com (Node). */
export const EMULATOR_CONTROL_PREFIX = '/__emulator';
