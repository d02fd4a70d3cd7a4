"""`timeline extract` through click's CliRunner: every option and every bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from timeline.cli import main
from timeline.documents import MAX_BYTES
from timeline.model import When

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
EXAMPLE = FIXTURES / "anthropic-pentagon-deadline.md"


def run(runner: CliRunner, *args: str):
    return runner.invoke(main, ["extract", *args], catch_exceptions=False)


def dates_of(events: list[dict]) -> list[str]:
    """Event dates as canonical values, however the store spells them in YAML."""
    return [When.parse(str(e["date"]).replace(" ", "T"), timezone=e.get("timezone")).value() for e in events]


def test_stdout_prints_the_example_events(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, str(EXAMPLE), "--stdout", "--content", str(tmp_path / "content"))
    assert result.exit_code == 0, result.stderr
    events = yaml.safe_load(result.stdout)
    dates = dates_of(events)
    for expected in ("2025-07", "2026-01", "2026-02-27T17:01-05:00", "2026-W09", "2026-02-24"):
        assert expected in dates, expected
    text = EXAMPLE.read_text(encoding="utf-8")
    quotes = [s["quote"] for e in events for s in e["sources"]]
    assert all(q in text for q in quotes)
    assert len(quotes) == len(set(quotes))
    meeting = events[dates.index("2026-W09")]
    assert "earlier this week" in meeting["sources"][0]["quote"]
    assert all(e["status"] == "extracted" and 0 < e["confidence"] <= 1 for e in events)
    assert not (tmp_path / "content").exists()  # --stdout writes nothing


def test_writes_events_file_and_rerun_is_byte_identical(runner: CliRunner, tmp_path: Path) -> None:
    content = tmp_path / "content"
    result = run(runner, str(EXAMPLE), "--content", str(content))
    assert result.exit_code == 0, result.stderr
    target = content / "events" / "anthropic-pentagon-deadline.yaml"
    first = target.read_bytes()
    assert "2026-W09" in first.decode()
    assert str(target) in result.stdout
    again = run(runner, str(EXAMPLE), "--content", str(content))
    assert again.exit_code == 0, again.stderr
    assert target.read_bytes() == first


def test_published_and_timezone_options(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "council.txt"
    source.write_text("The council voted on Tuesday to raise taxes.\nThe polls close at 8 p.m. on Friday.\n",
                      encoding="utf-8")
    result = run(runner, str(source), "--published", "2026-03-04", "--timezone", "Europe/Paris", "--stdout")
    assert result.exit_code == 0, result.stderr
    dates = dates_of(yaml.safe_load(result.stdout))
    assert "2026-03-03" in dates
    assert any(d.startswith("2026-03-06T20:00+01:00") or d == "2026-02-27T20:00+01:00" for d in dates), dates


def test_missing_publication_date_asks_for_published(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "undated.txt"
    source.write_text("The council voted on Tuesday to raise taxes.\n", encoding="utf-8")
    result = run(runner, str(source), "--stdout")
    assert result.exit_code == 1
    assert str(source) in result.stderr and "--published" in result.stderr


def test_inferred_publication_date_is_reported(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "wire.txt"
    source.write_text("WASHINGTON (AP) — Feb. 27, 2026\n\nThe Senate passed the bill on Thursday.\n",
                      encoding="utf-8")
    result = run(runner, str(source), "--stdout")
    assert result.exit_code == 0, result.stderr
    assert "inferred" in result.stderr and "2026-02-27" in result.stderr and str(source) in result.stderr
    assert "2026-02-26" in dates_of(yaml.safe_load(result.stdout))


def test_front_matter_of_other_tools_is_accepted(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "saved.md"
    source.write_text("---\ntitle: Council votes\npublished: 2026-03-04\nid: \"desk/17\"\nauthor: A. Writer\n"
                      "tags: [council]\npublshed: typo\n---\nThe council voted on Monday to close the depot.\n",
                      encoding="utf-8")
    result = run(runner, str(source), "--stdout")
    assert result.exit_code == 0, result.stderr
    assert dates_of(yaml.safe_load(result.stdout)) == ["2026-03-02"]
    # Other tools' keys pass in silence; a near-miss of a known key is pointed at.
    assert f"{source}:7:1: unknown key 'publshed' in front matter kept as metadata; did you mean 'published'?" \
        in result.stderr
    assert "'id'" not in result.stderr and "'author'" not in result.stderr


def test_a_publication_time_is_kept_on_the_sources(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "evening.md"
    source.write_text("---\ntitle: Late vote\npublished: June 17, 2009 7:29 pm\ntimezone: Europe/London\n---\n"
                      "The council voted on Monday to close the depot.\n", encoding="utf-8")
    result = run(runner, str(source), "--stdout")
    assert result.exit_code == 0, result.stderr
    [event] = yaml.safe_load(result.stdout)
    assert str(event["sources"][0]["published"]) == "2009-06-17T19:29+01:00"
    assert dates_of([event]) == ["2009-06-15"]


def test_html_source(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        '<!doctype html><html><head><meta property="og:title" content="Budget passes">'
        '<meta property="article:published_time" content="2026-03-04T10:00:00-05:00"></head><body>'
        "<nav>Home - Menu updated on Monday</nav><article><p>The council passed the budget on Tuesday.</p>"
        "</article><script>var t = 'Jan. 1, 2020';</script></body></html>", encoding="utf-8")
    result = run(runner, str(page), "--stdout")
    assert result.exit_code == 0, result.stderr
    events = yaml.safe_load(result.stdout)
    assert dates_of(events) == ["2026-03-03"]
    assert events[0]["sources"][0]["quote"] == "The council passed the budget on Tuesday."


def test_no_dates_is_a_notice_not_an_error(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "opinion.md"
    source.write_text("---\npublished: 2026-03-04\n---\nThings are changing, and have been for years.\n",
                      encoding="utf-8")
    content = tmp_path / "content"
    result = run(runner, str(source), "--content", str(content))
    assert result.exit_code == 0
    assert "no dated statements" in result.stderr and str(source) in result.stderr
    assert not (content / "events" / "opinion.yaml").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", b"", "empty"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("latin1.md", b"---\npublished: 2026-03-04\n---\ncaf\xe9 on Monday\n", "UTF-8"),
        ("conflict.md", b"---\npublished: 2026-02-27\n---\nIt happened on Monday.\n", "conflicting publication dates"),
        ("huge.md", b"---\npublished: 2026-02-27\n---\n" + b"It happened on Monday. " * (MAX_BYTES // 23 + 5), "MB"),
    ],
)
def test_bad_input_fails_cleanly_and_touches_nothing(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    content_dir = tmp_path / "content"
    # A good source extracted earlier; its events file must survive the failed run untouched.
    good = tmp_path / "anthropic-pentagon-deadline.md"
    shutil.copy(EXAMPLE, good)
    assert run(runner, str(good), "--content", str(content_dir)).exit_code == 0
    existing = content_dir / "events" / "anthropic-pentagon-deadline.yaml"
    before = existing.read_bytes()
    existing.write_bytes(before + b"# a hand-written comment\n")
    before = existing.read_bytes()

    bad = tmp_path / name
    bad.write_bytes(content)
    args = [str(good), str(bad), "--content", str(content_dir)]
    if name == "conflict.md":  # --published applies to every file given, so give only this one
        args = [str(bad), "--content", str(content_dir), "--published", "2026-02-28"]
    result = run(runner, *args)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and message in errors[0]
    assert "nothing was written" in result.stderr
    assert existing.read_bytes() == before
    assert sorted(p.name for p in (content_dir / "events").glob("*.yaml")) == ["anthropic-pentagon-deadline.yaml"]


def test_invalid_options(runner: CliRunner, tmp_path: Path) -> None:
    bad_date = run(runner, str(EXAMPLE), "--published", "2026-02-30", "--stdout")
    assert bad_date.exit_code == 1 and "28 days" in bad_date.stderr
    bad_zone = run(runner, str(EXAMPLE), "--timezone", "Mars/Base", "--stdout")
    assert bad_zone.exit_code == 1 and "Mars/Base" in bad_zone.stderr
    missing = run(runner, str(tmp_path / "nope.md"), "--stdout")
    assert missing.exit_code == 1 and "no such file" in missing.stderr
    assert run(runner, str(EXAMPLE), "--jobs", "0").exit_code == 2


def test_many_files_with_jobs_and_progress(runner: CliRunner, tmp_path: Path) -> None:
    sources = []
    for i, day in enumerate(("Monday", "Tuesday", "Wednesday")):
        path = tmp_path / f"story-{i}.md"
        path.write_text(f"---\npublished: 2026-03-06\n---\nThe board met on {day} and approved the plan.\n",
                        encoding="utf-8")
        sources.append(str(path))
    content = tmp_path / "content"
    result = run(runner, *sources, "--jobs", "2", "--content", str(content))
    assert result.exit_code == 0, result.stderr
    assert "Extracting" in result.stderr
    written = sorted(p.name for p in (content / "events").glob("*.yaml"))
    assert written == ["story-0.yaml", "story-1.yaml", "story-2.yaml"]
    events = yaml.safe_load((content / "events" / "story-1.yaml").read_text(encoding="utf-8"))
    assert dates_of(events) == ["2026-03-03"]


def test_two_sources_with_one_slug_are_refused(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "story.md").write_text("---\npublished: 2026-03-06\n---\nIt rained on Monday.\n",
                                                    encoding="utf-8")
    result = run(runner, str(tmp_path / "a" / "story.md"), str(tmp_path / "b" / "story.md"),
                 "--content", str(tmp_path / "content"))
    assert result.exit_code == 1 and "story.yaml" in result.stderr
    assert not (tmp_path / "content" / "events").exists()


def test_broken_existing_events_file_stops_the_run_before_any_write(runner: CliRunner, tmp_path: Path) -> None:
    content = tmp_path / "content"
    events = content / "events"
    events.mkdir(parents=True)
    broken = events / "anthropic-pentagon-deadline.yaml"
    broken.write_text("- id: x\n  title: [unclosed\n", encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text("---\npublished: 2026-03-06\n---\nThe board met on Monday.\n", encoding="utf-8")
    result = run(runner, str(other), str(EXAMPLE), "--content", str(content))
    assert result.exit_code == 1
    assert str(broken) in result.stderr and "nothing was written" in result.stderr
    assert broken.read_text(encoding="utf-8") == "- id: x\n  title: [unclosed\n"
    assert not (events / "other.yaml").exists()


def test_rerun_keeps_a_hand_edited_title_and_a_deleted_event(runner: CliRunner, tmp_path: Path) -> None:
    content = tmp_path / "content"
    assert run(runner, str(EXAMPLE), "--content", str(content)).exit_code == 0
    target = content / "events" / "anthropic-pentagon-deadline.yaml"
    events = yaml.safe_load(target.read_text(encoding="utf-8"))
    contract = next(e for e in events if str(e["date"]) == "2025-07")
    deleted = next(e for e in events if str(e["date"]) == "2021")
    text = target.read_text(encoding="utf-8").replace(f"title: {contract['title']}\n",
                                                       "title: Anthropic wins a Pentagon contract  # checked\n")
    # Delete the 2021 event: its block runs from its "- id:" line to the next blank line.
    start = text.index(f"- id: {deleted['id']}\n")
    end = text.index("\n\n", start) + 2
    text = text[:start] + text[end:]
    target.write_text(text, encoding="utf-8")
    result = run(runner, str(EXAMPLE), "--content", str(content))
    assert result.exit_code == 0, result.stderr
    after = target.read_text(encoding="utf-8")
    assert "title: Anthropic wins a Pentagon contract  # checked" in after
    assert f"id: {deleted['id']}" not in after


def test_the_same_file_twice_is_extracted_once(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "story.md"
    source.write_text("---\npublished: 2026-03-06\n---\nThe board met on Monday.\n", encoding="utf-8")
    content = tmp_path / "content"
    result = run(runner, str(source), str(tmp_path / "." / "story.md"), "--jobs", "2", "--content", str(content))
    assert result.exit_code == 0, result.stderr
    events = yaml.safe_load((content / "events" / "story.yaml").read_text(encoding="utf-8"))
    assert dates_of(events) == ["2026-03-02"]
