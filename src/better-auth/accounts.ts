/**
 * The user's Kakao account row in Better Auth's database, and removing the link (account row,
 * the user's sessions, the managed tokens).
 *
 * @module
 */
import type { TokenManager } from '../tokens/index.js';

/** The part of a Better Auth account row this plugin reads. */
export interface KakaoAccountRow {
  /** Better Auth's row id. */
  id: string;
  /** The Kakao user id, a decimal string. */
  accountId: string;
  providerId: string;
  userId: string;
}

/** The part of Better Auth's context this plugin uses. */
export interface KakaoAccountContext {
  internalAdapter: {
    findAccounts(userId: string): Promise<KakaoAccountRow[]>;
    findAccountByKey(key: { providerId: string; accountId: string }): Promise<KakaoAccountRow | null>;
    deleteAccount(id: string): Promise<unknown>;
    deleteUserSessions(userId: string): Promise<unknown>;
  };
}

/** The user's Kakao account (the one with row id `rowId` when given). */
export async function findKakaoAccount(
  context: KakaoAccountContext,
  providerId: string,
  userId: string,
  rowId?: string,
): Promise<KakaoAccountRow | undefined> {
  const accounts = await context.internalAdapter.findAccounts(userId);
  return accounts.find((row) => row.providerId === providerId && (rowId === undefined || row.id === rowId));
}

/** Forgets the link on our side: managed tokens, the account row, the user's sessions. */
export async function removeKakaoLink(
  context: KakaoAccountContext,
  tokens: TokenManager,
  account: KakaoAccountRow,
): Promise<void> {
  await tokens.remove(account.accountId);
  await context.internalAdapter.deleteAccount(account.id);
  await context.internalAdapter.deleteUserSessions(account.userId);
}
