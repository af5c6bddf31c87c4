"""What the speed-equivalence tests share (a fast path must find exactly what the code it replaces
finds): the bundled seeds' normalized texts, and seeded random strings built from the pieces a
pattern is about."""

import random

from medgraph.documents import read_document
from medgraph.pipeline import bundled_files


def seed_texts() -> list[str]:
    return [read_document(p).normalized for p in bundled_files()]


def random_texts(pieces: list[str], n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]
