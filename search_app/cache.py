"""A thread-safe LRU map bounded by total weight: the engine's per-version caches."""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class LRU:
    """Least-recently-used cache holding at most `capacity` of weight (1 per entry by default).

    >>> cache = LRU(2)
    >>> cache.get_or_make("a", lambda: 1), cache.get_or_make("b", lambda: 2), cache.get_or_make("c", lambda: 3)
    (1, 2, 3)
    >>> cache.get("a") is None and cache.get("c")
    3
    """

    def __init__(self, capacity: int, weigh: Callable[[Any], int] = lambda value: 1):
        self.capacity = capacity
        self.weigh = weigh
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            if key in self._items:
                return
            self._items[key] = value
            self._held += self.weigh(value)
            while self._held > self.capacity and len(self._items) > 1:
                _, dropped = self._items.popitem(last=False)
                self._held -= self.weigh(dropped)

    def get_or_make(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """The cached value, or `make()` stored; `make` runs outside the lock."""
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._held = 0

    def __len__(self) -> int:
        return len(self._items)
