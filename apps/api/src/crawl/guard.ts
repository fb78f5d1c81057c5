/**
 * Which addresses a fetch of a user-given URL may reach. Only http and https; never private, loopback, link-local or
 * other special addresses (SSRF) unless the operator allows it (`--allow-private`, which the local fixture tests pass).
 * Literal IP hosts are checked when the URL is read; names are checked on every address they resolve to, at connect
 * time (a custom DNS lookup), so redirects and DNS rebinding cannot slip past.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'EBLOCKED';
}

/** True for addresses a fetch of a user-given URL must never reach: anything but public unicast. */
export function isPrivateAddress(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(a)) return true;
  let ip = ipaddr.parse(a);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() !== 'unicast';
}

/** How a fetcher decides that an address is off limits (replaceable in tests). */
export type AddressPolicy = (address: string) => boolean;

const LOCAL_NAMES =
  /^(localhost|localhost\.localdomain|ip6-localhost|ip6-loopback)\.?$|\.localhost\.?$|\.local\.?$|\.internal\.?$/i;

/** Parses a URL a fetch may use: http(s) only, no credentials, no private host unless allowed. Throws BlockedAddressError. */
export function checkUrl(raw: string, options: { allowPrivate?: boolean; isBlocked?: AddressPolicy } = {}): URL {
  let url: URL;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new BlockedAddressError(`not a URL: ${String(raw).slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BlockedAddressError(`only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new BlockedAddressError('URLs with credentials are not fetched');
  if (!options.allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const blocked = options.isBlocked ?? isPrivateAddress;
    if (isIP(host) && blocked(host))
      throw new BlockedAddressError(
        `${url.hostname} is a private or special address; refused (use --allow-private for local sites)`,
      );
    if (LOCAL_NAMES.test(host))
      throw new BlockedAddressError(`${url.hostname} is a local name; refused (use --allow-private for local sites)`);
  }
  return url;
}

/**
 * A DNS lookup for http.request that refuses private addresses unless allowed. `hosts` pins names to addresses (like
 * curl --resolve: a staging server, or the local fixture site under an agency's real name); pinned addresses are
 * checked like any other.
 */
export function guardedLookup(
  allowPrivate: boolean,
  isBlocked: AddressPolicy = isPrivateAddress,
  hosts: Record<string, string> = {},
): LookupFunction {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    const pinned = hosts[hostname.toLowerCase()];
    const resolve = (cb: (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) =>
      pinned
        ? cb(null, [{ address: pinned, family: isIP(pinned) === 6 ? 6 : 4 }])
        : dnsLookup(hostname, { ...options, all: true }, cb);
    resolve((err, addresses) => {
      if (err) return callback(err);
      const list = (addresses as LookupAddress[]) ?? [];
      const bad = allowPrivate ? undefined : list.find((a) => isBlocked(a.address));
      if (bad)
        return callback(new BlockedAddressError(`${hostname} resolves to a private address (${bad.address}); refused`));
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname}: no address`));
      callback(null, first.address, first.family);
    });
  }) as LookupFunction;
}
