import { BlockList, isIP } from "node:net";

/**
 * Which address a request came from. Next.js gives route handlers and pages no socket,
 * and fills X-Forwarded-For from the socket only when the client sent none, so a client
 * could name any address it liked. scripts/serve.ts therefore works the address out
 * from the socket for every request and writes it into this header, replacing any copy
 * a client sent. X-Forwarded-For is believed only when the socket belongs to a proxy
 * named in TRUSTED_PROXIES, and then only as far as the hops those proxies added.
 */
export const CLIENT_ADDRESS_HEADER = "x-guarantor-client-address";

/** Set by scripts/serve.ts in its own process: only then does the header mean anything. */
const SERVED_MARK = "GUARANTOR_CLIENT_ADDRESS_FROM_SOCKET";

export function markServedBySocketAwareServer() {
  process.env[SERVED_MARK] = "1";
}

/** An address as written by Node or a proxy, reduced to a plain IP, or null. */
export function normaliseAddress(value: string | undefined | null): string | null {
  let v = (value ?? "").trim();
  if (v.startsWith("[") && v.includes("]")) v = v.slice(1, v.indexOf("]")); // [::1]:443
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(v);
  if (v4WithPort) v = v4WithPort[1]!;
  if (/^::ffff:\d{1,3}(?:\.\d{1,3}){3}$/i.test(v)) v = v.slice(7); // IPv4 seen through an IPv6 socket
  return isIP(v) ? v.toLowerCase() : null;
}

/**
 * Parses TRUSTED_PROXIES: comma-separated addresses or CIDR ranges
 * ("127.0.0.1, 10.0.0.0/8, fd00::/8"). Throws a message naming the bad entry.
 */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const raw of value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, bits, extra] = raw.split("/");
    const ip = normaliseAddress(address);
    const family = ip && isIP(ip) === 6 ? "ipv6" : "ipv4";
    const max = family === "ipv6" ? 128 : 32;
    if (
      !ip ||
      extra !== undefined ||
      (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= max))
    ) {
      throw new Error(`"${raw}" is not an IP address or CIDR range (e.g. 10.0.0.0/8)`);
    }
    if (bits === undefined) list.addAddress(ip, family);
    else list.addSubnet(ip, Number(bits), family);
  }
  return list;
}

function isTrusted(ip: string, trusted: BlockList) {
  return trusted.check(ip, isIP(ip) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then the
 * nearest X-Forwarded-For hop (reading right to left) that is not itself a trusted
 * proxy. Hops a client wrote itself sit further left and are never reached.
 */
export function clientAddress(
  socket: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList | null,
): string {
  let address = normaliseAddress(socket);
  if (!address) return "unknown";
  if (!trusted) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(
    ",",
  );
  while (isTrusted(address, trusted) && hops.length > 0) {
    const hop = normaliseAddress(hops.pop());
    if (!hop) break; // garbage from further out: keep the last address a trusted proxy vouched for
    address = hop;
  }
  return address;
}

/** The address scripts/serve.ts worked out for this request; "unknown" when served otherwise. */
export function requestClientAddress(headers: Headers): string {
  if (process.env[SERVED_MARK] !== "1") return "unknown";
  return normaliseAddress(headers.get(CLIENT_ADDRESS_HEADER)) ?? "unknown";
}
