// Which address of the laptop the participant server binds to. Pure: it reads data shaped
// like Node's os.networkInterfaces(), so tests give fixtures of Windows, macOS and Linux.

/** The fields of os.NetworkInterfaceInfo that matter here. */
export interface InterfaceAddress {
  address: string;
  family: 'IPv4' | 'IPv6' | 4 | 6;
  internal: boolean;
}
export type InterfaceTable = Readonly<Record<string, readonly InterfaceAddress[] | undefined>>;

export interface AddressChoice {
  address: string;
  /** The interface's name, as the system calls it. */
  interfaceName: string;
  /** What a person reads in the list: « Wi‑Fi — 192.168.137.1 (point d’accès) ». */
  label: string;
  /** Higher is likelier to be the room's network. */
  score: number;
}

// Virtual adapters (VPN, containers, virtual machines) never reach the room's phones.
const VIRTUAL = /(docker|veth|br-|virbr|vmnet|vboxnet|virtualbox|vmware|hyper-v|vethernet|wsl|utun|tun|tap|zt|tailscale|wireguard|wg\d|ham|npcap|loopback|awdl|llw|anpi|bridge)/i;
const WIRELESS = /(wi-?fi|wlan|wlp|wlx|wireless|airport|sans fil|^en0$|local area connection\*|connexion au réseau local\*|ap\d|hotspot)/i;

export function parseIPv4(address: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((n) => n <= 255) ? parts : null;
}

export function isLoopbackIPv4(address: string): boolean {
  return parseIPv4(address)?.[0] === 127;
}

function isPrivateIPv4([a, b]: number[]): boolean {
  return a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168);
}

/**
 * The addresses the participant server may bind to, likeliest first: non-internal IPv4
 * only; a hotspot the laptop itself provides (Windows: 192.168.137.1) and Wi‑Fi before
 * wired, private ranges before others; link-local and virtual adapters left out.
 * Never 0.0.0.0: listening on every network at once is never chosen implicitly.
 */
export function participationAddresses(table: InterfaceTable): AddressChoice[] {
  const choices: AddressChoice[] = [];
  for (const [name, addresses] of Object.entries(table)) {
    for (const info of addresses ?? []) {
      if (info.internal || (info.family !== 'IPv4' && info.family !== 4)) continue;
      const parts = parseIPv4(info.address);
      if (!parts || parts[0] === 0 || parts[0] === 127 || (parts[0] === 169 && parts[1] === 254) || parts[0]! >= 224) continue;
      if (VIRTUAL.test(name)) continue;
      const hotspot = info.address === '192.168.137.1' || /local area connection\*|connexion au réseau local\*|ap\d|hotspot/i.test(name);
      const wireless = WIRELESS.test(name);
      const score = (hotspot ? 4 : 0) + (wireless ? 2 : 0) + (isPrivateIPv4(parts) ? 1 : 0);
      const kind = hotspot ? ' (point d’accès)' : wireless ? ' (Wi\u2011Fi)' : '';
      choices.push({ address: info.address, interfaceName: name, label: `${name} — ${info.address}${kind}`, score });
    }
  }
  return choices.sort((a, b) => b.score - a.score || a.interfaceName.localeCompare(b.interfaceName));
}

/**
 * Checks an address given by the user (`--participation-address`, the list's choice):
 * an IPv4 literal, never the wildcard.
 */
export function checkBindAddress(address: string): { ok: true; address: string } | { ok: false; message: string } {
  const parts = parseIPv4(address.trim());
  if (!parts) return { ok: false, message: `Adresse de participation invalide\u00a0: « ${address.slice(0, 60)} » (une adresse IPv4 comme 192.168.137.1 est attendue).` };
  if (parts.every((n) => n === 0)) return { ok: false, message: 'L’adresse 0.0.0.0 ouvrirait la participation à tous les réseaux à la fois\u00a0: choisissez l’adresse du Wi‑Fi de la salle.' };
  return { ok: true, address: parts.join('.') };
}
