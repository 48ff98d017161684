"""MinHash signatures and LSH banding over content-word shingles (no dependencies)."""

from __future__ import annotations

import hashlib
import struct

NUM_PERM = 64
BANDS = 16  # 16 bands of 4 rows: candidate threshold ≈ (1/16) ** (1/4) ≈ 0.5
ROWS = NUM_PERM // BANDS
_PRIME = (1 << 61) - 1
_MAX = (1 << 32) - 1


def _params() -> list[tuple[int, int]]:
    # Fixed seeds: signatures must be identical across processes, machines and engines.
    out = []
    for i in range(NUM_PERM):
        digest = hashlib.sha256(f"article-audit-minhash-{i}".encode()).digest()
        a, b = struct.unpack("<QQ", digest[:16])
        out.append((a % (_PRIME - 1) + 1, b % _PRIME))
    return out


PARAMS = _params()


def _h(shingle: str) -> int:
    return struct.unpack("<I", hashlib.blake2b(shingle.encode(), digest_size=4).digest())[0]


def signature(shingles: set[str]) -> list[int]:
    """MinHash signature (NUM_PERM values) of a shingle set."""
    if not shingles:
        return [_MAX] * NUM_PERM
    hashes = [_h(s) for s in shingles]
    return [min(((a * x + b) % _PRIME) & _MAX for x in hashes) for a, b in PARAMS]


def bands(sig: list[int]) -> list[int]:
    """LSH band keys of a signature, as 64-bit integers (compact in memory, stable)."""
    out = []
    for i in range(BANDS):
        raw = struct.pack(f"<I{ROWS}I", i, *sig[i * ROWS : (i + 1) * ROWS])
        out.append(int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little"))
    return out


def estimate(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / NUM_PERM
