"""Split the corpus once into dev (tune on it) and test (look at nothing but its score).

    python3 bench/corpus/split.py

Each memo's split is fixed by its id alone (SHA-1 of the id, even -> dev, odd -> test), so
adding a writer's file never moves a memo that is already in one split into the other.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def split_of(memo_id: str) -> str:
    """dev or test, from the id alone."""
    digest = hashlib.sha1(memo_id.encode(), usedforsecurity=False).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def main() -> None:
    out: dict[str, list[str]] = {"dev": [], "test": []}
    for path in sorted((HERE / "raw").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out[split_of(json.loads(line)["id"])].append(line)
    for name, lines in out.items():
        (HERE / f"memos_{name}.jsonl").write_text("".join(f"{x}\n" for x in lines), "utf-8")
        print(f"{name}: {len(lines)} memos")


if __name__ == "__main__":
    main()
