/** The largest version a row can hold (a PostgreSQL integer). Kept apart from write.ts so forms in the browser can use it. */
export const MAX_VERSION = 2_147_483_647;
