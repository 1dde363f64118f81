/** Admin-key-only calls about many users. */
export * from './get-users.js';
export * from './list-user-ids.js';
