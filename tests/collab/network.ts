import * as Y from 'yjs';

/** The origin of updates the network delivers (so a peer does not send them on again). */
export const NETWORK = { network: true };

interface Message {
  from: number;
  update: Uint8Array;
}

interface Node {
  doc: Y.Doc;
  connected: boolean;
  inbox: Message[];
}

/**
 * Several Y.Docs joined the way Yjs tests itself: every update a peer makes is queued for every other
 * connected peer; messages are delivered one at a time in a random order; a disconnected peer loses what
 * was in flight, and on reconnecting exchanges state with everyone connected (the sync protocol's step 2).
 */
export class Network {
  private readonly nodes: Node[];

  constructor(
    docs: readonly Y.Doc[],
    private readonly random: () => number,
  ) {
    this.nodes = docs.map((doc) => ({ doc, connected: true, inbox: [] }));
    this.nodes.forEach((node, from) => {
      node.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === NETWORK || !node.connected) return;
        this.nodes.forEach((other, to) => {
          if (to !== from && other.connected) other.inbox.push({ from, update });
        });
      });
    });
  }

  get pending(): number {
    return this.nodes.reduce((sum, node) => sum + node.inbox.length, 0);
  }

  isConnected(peer: number): boolean {
    return this.nodes[peer]?.connected ?? false;
  }

  /** Delivers one message, chosen at random among all in flight; false when none is. */
  deliverOne(): boolean {
    const waiting = this.nodes.filter((node) => node.inbox.length > 0);
    if (waiting.length === 0) return false;
    const node = waiting[Math.floor(this.random() * waiting.length)]!;
    const [message] = node.inbox.splice(Math.floor(this.random() * node.inbox.length), 1);
    if (message) Y.applyUpdate(node.doc, message.update, NETWORK);
    return true;
  }

  deliverAll(): void {
    while (this.deliverOne());
  }

  disconnect(peer: number): void {
    const node = this.nodes[peer];
    if (!node || !node.connected) return;
    node.connected = false;
    node.inbox = [];
    for (const other of this.nodes) other.inbox = other.inbox.filter((m) => m.from !== peer);
  }

  reconnect(peer: number): void {
    const node = this.nodes[peer];
    if (!node || node.connected) return;
    node.connected = true;
    this.nodes.forEach((other, index) => {
      if (index === peer || !other.connected) return;
      other.inbox.push({
        from: peer,
        update: Y.encodeStateAsUpdate(node.doc, Y.encodeStateVector(other.doc)),
      });
      node.inbox.push({
        from: index,
        update: Y.encodeStateAsUpdate(other.doc, Y.encodeStateVector(node.doc)),
      });
    });
  }

  /** Everyone back online and every message delivered. */
  settle(): void {
    this.nodes.forEach((_, peer) => this.reconnect(peer));
    this.deliverAll();
  }
}

/** A small seeded generator (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
