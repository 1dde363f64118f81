/** passport-kakao ships no types; the test uses its Strategy and the private fields it reads. */
declare module 'passport-kakao' {
  export const Strategy: new (options: Record<string, unknown>, verify: () => void) => object;
}
