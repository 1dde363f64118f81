// kakao-oauth is loaded by Node from the package itself, not bundled.
export default { serverExternalPackages: ['kakao-oauth'], devIndicators: false };
