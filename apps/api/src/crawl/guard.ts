/**
 * Which addresses a server-side fetch may reach. User-given URLs must not reach private, loopback, link-local or
 * other special addresses (SSRF), unless the operator allows it (`--allow-private`, used by the local fixture tests).
 * The check runs on every resolved address at connect time (a custom DNS lookup), so redirects and DNS rebinding
 * cannot slip past it.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'EBLOCKED';
}

/** True for addresses a fetch of a user-given URL must never reach. */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return true;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() !== 'unicast';
}

/** URL schemes a fetch may use. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BlockedAddressError(`not a URL: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BlockedAddressError(`only http and https URLs can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new BlockedAddressError('URLs with credentials are not fetched');
  return url;
}

/** A DNS lookup for http.request that refuses private addresses unless allowed. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return ((hostname: string, options: object, callback: (...args: unknown[]) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const list = (addresses as LookupAddress[]) ?? [];
      const bad = allowPrivate ? undefined : list.find((a) => isPrivateAddress(a.address));
      if (bad) return callback(new BlockedAddressError(`${hostname} resolves to a private address (${bad.address}); refused`));
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname}: no address`));
      callback(null, first.address, first.family);
    });
  }) as LookupFunction;
}
