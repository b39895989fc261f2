/**
 * The production server the benchmark measures: started on a free port in a process
 * group of its own (so stopping it stops everything it started), and watched through
 * /proc for memory and for when it has finished working.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import net from "node:net";
import { log, ROOT } from "./cli";

export type Server = {
  base: string;
  pid: number;
  stop: () => Promise<void>;
  /** Why the server is gone (exit code or signal, and its last words), or null while it runs. */
  death: () => string | null;
};

export async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${from + 99}`);
}

/**
 * The production server (scripts/serve.ts) on `port` with DATABASE_URL = `url`; resolves
 * once /api/health answers. `env` adds settings (the cluster bench's TRUSTED_PROXIES).
 */
export async function startServer(
  url: string,
  port: number,
  env: Record<string, string> = {},
): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: "127.0.0.1",
      // Pages read the session, which needs a secret; a throw-away one is enough here.
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  let stopping = false;
  const server: Server = {
    base: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    // Waits for it to go, so it is reaped here rather than left to whoever adopts it.
    stop: async () => {
      stopping = true;
      signalGroup(child, "SIGTERM");
      const late = setTimeout(() => signalGroup(child, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(late);
    },
    death: () => {
      if (stopping || (child.exitCode === null && child.signalCode === null)) return null;
      const how = child.signalCode
        ? `killed by ${child.signalCode}`
        : `exited with ${child.exitCode}`;
      const last = stderr.trim().split("\n").slice(-3).join(" / ");
      return `the server ${how}${last ? `: ${last}` : ""}`;
    },
  };
  // Whatever ends this process (an error, Ctrl-C, a timeout's SIGTERM) ends the server too.
  process.once("exit", () => signalGroup(child, "SIGTERM"));
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.once(signal, () => process.exit(130));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(250)) {
    const death = server.death();
    if (death) throw new Error(`next start failed: ${death}`);
    const ok = await fetch(`${server.base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      log(`serving the production build on port ${port} (pid ${child.pid})`);
      return server;
    }
  }
  await server.stop();
  throw new Error("next start did not answer /api/health within 60 s");
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** The process and every process below it. */
function tree(pid: number): number[] {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .split(" ")
      .filter(Boolean);
    return [pid, ...children.flatMap((c) => tree(Number(c)))];
  } catch {
    return [];
  }
}

/** Resident memory of the server and its children, in MB (Linux /proc; 0 elsewhere). */
export function rssMb(pid: number): number {
  return tree(pid).reduce((sum, p) => {
    try {
      return (
        sum +
        Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0) / 1024
      );
    } catch {
      return sum;
    }
  }, 0);
}

/** CPU time used so far by the server and its children, in clock ticks. */
function cpuTicks(pid: number): number {
  return tree(pid).reduce((sum, p) => {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
      return sum;
    }
  }, 0);
}

/**
 * Waits until the server has been idle (under 5% of a core) for a second. autocannon
 * drops requests still in flight when its time is up, but the server goes on rendering
 * them; the next target must not pay for them.
 */
export async function waitUntilIdle(pid: number, limitMs = 600_000) {
  for (const deadline = Date.now() + limitMs; Date.now() < deadline;) {
    const before = cpuTicks(pid);
    await sleep(1000);
    if (cpuTicks(pid) - before <= 5) return;
  }
  log("the server stayed busy; going on anyway");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
