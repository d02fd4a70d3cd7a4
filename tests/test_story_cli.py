"""`timeline story` through click's CliRunner, on a small story written for these tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from timeline.cli import main

STORY = Path(__file__).parent / "fixtures" / "story"


def run(runner: CliRunner, *args: str):
    return runner.invoke(main, ["story", *args], catch_exceptions=False)


def fixture_sentences() -> str:
    return " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in STORY.rglob("*.*"))


def t17(runner: CliRunner, *args: str) -> list[dict]:
    result = run(runner, *args, "--format", "t17")
    assert result.exit_code == 0, result.stderr
    return yaml.safe_load(result.stdout)


def test_key_dates_are_the_most_reported_days(runner: CliRunner) -> None:
    days = t17(runner, str(STORY), "--dates", "3", "--sentences", "2")
    assert [str(d["date"]) for d in days] == ["2031-03-03", "2031-03-06", "2031-03-10"]


def test_sentences_are_verbatim_and_about_their_day(runner: CliRunner) -> None:
    days = {str(d["date"]): d["text"] for d in t17(runner, str(STORY), "--dates", "3", "--sentences", "2")}
    text = fixture_sentences()
    for sentences in days.values():
        assert 1 <= len(sentences) <= 2
        for sentence in sentences:
            assert sentence in text
    # March 3 is told by its own reports (the collapse, the rescue), never by later news.
    assert any("collapse" in s for s in days["2031-03-03"])
    assert not any(word in s for s in days["2031-03-03"] for word in ("inquiry", "resigned", "Duarte"))
    assert all("inquiry" in s for s in days["2031-03-06"])
    assert all("Duarte" in s for s in days["2031-03-10"])
    assert any("resigned" in s for s in days["2031-03-10"])


def test_from_and_to_limit_articles_and_dates(runner: CliRunner) -> None:
    days = t17(runner, str(STORY), "--dates", "5", "--from", "2031-04-01", "--to", "2031-04-30")
    assert [str(d["date"]) for d in days] == ["2031-04-20"]
    # The day's news, not the background sentences naming March dates.
    assert all("bridge" in s and "March" not in s for s in days[0]["text"])
    days = t17(runner, str(STORY), "--dates", "10", "--to", "2031-03-05")
    assert {str(d["date"]) for d in days} <= {"2031-03-03", "2031-03-04", "2031-03-05"}


def test_questions_and_datelines_are_not_quoted(runner: CliRunner) -> None:
    days = t17(runner, str(STORY / "week1" / "wire-2031-03-04.txt"), "--dates", "2", "--sentences", "3")
    sentences = [s for d in days for s in d["text"]]
    assert sentences
    assert not any(s.endswith("?") for s in sentences)
    assert not any("(Coastal Wire)" in s for s in sentences)


def test_yaml_output_builds_into_a_site(runner: CliRunner, tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: Calder Bridge\n", encoding="utf-8")
    target = content / "events" / "story.yaml"
    result = run(runner, str(STORY), "--dates", "3", "--sentences", "2", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    events = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert [str(e["date"]) for e in events] == ["2031-03-03", "2031-03-06", "2031-03-10"]
    for event in events:
        assert event["title"] and event["status"] == "extracted"
        assert event["sources"] and all(s["quote"] in event["body"] for s in event["sources"])
        assert all(s.get("publisher") for s in event["sources"])
    check = runner.invoke(main, ["check", "--content", str(content)], catch_exceptions=False)
    assert check.exit_code == 0, check.stderr
    build = runner.invoke(main, ["build", "--content", str(content), "--output", str(tmp_path / "site"), "-q"],
                          catch_exceptions=False)
    assert build.exit_code == 0, build.stderr
    assert "Calder" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_jobs_give_the_same_digest(runner: CliRunner, tmp_path: Path) -> None:
    # Enough articles that --jobs really uses worker processes.
    for i in range(12):
        shutil.copytree(STORY, tmp_path / f"copy{i}")
    one = run(runner, str(tmp_path), "--dates", "4", "--format", "t17")
    two = run(runner, str(tmp_path), "--dates", "4", "--format", "t17", "--jobs", "2")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout.startswith("- date:")


def test_bad_input_is_one_line_and_nonzero(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, str(tmp_path / "missing"), "--dates", "2")
    assert result.exit_code == 1
    assert "missing" in result.stderr and "Traceback" not in result.stderr
    result = run(runner, str(STORY), "--stdout", "--output", str(tmp_path / "x.yaml"))
    assert result.exit_code == 2
    result = run(runner, str(STORY), "--from", "2031-05-01", "--to", "2031-04-01")
    assert result.exit_code == 2
    undated = tmp_path / "undated.md"
    undated.write_text("No date anywhere in this text at all.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    shutil.copy(STORY / "week1" / "ledger-2031-03-03.md", tmp_path)
    result = run(runner, str(tmp_path), "--output", str(tmp_path / "out.yaml"))
    # Every unreadable file is named, one line each, and nothing is written.
    assert result.exit_code == 1
    assert "undated.md:" in result.stderr and "empty.txt:" in result.stderr
    assert not (tmp_path / "out.yaml").exists()
