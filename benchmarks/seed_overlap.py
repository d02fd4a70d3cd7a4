"""Which tracked files share a run of words with the third-party seed article?

The repository holds only text its makers wrote; the seed article
(``../shared/seed/``, outside the repository) stays there. This script lists
every file tracked by git that shares a run of N or more words (default 8) with
it, and the runs, so a copy is easy to find. Runs of a few words are facts,
names and time expressions ("has until 5:01 p.m. ET to"); whole clauses are
copies. Reads ../shared (or $TIMELINE_SHARED, or --shared) and exits cleanly
when it is missing.

    python benchmarks/seed_overlap.py [--words 8] [--shared DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def words(text: str) -> list[str]:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.findall(r"[A-Za-z0-9$']+", text.lower())


def runs(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--words", type=int, default=8, help="shortest run reported")
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("TIMELINE_SHARED", ROOT.parent / "shared")))
    args = parser.parse_args()
    seed_dir = args.shared / "seed"
    if not seed_dir.is_dir():
        print(f"no seed article at {seed_dir}: nothing to compare (set TIMELINE_SHARED or --shared)")
        return 0
    seed = set().union(*(runs(words(p.read_text(encoding="utf-8")), args.words)
                         for p in sorted(seed_dir.iterdir()) if p.is_file()))
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files"], capture_output=True, text=True,
                             check=True).stdout.splitlines()
    hits = 0
    for name in tracked:
        try:
            text = (ROOT / name).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        shared = sorted({" ".join(r) for r in runs(words(text), args.words) & seed})
        if shared:
            hits += 1
            print(f"{name}: {len(shared)} run(s) of {args.words} words, e.g. {shared[:3]}")
    print(f"{hits} tracked file(s) share a run of {args.words} words with {seed_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
