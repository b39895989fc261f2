/**
 * Two roles: the owner (migrations, seed, restore) and `guarantor_app`, which the web
 * app logs in as. The migration 20261201100600_app_role creates the app role and its
 * grants; this module lets it log in and builds its URL.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { canConnect, describeUrl, withClient } from "./connect";
import { generatePasswordFile } from "./embedded";

export const APP_ROLE = "guarantor_app";

/** The owner's URL with the app role's credentials instead. */
export function appRoleUrl(ownerUrl: string, password?: string): string {
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = password ? encodeURIComponent(password) : "";
  return u.toString();
}

/** The app role's password kept in the data folder (mode 600), made on first use. */
export async function appRolePassword(dataDir: string): Promise<string> {
  const file = path.resolve(dataDir, "app-db-password");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : generatePasswordFile(file);
}

/**
 * Lets the app role log in with `password` (run after migrations, which create it)
 * and returns its URL. Nothing is altered when it already can, so runs sharing one
 * server (tests) do not fight over the role.
 */
export async function ensureAppLogin(ownerUrl: string, password: string): Promise<string> {
  const url = appRoleUrl(ownerUrl, password);
  if (await canConnect(url)) return url;
  const sql = `alter role ${APP_ROLE} login password ${pg.escapeLiteral(password)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await withClient(ownerUrl, (c) => c.query(sql));
      break;
    } catch (error) {
      // Two starters altering the role at once: "tuple concurrently updated".
      if (attempt >= 5 || !/concurrently/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  if (!(await canConnect(url)))
    throw new Error(`the app role ${APP_ROLE} cannot log in at ${describeUrl(url)}`);
  return url;
}
