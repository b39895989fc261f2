/**
 * nginx in front of the app instances, for `npm run bench:cluster`: Debian's package
 * (/usr/sbin/nginx, or NGINX_BIN), run in the foreground as a child of the bench with a
 * configuration written to a temporary folder. No system configuration is read or
 * changed, and stopping the bench stops it.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { sleep } from "./bench-server";
import { log } from "./cli";

export type Proxy = {
  base: string;
  pid: number;
  stop: () => Promise<void>;
  death: () => string | null;
};

export function nginxBinary(): string | null {
  const candidates = [process.env.NGINX_BIN, "/usr/sbin/nginx", "/usr/bin/nginx"].filter(
    Boolean,
  ) as string[];
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** The configuration: round robin over `upstreams`, keep-alive to them, the client's address passed on. */
export function nginxConfig(dir: string, port: number, upstreams: number[]): string {
  const temp = (name: string) => path.join(dir, name);
  return `worker_processes 1;
error_log ${temp("error.log")} warn;
pid ${temp("nginx.pid")};
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp("body")};
  proxy_temp_path ${temp("proxy")};
  fastcgi_temp_path ${temp("fastcgi")};
  uwsgi_temp_path ${temp("uwsgi")};
  scgi_temp_path ${temp("scgi")};
  client_max_body_size 2m;
  upstream guarantor {
${upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    # The load generator keeps each connection for the whole run; at nginx's default
    # (1,000) it closes them mid-run, and a request sent as one closes fails.
    keepalive_requests 1000000;
    location / {
      proxy_pass http://guarantor;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffers 16 64k;
    }
  }
}
`;
}

export async function startNginx(port: number, upstreams: number[]): Promise<Proxy> {
  const bin = nginxBinary();
  if (!bin) throw new Error("nginx is not installed (apt-get install -y nginx, or set NGINX_BIN)");
  const dir = mkdtempSync(path.join(os.tmpdir(), "guarantor-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, nginxConfig(dir, port, upstreams));
  // -e: the early error log, before the configuration is read (the default is a system path).
  const child = spawn(
    bin,
    ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log"), "-g", "daemon off;"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const death = () =>
    child.exitCode === null && child.signalCode === null
      ? null
      : `nginx exited (${child.exitCode ?? child.signalCode}): ${stderr.trim()}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGQUIT"); // graceful: workers finish, then go
    const late = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(late);
    // A failed request through nginx says why only here (an upstream reset, a timeout).
    const errorLog = path.join(dir, "error.log");
    const problems = (existsSync(errorLog) ? readFileSync(errorLog, "utf8") : "")
      .split("\n")
      .filter((l) => /\[(warn|error|crit|alert|emerg)\]/.test(l));
    if (problems.length)
      log(
        `nginx logged ${problems.length} problem(s); the first: ${problems.slice(0, 3).join(" | ")}`,
      );
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", () => child.kill("SIGKILL"));
  const base = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await sleep(100)) {
    if (death()) throw new Error(death()!);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      log(`nginx ${bin} on port ${port} (pid ${child.pid}) in front of ${upstreams.join(", ")}`);
      return { base, pid: child.pid!, stop, death };
    }
  }
  await stop();
  throw new Error("nginx did not answer within 10 s");
}
