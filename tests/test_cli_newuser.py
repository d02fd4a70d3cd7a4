"""What a new user meets first, through click's CliRunner: `timeline new` and its next
step, commands run outside a project, the schema an editor finds, dates as people
write them, and the wording of counts, time zones, tabs and help summaries."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.cli import DISTRIBUTION, main
from timeline.site.scaffold import EXAMPLE_FILE
from timeline.store.schemafile import SCHEMA_PATH

REPO = Path(__file__).resolve().parent.parent
ARTICLE = """\
---
title: The board and the plan
publisher: Example Wire
published: {published}
---
The board met on Monday and approved the plan.
"""


def invoke(runner: CliRunner, *args: str, **kwargs: object):
    return runner.invoke(main, list(args), catch_exceptions=False, **kwargs)


# ------------------------------------------------------------------------- new
def test_new_prints_a_next_step_that_works_as_printed_with_the_system_path(runner: CliRunner, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Outside the virtual environment (PATH without it) the printed command still builds."""
    monkeypatch.chdir(tmp_path)
    result = invoke(runner, "new", "my timeline", env={"PATH": "/usr/bin:/bin"})
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("Next: "))
    command = line.removeprefix("Next: ").split("   (")[0]
    assert command.startswith("cd 'my timeline' && ") and command.endswith(" build.py")
    python = Path(shlex.split(command)[3])
    assert python.is_absolute() and python.parent == Path(sys.executable).parent  # PATH finds another Python
    proc = subprocess.run(["/bin/sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr
    assert "Built 1 event into" in proc.stdout
    assert (tmp_path / "my timeline" / "site" / "index.html").is_file()


def test_new_names_commands_by_their_bare_names_when_path_finds_this_install(runner: CliRunner,
                                                                            tmp_path: Path) -> None:
    here = str(Path(sys.executable).parent)
    result = invoke(runner, "new", str(tmp_path / "p"), env={"PATH": f"{here}:/usr/bin:/bin"})
    assert result.exit_code == 0
    assert f"Next: cd {tmp_path / 'p'} && python build.py" in result.stdout
    if (Path(here) / "timeline").is_file():
        assert "timeline serve" in result.stdout and f"{here}/timeline" not in result.stdout


def test_scaffolded_build_py_explains_a_python_without_the_tool(tmp_path: Path) -> None:
    python = Path("/usr/bin/python3")
    if not python.is_file() or subprocess.run([python, "-I", "-c", "import timeline"],
                                              capture_output=True).returncode == 0:
        pytest.skip("needs a system Python without the timeline package")
    assert CliRunner().invoke(main, ["new", str(tmp_path / "p")]).exit_code == 0
    proc = subprocess.run([python, "-I", "build.py"], cwd=tmp_path / "p", capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1
    assert f"this Python ({python}) does not have the timeline tool" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_example_is_one_marked_file_and_no_example_starts_empty(runner: CliRunner, tmp_path: Path) -> None:
    with_example = tmp_path / "a"
    result = invoke(runner, "new", str(with_example))
    assert f"The example event is {EXAMPLE_FILE}: delete that file" in result.stdout
    example = (with_example / EXAMPLE_FILE).read_text(encoding="utf-8")
    assert example.startswith("# EXAMPLE from `timeline new`")
    (with_example / EXAMPLE_FILE).unlink()  # dropping the example is deleting one file
    check = invoke(runner, "check", "--content", str(with_example / "content"))
    assert check.exit_code == 0 and "OK: 0 events, no problems found." in check.stdout

    bare = tmp_path / "b"
    result = invoke(runner, "new", "--no-example", str(bare))
    assert result.exit_code == 0 and "The example event" not in result.stdout
    assert not (bare / EXAMPLE_FILE).exists() and (bare / "content" / "events").is_dir()
    assert not list((bare / "content").rglob("*example*"))
    build = invoke(runner, "build", "--content", str(bare / "content"), "--output", str(bare / "site"))
    assert build.exit_code == 0 and "Built 0 events" in build.stdout


# ---------------------------------------------------------- outside a project
def test_commands_outside_a_project_say_how_to_start_one(runner: CliRunner, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "article.md"
    article.write_text(ARTICLE.format(published="2026-03-06"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for args in (["extract", str(article)], ["build"], ["check"], ["serve"]):
        result = invoke(runner, *args)
        assert result.exit_code == 1, args
        message = result.stderr.strip()
        assert message.startswith("error: content: no such content folder"), message
        assert "`timeline new DIR`" in message and "--content DIR" in message, message
        assert len(message.splitlines()) == 1
    assert "--stdout" in invoke(runner, "extract", str(article)).stderr
    assert not (tmp_path / "content").exists()  # nothing was created
    printed = invoke(runner, "extract", str(article), "--stdout")
    assert printed.exit_code == 0 and "approved the plan" in printed.stdout
    named = invoke(runner, "extract", str(article), "--content", "new-content")  # named: made as asked
    assert named.exit_code == 0 and (tmp_path / "new-content" / "events" / "article.yaml").is_file()


# -------------------------------------------------------------------- schema
def test_extracted_files_point_at_the_projects_own_schema_kept_current(runner: CliRunner, tmp_path: Path) -> None:
    project = tmp_path / "proj"
    invoke(runner, "new", str(project))
    content = project / "content"
    copy = content / ".timeline" / "event.schema.json"
    assert copy.read_bytes() == SCHEMA_PATH.read_bytes()
    article = tmp_path / "story.md"
    article.write_text(ARTICLE.format(published="2026-03-06"), encoding="utf-8")
    assert invoke(runner, "extract", str(article), "--content", str(content)).exit_code == 0
    events = content / "events" / "story.yaml"
    line = next(x for x in events.read_text(encoding="utf-8").splitlines() if "$schema=" in x)
    assert line == "# yaml-language-server: $schema=../.timeline/event.schema.json"
    assert (events.parent / line.split("=", 1)[1]).resolve() == copy.resolve()
    example_line = (project / EXAMPLE_FILE).read_text(encoding="utf-8").splitlines()[2]
    assert example_line == line  # the scaffold's example points at the same copy
    copy.write_text("{}", encoding="utf-8")  # a copy left by an older version of the tool
    assert invoke(runner, "check", "--content", str(content)).exit_code == 0
    assert json.loads(copy.read_text(encoding="utf-8")) == json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))

    elsewhere = tmp_path / "plain"  # a content folder without the copy gets none from a build
    invoke(runner, "new", "--no-example", str(elsewhere))
    (elsewhere / "content" / ".timeline" / "event.schema.json").unlink()
    assert invoke(runner, "build", "--content", str(elsewhere / "content"), "--output",
                  str(tmp_path / "out")).exit_code == 0
    assert not (elsewhere / "content" / ".timeline" / "event.schema.json").exists()


# ---------------------------------------------------------------------- dates
def test_front_matter_dates_as_people_write_them(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(ARTICLE.format(published="June 17, 2009"), encoding="utf-8")
    result = invoke(runner, "extract", str(article), "--stdout")
    assert result.exit_code == 0, result.stderr
    assert f"note: {article}:4:12: published: read 'June 17, 2009' as 2009-06-17" in result.stderr
    events = yaml.safe_load(result.stdout)
    assert [str(e["date"]) for e in events] == ["2009-06-15"]  # "Monday" before Wednesday, June 17

    article.write_text(ARTICLE.format(published="2009-06-17 19:29"), encoding="utf-8")
    result = invoke(runner, "extract", str(article), "--stdout")
    assert result.exit_code == 0 and "as 2009-06-17T19:29" in result.stderr  # the time is kept

    from timeline.documents import read_document

    assert read_document(article).published.isoformat() == "2009-06-17T19:29:00"
    article.write_text(ARTICLE.format(published="Feb 27, 2026 5:01 pm ET"), encoding="utf-8")
    doc = read_document(article)
    assert doc.published.isoformat() == "2026-02-27T17:01:00-05:00" and doc.timezone == "America/New_York"
    article.write_text(ARTICLE.format(published="June 17, 2026 5:01 pm ET"), encoding="utf-8")
    assert read_document(article).published.isoformat() == "2026-06-17T17:01:00-04:00"  # EDT in June

    for written, says in [("yesterday", "depends on when it is read"), ("June 17", "day, month and year"),
                          ("2026-02-30", "28 days"), ("2025-07", "is not a day")]:
        article.write_text(ARTICLE.format(published=written), encoding="utf-8")
        result = invoke(runner, "extract", str(article), "--stdout")
        assert result.exit_code == 1, written
        assert f"{article}:4:12: published: " in result.stderr and says in result.stderr, result.stderr


def test_published_option_as_people_write_it(runner: CliRunner, tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("The board will vote at 6 p.m. on Saturday.\n", encoding="utf-8")
    result = invoke(runner, "extract", str(article), "--stdout", "--published", "Feb 27, 2026 5:01 pm ET")
    assert result.exit_code == 0, result.stderr
    assert "note: --published 'Feb 27, 2026 5:01 pm ET' read as 2026-02-27T17:01-05:00" in result.stderr
    assert "2026-02-28" in {str(e["date"])[:10] for e in yaml.safe_load(result.stdout)}
    iso = invoke(runner, "extract", str(article), "--stdout", "--published", "2026-02-27")
    assert iso.exit_code == 0 and "read as" not in iso.stderr  # ISO as written: nothing to show
    relative = invoke(runner, "extract", str(article), "--stdout", "--published", "yesterday")
    assert relative.exit_code == 1
    assert relative.stderr.strip().splitlines() == [
        "error: --published: 'yesterday' depends on when it is read; give the date itself, such as "
        "2026-02-27, 2026-02-27 17:01 or Feb 27, 2026 5:01 pm ET"]


def test_iso_dates_never_import_dateparser(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    probe = ("import sys; from timeline.documents import read_document; read_document(sys.argv[1]); "
             "print('dateparser' in sys.modules)")
    seen = {}
    for written in ("2026-02-27", "2026-02-27 17:01", "Feb 27, 2026"):
        article.write_text(ARTICLE.format(published=written), encoding="utf-8")
        proc = subprocess.run([sys.executable, "-c", probe, str(article)], capture_output=True, text=True,
                              timeout=60, check=True)
        seen[written] = proc.stdout.strip()
    assert seen == {"2026-02-27": "False", "2026-02-27 17:01": "False", "Feb 27, 2026": "True"}


# ------------------------------------------------------------------- messages
def test_counts_read_as_english(runner: CliRunner, tmp_path: Path) -> None:
    project = tmp_path / "p"
    invoke(runner, "new", str(project))
    content = project / "content"
    check = invoke(runner, "check", "--content", str(content))
    assert check.stdout == "OK: 1 event, no problems found.\n"
    build = invoke(runner, "build", "--content", str(content), "--output", str(project / "site"))
    assert re.match(r"Built 1 event into .*/ \(\d+ files\)\.", build.stdout)

    article = tmp_path / "story.md"
    article.write_text(ARTICLE.format(published="2026-03-06")
                       + "On Tuesday the plan was published.\n", encoding="utf-8")
    first = invoke(runner, "extract", str(article), "--content", str(content))
    target = content / "events" / "story.yaml"
    assert f"{target}: 2 events extracted (2 added," in first.stdout
    events = yaml.safe_load(target.read_text(encoding="utf-8"))
    target.write_text(yaml.safe_dump(events[:1], sort_keys=False), encoding="utf-8")  # a person deletes one
    again = invoke(runner, "extract", str(article), "--content", str(content))
    assert f"{target}: 2 events extracted (0 added, 0 updated, 0 kept as edited, 1 left deleted, 1 unchanged)" \
        in again.stdout
    assert len(yaml.safe_load(target.read_text(encoding="utf-8"))) == 1


def test_misspelt_time_zones_get_a_did_you_mean(runner: CliRunner, tmp_path: Path) -> None:
    project = tmp_path / "p"
    invoke(runner, "new", str(project))
    site = project / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("timezone: UTC ", "timezone: Europe/Londn"),
                    encoding="utf-8")
    check = invoke(runner, "check", "--content", str(project / "content"))
    assert check.exit_code == 1
    assert re.search(r"site\.yaml:\d+:\d+: timezone: unknown time zone 'Europe/Londn' .*; "
                     r"did you mean 'Europe/London'\?", check.stderr), check.stderr
    article = tmp_path / "a.md"
    article.write_text(ARTICLE.format(published="2026-03-06"), encoding="utf-8")
    for args in (["extract", str(article), "--stdout"], ["tag", str(article), "--dct", "2026-03-06"]):
        result = invoke(runner, *args, "--timezone", "america/new_york")
        assert result.exit_code == 1
        assert result.stderr.startswith("error: --timezone: unknown time zone 'america/new_york'")
        assert result.stderr.rstrip().endswith("did you mean 'America/New_York'?")


def test_a_tab_in_yaml_is_named(runner: CliRunner, tmp_path: Path) -> None:
    project = tmp_path / "p"
    invoke(runner, "new", "--no-example", str(project))
    (project / "content" / "events" / "tabs.yaml").write_text(
        "- id: a\n  date: 2025\n  title: A\n  tags:\n\t- One\n", encoding="utf-8")
    check = invoke(runner, "check", "--content", str(project / "content"))
    assert check.exit_code == 1
    first = check.stderr.splitlines()[0]
    assert first.endswith("tabs.yaml:5:1: YAML syntax error: a tab character, which YAML does not allow in "
                          "indentation; use spaces"), first


def test_help_summaries_are_whole_sentences(runner: CliRunner) -> None:
    listing = invoke(runner, "--help").stdout.split("Commands:")[1]
    lines = [x.strip() for x in listing.splitlines() if x.strip()]
    assert len(lines) >= 6
    assert not [x for x in lines if x.endswith("...")], lines


# ----------------------------------------------------------------------- PyPI
def test_distribution_name_is_not_the_unrelated_pypi_timeline() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == DISTRIBUTION == "news-timeline"
    assert project["scripts"] == {"timeline": "timeline.cli:entry_point"}  # the command keeps its name
    from timeline.site import scaffold

    texts = [p.read_text(encoding="utf-8") for p in [REPO / "README.md", *REPO.glob("docs/**/*.md")]]
    texts += [v for v in vars(scaffold).values() if isinstance(v, str)]
    wrong = re.compile(r"pip3? install (?:-[-\w]+ )*timeline(?![-\w])")
    assert not [t for t in texts if wrong.search(t)]


def test_version_comes_from_the_distribution(runner: CliRunner) -> None:
    from importlib import metadata

    result = invoke(runner, "--version")
    assert result.exit_code == 0 and metadata.version(DISTRIBUTION) in result.stdout


@settings(max_examples=40, deadline=None)  # a text that is no date costs dateparser ~0.1 s
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.:-+/aApPmMJjuneFbTEST年月日\t")), max_size=40)
       | st.text(max_size=30))
def test_any_published_text_is_a_date_or_a_date_error(text: str) -> None:
    """Whatever is written as a publication date, the reader answers with an ISO value or a DateError."""
    from timeline.errors import DateError
    from timeline.model import When
    from timeline.store.frontmatter import read_published

    try:
        understood = read_published(text)
    except DateError:
        return
    assert When.parse(understood.value).precision.rank >= When.parse("2026-02-27").precision.rank


def test_the_package_version_is_the_distribution_version() -> None:
    import timeline

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert timeline.__version__ == project["version"]


def test_every_data_file_of_the_package_is_in_its_package_data() -> None:
    # (a file left out is missing from a wheel only: an editable install finds it in the tree)
    settings = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package = REPO / "timeline"
    shipped = {p for pattern in settings["package-data"]["timeline"] for p in package.glob(pattern) if p.is_file()}
    data = {p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".py"}
    data |= {p for p in (package / "templates").rglob("*") if p.is_file()}  # (a link to the repository's templates/)
    assert data and sorted(map(str, data - shipped)) == []
