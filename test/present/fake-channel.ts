/** An in-memory BroadcastChannel stand-in: delivers (cloned) to the other members, on flush. */
import type { ChannelLike } from '../../src/lib/present/sync.svelte';

export class Hub {
  members = new Set<FakeChannel>();
  queue: { from: FakeChannel; data: unknown }[] = [];
  posted: unknown[] = [];
  /** Deliver to the sender too (a broken channel), to check that a link ignores its own messages. */
  echo = false;

  channel(): FakeChannel {
    return new FakeChannel(this);
  }

  /** Deliver queued messages until none is left; throws if it never settles (a loop). */
  flush(max = 100): number {
    let delivered = 0;
    while (this.queue.length) {
      if (++delivered > max) throw new Error('messages never stop: a ping-pong loop');
      const { from, data } = this.queue.shift()!;
      for (const m of [...this.members]) {
        if (m === from && !this.echo) continue;
        m.onmessage?.({ data: structuredClone(data) } as MessageEvent);
      }
    }
    return delivered;
  }

  /** Send raw data as if from another window. */
  inject(data: unknown): void {
    for (const m of this.members) m.onmessage?.({ data } as MessageEvent);
  }
}

export class FakeChannel implements ChannelLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  closed = false;
  constructor(private hub: Hub) {
    hub.members.add(this);
  }
  postMessage(data: unknown): void {
    if (this.closed) throw new Error('InvalidStateError: closed');
    this.hub.posted.push(data);
    this.hub.queue.push({ from: this, data });
  }
  close(): void {
    this.closed = true;
    this.hub.members.delete(this);
  }
}

/** A global BroadcastChannel class backed by one hub per name (for components). */
export function fakeBroadcastChannel() {
  const hubs = new Map<string, Hub>();
  const hub = (name: string) => {
    if (!hubs.has(name)) hubs.set(name, new Hub());
    return hubs.get(name)!;
  };
  class FakeBroadcastChannel extends FakeChannel {
    readonly name: string;
    constructor(name: string) {
      super(hub(name));
      this.name = name;
    }
  }
  return { FakeBroadcastChannel, hub };
}
