"""Near-duplicate articles: MinHash signatures over word shingles, LSH buckets, no pairwise scan.

The scheme is fixed and versioned (``SCHEME``): changing any constant changes every signature.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from storyline.models import Document
from storyline.resolve.names import fold
from storyline.resolve.unionfind import UnionFind

SHINGLE = 5  # words per shingle
PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs above ~0.5 Jaccard almost always share a bucket
THRESHOLD = 0.8  # estimated Jaccard at or above which two articles are duplicates
SEED = 20250320
SCHEME = f"minhash-v1:sha1-64:shingle={SHINGLE}:perm={PERMUTATIONS}:bands={BANDS}:seed={SEED}"

_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(SEED)
_A = _rng.integers(1, (1 << 61) - 1, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> np.ndarray:
    """The MinHash signature of the text's word shingles (PERMUTATIONS unsigned ints)."""
    words = _WORD.findall(fold(text))
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    hashes = np.array(
        [int.from_bytes(hashlib.sha1(s.encode()).digest()[:8], "little") >> 3 for s in shingles],
        dtype=np.uint64)
    with np.errstate(over="ignore"):
        permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return permuted.min(axis=0)  # type: ignore[no-any-return]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.mean(a == b))


def candidate_pairs(signatures: Sequence[np.ndarray]) -> set[tuple[int, int]]:
    """Pairs of indexes that share at least one LSH band."""
    rows = PERMUTATIONS // BANDS
    pairs: set[tuple[int, int]] = set()
    for band in range(BANDS):
        buckets: dict[bytes, list[int]] = defaultdict(list)
        for i, sig in enumerate(signatures):
            buckets[sig[band * rows:(band + 1) * rows].tobytes()].append(i)
        for members in buckets.values():
            for other in members[1:]:
                pairs.add((members[0], other))
    return pairs


def find_duplicates(documents: Sequence[Document]) -> dict[str, str]:
    """Map each near-duplicate article to the first stored article it repeats."""
    signatures = [signature(d.text) for d in documents]
    groups: UnionFind[int] = UnionFind(range(len(documents)))
    for a, b in candidate_pairs(signatures):
        if similarity(signatures[a], signatures[b]) >= THRESHOLD:
            groups.union(a, b)
    duplicates: dict[str, str] = {}
    for group in groups.groups():
        first = min(group)
        for index in group:
            if index != first:
                duplicates[documents[index].id] = documents[first].id
    return duplicates
