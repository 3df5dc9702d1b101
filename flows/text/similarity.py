"""MinHash signatures and LSH bands for near-duplicate detection.

An article's signature is the MinHash (64 permutations) of its word 3-gram shingles. The
signature is cut into 8 bands of 8 values; two articles sharing any band hash are candidate
near-duplicates (probability ~0.5 at Jaccard 0.77, ~0.97 at 0.9), verified by the share of
equal signature values. Candidates come from an equi-join on (band, hash) in SQL, so finding
them costs in proportion to the new articles, never all pairs.
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Sequence
from functools import cache

NUM_PERM = 64
BANDS = 8
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
_SEED = 7


@cache
def _template():
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32)
    if m.scheme != "affine32" or m.hashvalues.dtype.itemsize != 4:  # what minhash_signature computes
        raise RuntimeError(f"datasketch MinHash scheme {m.scheme!r}: minhash_signature computes affine32")
    return m


def shingles(words: Sequence[str], size: int = SHINGLE_WORDS) -> list[bytes]:
    """The ``size``-word shingles of ``words`` (UTF-8, words joined by a space), in order; one
    shingle of all the words when there are fewer than ``size``, none when there are none."""
    if len(words) < size:
        return [" ".join(words).encode()] if words else []
    return list(map(str.encode, map(" ".join, zip(*(words[i:] for i in range(size)), strict=False))))


def minhash_signature(words: Sequence[str]) -> list[int]:
    """MinHash of the word shingles of normalized tokens (64 unsigned 32-bit values): those of
    ``datasketch.MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=zlib.crc32)`` updated with
    ``shingles(words)``, computed here on arrays in one go (the hash of each shingle, its
    finalizer mix and the affine permutations of datasketch's default scheme)."""
    import numpy as np
    from datasketch.minhash import _fmix

    t = _template()
    if len(words) < SHINGLE_WORDS:  # one shingle of all the words, or none
        sh = shingles(words)
        if not sh:
            return t.hashvalues.tolist()
        hv = np.fromiter(map(zlib.crc32, sh), dtype=t.hashvalues.dtype, count=len(sh))
    else:
        # ``shingles(words)``, joined from the words encoded once each rather than encoded
        # three times as parts of their shingles, hashed as they come
        encoded = list(map(str.encode, words))
        joined = map(b" ".join, zip(*(encoded[i:] for i in range(SHINGLE_WORDS)), strict=False))
        count = len(words) - SHINGLE_WORDS + 1
        hv = np.fromiter(map(zlib.crc32, joined), dtype=t.hashvalues.dtype, count=count)
    a, b = t.permutations
    permuted = _fmix(hv, 32).reshape(-1, 1) * a + b  # wraps modulo 2**32, as datasketch's
    return np.minimum(t.hashvalues, permuted.min(axis=0)).tolist()


def band_hashes(signature: Sequence[int]) -> list[int]:
    """One signed 64-bit hash per band (DuckDB BIGINT)."""
    out = []
    for b in range(BANDS):
        chunk = b"".join(int(v).to_bytes(4, "little") for v in signature[b * ROWS : (b + 1) * ROWS])
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True))
    return out
