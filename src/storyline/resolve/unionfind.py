"""Disjoint sets over hashable items, for grouping linked records in near-linear time."""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)


class UnionFind(Generic[K]):
    def __init__(self, items: Iterable[K] = ()) -> None:
        self.parent: dict[K, K] = {item: item for item in items}

    def add(self, item: K) -> None:
        self.parent.setdefault(item, item)

    def find(self, item: K) -> K:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: K, b: K) -> bool:
        """Join the sets of ``a`` and ``b``; False when they were joined already."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return False
        self.parent[max(root_a, root_b, key=repr)] = min(root_a, root_b, key=repr)
        return True

    def groups(self) -> list[list[K]]:
        found: dict[K, list[K]] = {}
        for item in self.parent:
            found.setdefault(self.find(item), []).append(item)
        return list(found.values())
