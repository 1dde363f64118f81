/**
 * kakao-oauth/passport inside a real NestJS 12 app: `@nestjs/passport`'s `PassportStrategy` over
 * `KakaoStrategy`, `AuthGuard('kakao')` on the login and callback routes, express-session, the
 * unlink webhook as a controller route, on the Express 5 platform on loopback, against the
 * emulator in-process. Decorators are applied as functions (`Reflect.decorate`, `Inject(…)(…)`):
 * vitest's transform emits no decorator metadata, so every injection names its token.
 */
import {
  type ArgumentsHost,
  Catch,
  Controller,
  type ExceptionFilter,
  Get,
  Inject,
  Injectable,
  Module,
  Next,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { AuthGuard, PassportModule, PassportStrategy } from '@nestjs/passport';
import { ExpressAdapter } from '@nestjs/platform-express';
import express from 'express';
import session from 'express-session';
import { describe, expect, it } from 'vitest';
import { getUser, KakaoError } from '../../src/index.js';
import {
  type KakaoPassportProfile,
  KakaoStrategy,
  type KakaoStrategyOptions,
  type kakaoUnlinkWebhook,
} from '../../src/passport/index.js';
import { apiCodeOf } from '../support/frameworks.js';
import {
  closeAfterTest,
  expectForeignCallbackRefused,
  expectKoe010,
  expectSignIn,
  expectUnlinkWebhook,
  type KakaoSetup,
  kakaoForApp,
  loopbackServer,
  MINJUN,
  type PassportApp,
  WRONG_SECRET,
} from './shared.js';

const STRATEGY_OPTIONS = Symbol('kakao strategy options');
const UNLINK_WEBHOOK = Symbol('kakao unlink webhook');

/** The app's strategy, as a Nest provider: `validate` returns the user (here the exact id). */
class KakaoAuthStrategy extends PassportStrategy(KakaoStrategy, 'kakao') {
  constructor(options: KakaoStrategyOptions) {
    super(options);
  }

  validate(_accessToken: string, _refreshToken: string | undefined, profile: KakaoPassportProfile) {
    return { kakaoId: profile.id, name: profile.displayName };
  }
}
Inject(STRATEGY_OPTIONS)(KakaoAuthStrategy, undefined, 0);
Reflect.decorate([Injectable()], KakaoAuthStrategy);

type Webhook = ReturnType<typeof kakaoUnlinkWebhook>;

class KakaoAuthController {
  constructor(private readonly webhook: Webhook) {}

  login(): void {} // the guard redirects to Kakao

  callback(req: express.Request) {
    return req.user;
  }

  unlinkWebhook(req: express.Request, res: express.Response, next: express.NextFunction) {
    return this.webhook(req, res, next);
  }
}
Inject(UNLINK_WEBHOOK)(KakaoAuthController, undefined, 0);
route(KakaoAuthController, 'login', Get('kakao/login'), UseGuards(AuthGuard('kakao')));
route(KakaoAuthController, 'callback', Get('kakao/callback'), UseGuards(AuthGuard('kakao')));
route(KakaoAuthController, 'unlinkWebhook', Post('kakao/unlink-webhook'));
Req()(KakaoAuthController.prototype, 'callback', 0);
Req()(KakaoAuthController.prototype, 'unlinkWebhook', 0);
Res()(KakaoAuthController.prototype, 'unlinkWebhook', 1);
Next()(KakaoAuthController.prototype, 'unlinkWebhook', 2);
Reflect.decorate([Controller('auth')], KakaoAuthController);

/** The app's filter: a failed Kakao sign-in answers 401 with Kakao's code and its meaning. */
class KakaoErrorFilter implements ExceptionFilter {
  catch(error: KakaoError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<express.Response>();
    res.status(401).json({ name: error.name, code: error.code, message: error.message });
  }
}
Reflect.decorate([Catch(KakaoError)], KakaoErrorFilter);

function route(target: { prototype: object }, method: string, ...decorators: MethodDecorator[]): void {
  const descriptor = Object.getOwnPropertyDescriptor(target.prototype, method);
  Reflect.decorate(decorators, target.prototype, method, descriptor);
}

interface NestApp extends PassportApp {
  strategy: KakaoAuthStrategy;
}

async function nestApp(setup: KakaoSetup = {}): Promise<NestApp> {
  // The callback URL holds the port, and the strategy is built with the module: listen first.
  const { server, base } = await loopbackServer();
  const kakao = await kakaoForApp(base, '/auth/kakao/login', setup);
  class AppModule {}
  Reflect.decorate(
    [
      Module({
        imports: [PassportModule],
        controllers: [KakaoAuthController],
        providers: [
          { provide: STRATEGY_OPTIONS, useValue: kakao.strategyOptions },
          { provide: UNLINK_WEBHOOK, useValue: kakao.unlinkWebhook },
          { provide: APP_FILTER, useClass: KakaoErrorFilter },
          KakaoAuthStrategy,
        ],
      }),
    ],
    AppModule,
  );
  const instance = express();
  const app = await NestFactory.create(AppModule, new ExpressAdapter(instance), { logger: false });
  app.use(session({ secret: 'a-session-secret-for-the-test', resave: false, saveUninitialized: false }));
  await app.init();
  server.on('request', instance);
  closeAfterTest(() => app.close());
  return { ...kakao, strategy: app.get(KakaoAuthStrategy) };
}

describe('kakao-oauth/passport in NestJS (@nestjs/passport, Express 5 platform)', () => {
  it('signs in through AuthGuard: PKCE, state, nonce, a verified id_token, the exact 64-bit id', async () => {
    await expectSignIn(await nestApp());
  });

  it('unlink webhook route: KakaoAK checked, the tokens forgotten, onUnlink given the exact id', async () => {
    await expectUnlinkWebhook(await nestApp());
  });

  it('AuthGuard refuses a forged id_token; the typed error reaches the app’s exception filter', async () => {
    const forged = await nestApp({ forge: true });
    const done = await forged.signIn();
    expect(done.status).toBe(401);
    expect(await done.json()).toMatchObject({ name: 'KakaoIdTokenError', code: 'ID_TOKEN_SIGNATURE' });
    await expect(forged.tokens.getTokens(MINJUN)).rejects.toMatchObject({ reason: 'no_tokens' });
  });

  it('KOE010: a wrong client secret reaches the filter with its meaning, not the secret', async () => {
    await expectKoe010(await nestApp(WRONG_SECRET), 401);
  });

  it('AuthGuard refuses a callback this browser did not start (401), without redeeming the code', async () => {
    await expectForeignCallbackRefused(await nestApp(), 401);
  });

  it('the strategy provider logs out at Kakao: the access token then answers -401', async () => {
    const a = await nestApp();
    await a.signIn();
    const accessToken = await a.tokens.getAccessToken(MINJUN);
    await a.strategy.logout(MINJUN);
    expect(await apiCodeOf(getUser(a.kakao, { accessToken }))).toBe(-401);
  });
});
