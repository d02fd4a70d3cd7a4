"""The Dask path of `timeline story` gives the same result as the local run (skipped without dask)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

distributed = pytest.importorskip("distributed")

from timeline.cli import main  # noqa: E402
from timeline.story import digest_paths  # noqa: E402
from timeline.story.on_dask import analyse_on_dask  # noqa: E402
from timeline.story.sources import analyse_all, find_sources, read_inputs  # noqa: E402

TOWNS = ["Calder", "Brennick", "Norhaven", "Ostley", "Marrow Bay"]
ACTS = ["opened a new ferry terminal", "voted to raise the harbour levy", "closed the old quay for repairs",
        "signed a contract for a sea wall", "named a new harbour master", "approved a flood plan"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def write_articles(folder: Path, count: int) -> None:
    """``count`` short articles of a made-up harbour story over about two months (seeded)."""
    rng = random.Random(7)
    first = dt.date(2032, 5, 3)
    for i in range(count):
        published = first + dt.timedelta(days=rng.randrange(60))
        past = published - dt.timedelta(days=rng.randrange(1, 6))
        town, act = rng.choice(TOWNS), rng.choice(ACTS)
        lines = [
            f"The {town} council {act} on {WEEKDAYS[past.weekday()]}, officials said.",
            f"The decision followed a meeting on {past.strftime('%B')} {past.day} that lasted six hours.",
            f"Residents of {town} have argued about the harbour for many years, and several groups objected.",
            f"A spokesperson said the council {rng.choice(ACTS)} today after a long debate in the chamber.",
        ]
        text = f"---\ntitle: {town} harbour news {i}\npublished: {published.isoformat()}\n---\n\n" + "\n".join(lines)
        (folder / f"article-{i:03}.md").write_text(text + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as local:
        yield local


def test_dask_gives_the_same_facts_and_digest(cluster, tmp_path: Path) -> None:
    write_articles(tmp_path, 300)
    items = read_inputs(find_sources([tmp_path]))
    assert len(items) == 300
    with distributed.Client(cluster) as client:
        on_dask = analyse_on_dask(items, client)
    assert on_dask == analyse_all(items)
    local = digest_paths([tmp_path], 8, 2)
    remote = digest_paths([tmp_path], 8, 2, dask=cluster.scheduler_address)
    assert remote == local and len(local) == 8


def test_cli_dask_option(cluster, tmp_path: Path) -> None:
    write_articles(tmp_path, 120)
    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    local = runner.invoke(main, ["story", str(tmp_path), "--dates", "5", "--format", "t17"])
    remote = runner.invoke(main, ["story", str(tmp_path), "--dates", "5", "--format", "t17",
                                  "--dask", cluster.scheduler_address])
    assert local.exit_code == 0 and remote.exit_code == 0
    assert remote.stdout == local.stdout and local.stdout.count("- date:") == 5
