/**
 * The JSON Schema of the emulator config (`--config FILE`, `startEmulator({ config })`,
 * `POST /__emulator/seed`). The source of `schema/emulator-config.schema.json`: a test checks that
 * the file says exactly this.
 *
 * @module
 */

import type { JsonSchema } from './schema-check.js';

/** The config schema (JSON Schema 2020-12). */
export const CONFIG_SCHEMA: JsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'kakao-oauth emulator config',
  description:
    'Apps, test users and settings for the Kakao Login emulator (kakao-oauth emulator --config FILE, startEmulator({ config }), POST /__emulator/seed). Apps and users given here replace the defaults.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: {
      type: 'string',
    },
    apps: {
      type: 'array',
      items: {
        $ref: '#/$defs/app',
      },
    },
    users: {
      type: 'array',
      items: {
        $ref: '#/$defs/user',
      },
    },
    settings: {
      $ref: '#/$defs/settings',
    },
  },
  $defs: {
    app: {
      type: 'object',
      additionalProperties: false,
      required: ['restApiKey', 'adminKey'],
      properties: {
        id: {
          type: 'integer',
          minimum: 1,
          description: 'Numeric app id. Default 1000000 + index.',
        },
        name: {
          type: 'string',
        },
        restApiKey: {
          type: 'string',
          minLength: 1,
          description: 'REST API key (client_id of the REST flow).',
        },
        javascriptKey: {
          type: 'string',
        },
        nativeAppKey: {
          type: 'string',
        },
        adminKey: {
          type: 'string',
          minLength: 1,
          description: 'Admin key for Authorization: KakaoAK.',
        },
        clientSecret: {
          oneOf: [
            {
              type: 'string',
              minLength: 1,
              description: 'Secret ON with this value.',
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['enabled'],
              properties: {
                enabled: {
                  type: 'boolean',
                },
                value: {
                  type: 'string',
                },
              },
            },
          ],
        },
        redirectUris: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Registered redirect URIs (exact match).',
        },
        logoutRedirectUris: {
          type: 'array',
          items: {
            type: 'string',
          },
        },
        consentItems: {
          type: 'array',
          items: {
            $ref: '#/$defs/consentItem',
          },
        },
        oidc: {
          type: 'boolean',
          default: true,
        },
        autoLink: {
          type: 'boolean',
          default: true,
        },
        serviceTerms: {
          type: 'array',
          items: {
            $ref: '#/$defs/serviceTerm',
          },
        },
        propertyKeys: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Custom user property keys.',
        },
        loginEnabled: {
          type: 'boolean',
          default: true,
          description: 'Off → KOE004.',
        },
        members: {
          type: 'array',
          items: {
            type: 'string',
          },
          description: 'Test-app members (user ids); others get KOE005. Absent = everyone.',
        },
        blockUnder14: {
          type: 'boolean',
          default: false,
        },
        channelPublicIds: {
          type: 'array',
          items: {
            type: 'string',
          },
          description:
            'Linked Kakao Talk Channel public ids; channel_public_id on /oauth/authorize with none linked → KOE102.',
        },
        unlinkCallbackUrl: {
          type: 'string',
          format: 'uri',
        },
      },
    },
    consentItem: {
      type: 'object',
      additionalProperties: false,
      required: ['id'],
      properties: {
        id: {
          type: 'string',
          minLength: 1,
          description: 'Scope id, e.g. profile_nickname, account_email, talk_message.',
        },
        displayName: {
          type: 'string',
          description: 'Korean label (display_name in /v2/user/scopes). Default: the id.',
        },
        displayNameEn: {
          type: 'string',
          description: 'English label on the consent screen.',
        },
        type: {
          enum: ['PRIVACY', 'SERVICE'],
          default: 'PRIVACY',
        },
        required: {
          type: 'boolean',
          default: false,
          description: 'Required items cannot be declined or revoked.',
        },
        onDemand: {
          type: 'boolean',
          default: false,
          description: 'Asked only when requested through scope (이용 중 동의).',
        },
      },
    },
    serviceTerm: {
      type: 'object',
      additionalProperties: false,
      required: ['tag'],
      properties: {
        tag: {
          type: 'string',
          minLength: 1,
        },
        title: {
          type: 'string',
        },
        titleEn: {
          type: 'string',
        },
        required: {
          type: 'boolean',
          default: false,
        },
      },
    },
    user: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'nickname'],
      properties: {
        id: {
          $ref: '#/$defs/userId',
        },
        loginId: {
          type: 'string',
          description: 'Kakao account id shown on the sign-in page; matched by login_hint.',
        },
        nickname: {
          type: 'string',
          minLength: 1,
        },
        isDefaultNickname: {
          type: 'boolean',
        },
        profileImageUrl: {
          type: 'string',
        },
        thumbnailImageUrl: {
          type: 'string',
        },
        isDefaultImage: {
          type: 'boolean',
        },
        name: {
          type: 'string',
        },
        email: {
          type: 'string',
        },
        isEmailValid: {
          type: 'boolean',
        },
        isEmailVerified: {
          type: 'boolean',
        },
        ageRange: {
          enum: [
            '0~9',
            '1~9',
            '10~14',
            '15~19',
            '20~29',
            '30~39',
            '40~49',
            '50~59',
            '60~69',
            '70~79',
            '80~89',
            '90~',
          ],
        },
        birthyear: {
          type: 'string',
          pattern: '^[0-9]{4}$',
        },
        birthday: {
          type: 'string',
          pattern: '^[0-9]{4}$',
          description: 'MMDD',
        },
        birthdayType: {
          enum: ['SOLAR', 'LUNAR'],
        },
        isLeapMonth: {
          type: 'boolean',
        },
        gender: {
          enum: ['female', 'male'],
        },
        phoneNumber: {
          type: 'string',
          description: '+82 010-1234-5678',
        },
        ci: {
          type: 'string',
        },
        ciAuthenticatedAt: {
          type: 'integer',
          description: 'Epoch milliseconds.',
        },
        shippingAddresses: {
          type: 'array',
          items: {
            $ref: '#/$defs/shippingAddress',
          },
        },
      },
    },
    userId: {
      oneOf: [
        {
          type: 'string',
          pattern: '^[1-9][0-9]{0,18}$',
        },
        {
          type: 'integer',
          minimum: 1,
        },
      ],
      description:
        '64-bit user id. Write ids above 2^53 as strings (or as integers only if your tooling parses JSON losslessly; the emulator does).',
    },
    shippingAddress: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'isDefault'],
      properties: {
        id: {
          type: 'integer',
        },
        name: {
          type: 'string',
        },
        isDefault: {
          type: 'boolean',
        },
        updatedAt: {
          type: 'integer',
          description: 'Epoch seconds.',
        },
        type: {
          enum: ['NEW', 'OLD'],
        },
        baseAddress: {
          type: 'string',
        },
        detailAddress: {
          type: 'string',
        },
        receiverName: {
          type: 'string',
        },
        receiverPhoneNumber1: {
          type: 'string',
        },
        receiverPhoneNumber2: {
          type: 'string',
        },
        zoneNumber: {
          type: 'string',
        },
        zipCode: {
          type: 'string',
        },
      },
    },
    settings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        accessTokenTtlMs: {
          type: 'object',
          additionalProperties: false,
          properties: {
            rest: {
              type: 'integer',
              minimum: 1,
              maximum: 3153600000000,
            },
            js: {
              type: 'integer',
              minimum: 1,
              maximum: 3153600000000,
            },
            native: {
              type: 'integer',
              minimum: 1,
              maximum: 3153600000000,
            },
          },
        },
        refreshTokenTtlMs: {
          type: 'integer',
          minimum: 0,
          maximum: 3153600000000,
        },
        refreshRotationThresholdMs: {
          type: 'integer',
          minimum: 0,
          maximum: 3153600000000,
        },
        codeTtlMs: {
          type: 'integer',
          minimum: 0,
          maximum: 3153600000000,
        },
        sessionTtlMs: {
          type: 'integer',
          minimum: 0,
          maximum: 3153600000000,
        },
        keepSignedInTtlMs: {
          type: 'integer',
          minimum: 0,
          maximum: 3153600000000,
        },
        accessTokensPer10Min: {
          type: 'integer',
          minimum: 0,
          maximum: 1000000000,
        },
        refreshTokensPer60Min: {
          type: 'integer',
          minimum: 0,
          maximum: 1000000000,
        },
        userIdsPerMinute: {
          type: 'integer',
          minimum: 0,
          maximum: 1000000000,
        },
        rateLimits: {
          type: 'boolean',
          default: false,
        },
        revokeAccessTokenOnRefresh: {
          type: 'boolean',
          default: false,
        },
        invalidClientSecretStatus: {
          type: 'integer',
          enum: [400, 401],
          default: 401,
        },
      },
    },
  },
};
