import { describe, expect, it } from 'vitest';
import { checkBindAddress, participationAddresses, type InterfaceTable } from './network.js';

const lo = { address: '127.0.0.1', family: 'IPv4' as const, internal: true };
const v6 = (address: string) => ({ address, family: 'IPv6' as const, internal: false });
const v4 = (address: string) => ({ address, family: 'IPv4' as const, internal: false });

// Shapes of os.networkInterfaces() as seen on the three systems (addresses are fixtures,
// never contacted).
const WINDOWS_HOTSPOT: InterfaceTable = {
  Ethernet: [v6('fe80::1'), v4('192.168.1.20')],
  'Wi-Fi': [v4('192.168.43.12')],
  'Connexion au réseau local* 2': [v4('192.168.137.1')],
  'vEthernet (WSL)': [v4('172.20.48.1')],
  'Loopback Pseudo-Interface 1': [lo],
};
const MAC_ROUTER: InterfaceTable = { lo0: [lo], en0: [v6('fe80::2'), v4('10.0.0.7')], utun3: [v4('10.8.0.2')], awdl0: [v6('fe80::3')] };
const LINUX: InterfaceTable = {
  lo: [lo],
  enp3s0: [v4('169.254.10.3')],
  wlp2s0: [v4('192.168.8.101')],
  docker0: [v4('172.17.0.1')],
  'br-4a1': [v4('172.18.0.1')],
};

describe('the participant server’s address', () => {
  it('prefers the hotspot the laptop itself provides, then Wi‑Fi, and leaves out virtual adapters', () => {
    const list = participationAddresses(WINDOWS_HOTSPOT);
    expect(list.map((c) => c.address)).toEqual(['192.168.137.1', '192.168.43.12', '192.168.1.20']);
    expect(list[0]!.label).toContain('point d’accès');
  });

  it('picks the Wi‑Fi of a Mac on a travel router, not its VPN', () => {
    expect(participationAddresses(MAC_ROUTER).map((c) => c.address)).toEqual(['10.0.0.7']);
  });

  it('skips link-local and container bridges on Linux', () => {
    expect(participationAddresses(LINUX).map((c) => c.address)).toEqual(['192.168.8.101']);
  });

  it('offers nothing when there is no network at all (never 0.0.0.0 nor loopback)', () => {
    expect(participationAddresses({ lo: [lo] })).toEqual([]);
    expect(participationAddresses({ x: [v4('0.0.0.0')] })).toEqual([]);
  });

  it('checks an address the user gives', () => {
    expect(checkBindAddress('127.0.0.2')).toEqual({ ok: true, address: '127.0.0.2' });
    expect(checkBindAddress('0.0.0.0').ok).toBe(false);
    expect(checkBindAddress('wifi').ok).toBe(false);
    expect(checkBindAddress('300.1.1.1').ok).toBe(false);
  });
});
