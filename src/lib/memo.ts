// Views and drawings made once per build and shared by every page that shows them.

/** What `kept` reads and writes: a Map or a WeakMap. */
interface Store<Key, Value> {
  get(key: Key): Value | undefined;
  set(key: Key, value: Value): unknown;
}

/** The value `store` holds under `key`, made with `make` and stored the first time it is asked for. */
export function kept<Key, Value>(store: Store<Key, Value>, key: Key, make: () => Value): Value {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
