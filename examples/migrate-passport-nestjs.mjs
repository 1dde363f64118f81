// docs/migrate-passport.md "NestJS": kakao-oauth/passport in a NestJS app through @nestjs/passport
// (PassportStrategy, AuthGuard) on the Express platform, served on loopback. The KAKAO_* variables
// point at an emulator with auto-login and the app's callback and unlink webhook registered; a
// headless browser (fetch with a cookie jar) signs in, then the user disconnects the app at Kakao
// and the emulator calls the webhook route.
// Plain JavaScript, so the decorators are applied with Reflect.decorate (in TypeScript they are
// the usual @Injectable(), @Controller('auth'), @Get(…), @UseGuards(…), @Req()…).
// Run it with `npm run build && node examples/migrate-passport-nestjs.mjs`.
import { closeDemo, passportDemo, signInThroughApp, unlinkAtKakao } from './support/passport.mjs';

const demo = await passportDemo();
const { server, appUrl, findOrCreate, removeUser } = demo;

// #region nestjs
import { Controller, Get, Injectable, Module, Next, Post, Req, Res, UseGuards } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuthGuard, PassportModule, PassportStrategy } from '@nestjs/passport';
import { ExpressAdapter } from '@nestjs/platform-express';
import express from 'express';
import session from 'express-session';
import { createKakaoClient } from 'kakao-oauth';
import { KakaoStrategy, kakaoUnlinkWebhook } from 'kakao-oauth/passport';
import { createTokenManager } from 'kakao-oauth/tokens';

const client = createKakaoClient({
  restApiKey: process.env.KAKAO_REST_API_KEY,
  clientSecret: process.env.KAKAO_CLIENT_SECRET, // only when Client Secret is on in the console
  adminKey: process.env.KAKAO_ADMIN_KEY, // checks the unlink webhook; unlinks when the tokens are gone
  authUrl: process.env.KAKAO_AUTH_URL, // unset: Kakao's own servers
  apiUrl: process.env.KAKAO_API_URL,
});
const tokens = createTokenManager({ kakao: client }); // refresh, logout and unlink at Kakao
const unlinkWebhook = kakaoUnlinkWebhook({ client, tokens, onUnlink: ({ userId }) => removeUser(userId) });

// @Injectable() class KakaoAuthStrategy extends PassportStrategy(KakaoStrategy, 'kakao')
class KakaoAuthStrategy extends PassportStrategy(KakaoStrategy, 'kakao') {
  constructor() {
    super({ client, callbackURL: process.env.KAKAO_REDIRECT_URI, scope: ['account_email'], tokens });
  }
  validate(_accessToken, _refreshToken, profile) {
    return findOrCreate(profile.id); // the exact id, a string
  }
}
Reflect.decorate([Injectable()], KakaoAuthStrategy);

// @Controller('auth') class KakaoAuthController
class KakaoAuthController {
  login() {} // @Get('kakao/login') @UseGuards(AuthGuard('kakao')): the guard redirects to Kakao
  callback(req) {
    return req.user; // @Get('kakao/callback') @UseGuards(AuthGuard('kakao')), with @Req() req
  }
  unlink(req, res, next) {
    return unlinkWebhook(req, res, next); // @Post('kakao/unlink-webhook'), @Req() @Res() @Next()
  }
}
const decorate = (method, ...decorators) =>
  Reflect.decorate(decorators, KakaoAuthController.prototype, method, {
    value: KakaoAuthController.prototype[method],
  });
decorate('login', Get('kakao/login'), UseGuards(AuthGuard('kakao')));
decorate('callback', Get('kakao/callback'), UseGuards(AuthGuard('kakao')));
decorate('unlink', Post('kakao/unlink-webhook'));
const param = (method, index, decorator) => decorator(KakaoAuthController.prototype, method, index);
param('callback', 0, Req());
param('unlink', 0, Req());
param('unlink', 1, Res());
param('unlink', 2, Next());
Reflect.decorate([Controller('auth')], KakaoAuthController);

class AppModule {}
Reflect.decorate(
  [Module({ imports: [PassportModule], controllers: [KakaoAuthController], providers: [KakaoAuthStrategy] })],
  AppModule,
);

const expressApp = express();
const app = await NestFactory.create(AppModule, new ExpressAdapter(expressApp), { logger: false });
app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
await app.init();
// #endregion nestjs
server.on('request', expressApp);

const { page } = await signInThroughApp(appUrl);
const user = await page.res.json();
console.log('signed in through NestJS as', user.kakaoId, '(a string:', typeof user.kakaoId, ')');
await unlinkAtKakao(demo, user.kakaoId);
await app.close();
await closeDemo(demo);
