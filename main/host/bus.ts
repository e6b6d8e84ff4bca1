import type { EventPayload, Topic } from '../../common/index.js';

type Listener<T extends Topic> = (payload: EventPayload<T>) => void;

/** In-process publish/subscribe by topic. A throwing listener is isolated from the others. */
export interface Bus {
  publish<T extends Topic>(topic: T, payload: EventPayload<T>): void;
  subscribe<T extends Topic>(topic: T, listener: Listener<T>): () => void;
}

export function createBus(onListenerError: (err: unknown, topic: Topic) => void = () => {}): Bus {
  const listeners = new Map<Topic, Set<Listener<Topic>>>();
  return {
    publish(topic, payload) {
      for (const l of listeners.get(topic) ?? []) {
        try {
          (l as Listener<typeof topic>)(payload);
        } catch (err) {
          onListenerError(err, topic);
        }
      }
    },
    subscribe(topic, listener) {
      let set = listeners.get(topic);
      if (!set) listeners.set(topic, (set = new Set()));
      set.add(listener as Listener<Topic>);
      return () => void set.delete(listener as Listener<Topic>);
    },
  };
}
