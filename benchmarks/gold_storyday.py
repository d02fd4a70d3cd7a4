"""Story-day events per article, batch by batch, in the extraction gold (issue 16).

The gold dates undated reactions, sayings and scenes of the story's own day by the publication day
(see the header and batch 19-23 comments of extract_gold.yaml). Whether that convention is applied
evenly shows in how many events per article each batch dates by the publication day: a batch far
above the first-sight batches counts more kinds than they do. The publication day is read from the
article's folder (`bpoil/2010-06-03/...`), so no article text is opened.

    .venv/bin/python benchmarks/gold_storyday.py [--gold FILE]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

GOLD = Path(__file__).resolve().parent / "extract_gold.yaml"


@dataclass
class BatchCount:
    articles: int = 0
    events: int = 0
    story_day: int = 0


def publication_day(path: str) -> str:
    return path.split("/")[1]


def dated_by_story_day(event: dict, day: str) -> bool:
    dates = [event["date"]] if isinstance(event["date"], str) else list(event["date"])
    return day in dates


def count_batches(articles: list[dict]) -> dict[int, BatchCount]:
    counts: dict[int, BatchCount] = {}
    for entry in articles:
        count = counts.setdefault(entry.get("batch", 1), BatchCount())
        day = publication_day(entry["path"])
        events = entry["events"] or []
        count.articles += 1
        count.events += len(events)
        count.story_day += sum(dated_by_story_day(event, day) for event in events)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", default=str(GOLD))
    args = parser.parse_args()
    articles = yaml.safe_load(Path(args.gold).read_text(encoding="utf-8"))["articles"]
    counts = count_batches(articles)
    print(f"{'batch':>5} {'pages':>5} {'events':>6} {'story-day':>9} {'per page':>8}")
    for batch in sorted(counts):
        count = counts[batch]
        print(f"{batch:>5} {count.articles:>5} {count.events:>6} {count.story_day:>9} "
              f"{count.story_day / max(count.articles, 1):>8.2f}")


if __name__ == "__main__":
    main()
