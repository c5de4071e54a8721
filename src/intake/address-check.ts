// Which IP addresses a download from an issue's link may reach: public ones only. A host is judged
// by the address it resolves to, so each spelling of 127.0.0.1 (127.1, 0x7f.1, ::ffff:7f00:1) is loopback.
import { BlockList, isIP } from 'node:net';

const RANGES = {
  unspecified: ['0.0.0.0/8', '::/128'],
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fec0::/10'],
  'link-local': ['169.254.0.0/16', 'fe80::/10'],
  'unique-local': ['fc00::/7'],
  multicast: ['224.0.0.0/4', 'ff00::/8'],
  // Documentation, benchmarking, protocol, future-use, broadcast, ::a.b.c.d and Teredo: no web server's.
  reserved: [
    '192.0.0.0/24',
    '192.0.2.0/24',
    '198.18.0.0/15',
    '198.51.100.0/24',
    '203.0.113.0/24',
    '240.0.0.0/4',
    '::/96',
    '100::/64',
    '2001::/32',
    '2001:db8::/32',
  ],
};
export type AddressKind = keyof typeof RANGES;

// BlockList also matches IPv4-mapped IPv6 (::ffff:a.b.c.d) against the IPv4 ranges.
const LISTS = Object.entries(RANGES).map(([kind, ranges]) => {
  const list = new BlockList();
  for (const range of ranges) {
    const [network, prefix] = range.split('/');
    list.addSubnet(network, Number(prefix), isIP(network) === 6 ? 'ipv6' : 'ipv4');
  }
  return { kind: kind as AddressKind, list };
});

/** The IP address a URL host spells, canonical and without brackets (IPv4 read as browsers do), or undefined for a host name. */
export function ipLiteral(host: string): string | undefined {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  const parsed = URL.parse(`http://${isIP(bare) === 6 ? `[${bare}]` : host}/`);
  const hostname = parsed?.hostname.replace(/^\[(.*)\]$/, '$1');
  return hostname && isIP(hostname) ? hostname : undefined;
}

/** What kind of non-public address `address` is (any spelling), or undefined for a public one. */
export function addressKind(address: string): AddressKind | undefined {
  const ip = ipLiteral(address);
  if (ip === undefined) return 'reserved';
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  const embedded = family === 'ipv6' ? embeddedIPv4(ip) : undefined;
  if (embedded) return addressKind(embedded);
  return LISTS.find(({ list }) => list.check(ip, family))?.kind;
}

/** Why a download may not connect to `address` (`10.0.0.1, a private address`); `allowLoopback` (tests' servers) lets loopback through. */
export function addressRefusal(address: string, allowLoopback: boolean): string | undefined {
  const kind = addressKind(address);
  if (kind === undefined || (kind === 'loopback' && allowLoopback)) return undefined;
  return `${ipLiteral(address) ?? address}, a ${kind} address`;
}

/** The IPv4 address inside a NAT64 (64:ff9b::/96) or 6to4 (2002::/16) address. */
function embeddedIPv4(ip: string): string | undefined {
  const groups = expandIPv6(ip);
  const quad = (high: number, low: number) =>
    [high >> 8, high & 255, low >> 8, low & 255].join('.');
  if (groups[0] === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((g) => g === 0))
    return quad(groups[6], groups[7]);
  if (groups[0] === 0x2002) return quad(groups[1], groups[2]);
  return undefined;
}

function expandIPv6(ip: string): number[] {
  const [head, tail = ''] = ip.split('::');
  const part = (text: string) => (text ? text.split(':').map((group) => parseInt(group, 16)) : []);
  const start = part(head);
  const end = ip.includes('::') ? part(tail) : [];
  return [...start, ...Array<number>(8 - start.length - end.length).fill(0), ...end];
}

/** `localhost` or a loopback address in any spelling: a test's server on this machine. */
export const isLoopbackHost = (hostname: string) =>
  hostname === 'localhost' || addressKind(hostname) === 'loopback';
