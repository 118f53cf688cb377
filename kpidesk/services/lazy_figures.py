"""A read-only mapping whose values are worked out the first time each is asked for."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LazyMap(Mapping[K, V]):
    """`keys` (or a function giving them, called once when first needed) mapped by `work_out`,
    each value computed on first access and kept: a chart that shows one KPI's progress
    works out one KPI's, not every KPI's and every rep's."""

    def __init__(self, keys: Iterable[K] | Callable[[], Iterable[K]], work_out: Callable[[K], V]):
        self._keys_source = keys
        self._keys: dict[K, None] | None = None
        self._work_out = work_out
        self._values: dict[K, V] = {}

    def _key_set(self) -> dict[K, None]:
        if self._keys is None:
            source = self._keys_source
            self._keys = dict.fromkeys(source() if callable(source) else source)
        return self._keys

    def __getitem__(self, key: K) -> V:
        if key in self._values:
            return self._values[key]
        if key not in self._key_set():
            raise KeyError(key)
        value = self._values[key] = self._work_out(key)
        return value

    def __contains__(self, key: object) -> bool:
        return key in self._key_set()

    def __iter__(self) -> Iterator[K]:
        return iter(self._key_set())

    def __len__(self) -> int:
        return len(self._key_set())

    def __repr__(self) -> str:
        return f"LazyMap({list(self._key_set())!r}, worked out: {len(self._values)})"
