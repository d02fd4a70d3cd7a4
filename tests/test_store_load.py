"""Loading and validating content folders: good input, and every bad input with its exact message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from timing import assert_not_much_slower, cpu_seconds, reference_seconds

from timeline.errors import TimelineError, ValidationError
from timeline.model import Precision
from timeline.store import load_events, load_site_config, load_sources, load_timeline, parse_front_matter
from timeline.store.yamlfile import MAX_FILE_BYTES

VALID = Path(__file__).parent / "fixtures" / "store" / "valid"


def problems(content: Path, drafts: bool = False) -> list[str]:
    """Every reported problem, with the content folder's path removed."""
    with pytest.raises(ValidationError) as info:
        load_timeline(content, drafts=drafts)
    return [str(e).replace(f"{content}/", "") for e in info.value.errors]


def events_file(tmp_path: Path, text: str | bytes, name: str = "e.yaml") -> Path:
    folder = tmp_path / "events"
    folder.mkdir(exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ good input
def test_valid_folder_loads_sorted_with_derived_ids() -> None:
    timeline = load_timeline(VALID)
    assert timeline.site.title == "Store fixture" and timeline.site.timezone == "America/New_York"
    assert [e.id for e in timeline.events] == [
        "2021-company-founded",
        "contract",
        "2026-w09-meeting-earlier-this-week",
        "2026-02-27-statement-on-the-deadline-day",
        "2026-02-27-single-event-in-a-nested-folder",
        "2026-02-27-deadline-passes",
    ]
    deadline = timeline.events[-1]
    assert deadline.when.value() == "2026-02-27T17:01-05:00" and deadline.when.precision is Precision.MINUTE
    assert deadline.body == "The deadline was **5:01 p.m.** ET.\n"
    assert deadline.media[0].url == "images/clock.png" and deadline.confidence == 0.8
    contract = timeline.events[1]
    assert contract.sources[0].quote == "Anthropic signed its $200 million DoD contract in July"
    assert contract.sources[0].published == "2026-02-27"
    assert contract.tags == ("Anthropic", "Department of Defense")
    assert timeline.events[0].when.qualifier == "early"
    assert contract.location is not None and contract.location.line == 2


def test_drafts_only_when_asked() -> None:
    assert "2026-03-draft-event" not in {e.id for e in load_events(VALID)}
    assert "2026-03-draft-event" in {e.id for e in load_events(VALID, drafts=True)}
    assert load_timeline(VALID, drafts=True).events[-1].id == "2026-03-draft-event"


def test_sources_front_matter() -> None:
    article, notes = load_sources(VALID)
    assert article.title == "A Friday deadline leaves Anthropic with no good way out"
    assert article.publisher == "Example Desk" and str(article.published) == "2026-02-27"
    assert article.text == "Anthropic signed its $200 million DoD contract in July.\n"
    assert article.body_line == 8
    assert notes.title is None and notes.text == "No front matter here.\n"


def test_missing_site_yaml_uses_defaults(tmp_path: Path) -> None:
    events_file(tmp_path, "[]\n")
    site = load_site_config(tmp_path)
    assert site.timezone == "UTC" and site.title == "Timeline"
    assert load_timeline(tmp_path).events == ()


def test_site_yaml_without_a_timezone_gets_the_default(tmp_path: Path) -> None:
    """A site.yaml that leaves keys out gets each field's default, not the class attribute
    (on a slots dataclass that is a member descriptor, which broke every export)."""
    events_file(tmp_path, "[]\n")
    (tmp_path / "site.yaml").write_text("title: Only a title\n", encoding="utf-8")
    site = load_site_config(tmp_path)
    assert site.timezone == "UTC" and site.title == "Only a title" and site.language == "en"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    events_file(tmp_path, b"\xef\xbb\xbf- date: 2021\n  title: Caf\xc3\xa9\n")
    assert load_events(tmp_path)[0].title == "Café"


def test_yaml_timestamps_and_ints_are_read_as_written(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2026-02-27 17:01:30\n  timezone: Europe/Paris\n  title: A\n"
                          "- date: 19\n  title: Century\n")
    first, second = load_events(tmp_path)
    assert first.when.value() == "2026-02-27T17:01:30+01:00"
    assert second.when.precision is Precision.CENTURY


# ------------------------------------------------------------------- bad input
BAD_EVENTS = [
    ("- date: 2021\n  title: A\n  titel: B\n", "e.yaml:3:3: unknown key 'titel' in event; did you mean 'title'?"),
    ("- date: 2021\n  title: A\n  colour: red\n",
     "e.yaml:3:3: unknown key 'colour' in event (allowed: id, date, end, qualifier, timezone, title, body, "
     "tags, sources, media, status, confidence, draft)"),
    ("- date: 2026-02-30\n  title: A\n", "e.yaml:1:9: date: impossible date '2026-02-30': February 2026 has 28 days"),
    ("- date: Feb 2026\n  title: A\n",
     "e.yaml:1:9: date: invalid date 'Feb 2026': expected ISO 8601 at its precision, such as 2021, 2025-07, "
     "2025-Q4, 2026-W09, 2026-02-27 or 2026-02-27T17:01-05:00"),
    ("- date: 2025-07\n  end: 2025-06\n  title: A\n", "e.yaml:2:8: end 2025-06 is before date 2025-07"),
    ("- date: 2021\n", "e.yaml:1:3: event is missing required key 'title'"),
    ("- title: A\n", "e.yaml:1:3: event is missing required key 'date'"),
    ("- date: 2021\n  title:\n", "e.yaml:2:9: event is missing required key 'title'"),
    ("- date: 2021\n  title: '  '\n", "e.yaml:2:10: title must not be empty"),
    ("- date: 2021\n  title: A\n  tags: Anthropic\n",
     "e.yaml:3:9: tags must be a list of text, not the text 'Anthropic'; write [Anthropic]"),
    ("- date: 2021\n  title: A\n  tags: [a, {b: c}]\n", "e.yaml:3:13: tags[1] must be text, not a mapping"),
    ("- date: [2021]\n  title: A\n",
     "e.yaml:1:9: date must be a date such as 2025-07 or 2026-02-27, not a list"),
    ("- date: 2021\n  title: A\n  qualifier: erly\n",
     "e.yaml:3:14: qualifier 'erly' is not one of approximate, early, mid, late, before, after; did you mean 'early'?"),
    ("- date: 2026-02-27T17:01\n  timezone: Mars/Base\n  title: A\n",
     "e.yaml:2:13: timezone: unknown time zone 'Mars/Base' (use an IANA name such as 'America/New_York')"),
    ("", "e.yaml:1:1: empty file: expected an event (a mapping) or a list of events"),
    ("# only a comment\n", "e.yaml:1:1: empty file: expected an event (a mapping) or a list of events"),
    ("- date: 2021\n  title: [A\n",
     "e.yaml:3:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"),
    ("- date: 2021\n  title: A\n  title: B\n",
     "e.yaml:3:3: duplicate key 'title' in event (first at line 2, column 3); remove one"),
    ("- date: 2021\n  title: !!python/object/apply:os.system ['echo hi']\n",
     "e.yaml:2:10: YAML tag !!python/object/apply:os.system is not allowed (files are loaded safely; remove the tag)"),
    ("- date: 2021\n  title: A\n  sources:\n    - url: ' JaVa\tscript:alert(1)'\n",
     "e.yaml:4:12: sources[0].url: unsafe URL scheme 'javascript:'; only http:, https:, mailto: and relative "
     "URLs are allowed"),
    ("- date: 2021\n  title: A\n  sources:\n    - url: 'https://example.com/a b'\n",
     "e.yaml:4:12: sources[0].url: URL holds a space, line break or control character; write a space as %20"),
    ("- date: 2021\n  title: A\n  media:\n    - {url: 'https:\\\\evil.example/x.png'}\n",
     "e.yaml:4:13: media[0].url: URL holds a backslash before its query, which browsers read as a slash; "
     "write / or %5C"),
    ("- date: 2021\n  title: A\n  media:\n    - {url: 'data:text/html,x'}\n",
     "e.yaml:4:13: media[0].url: unsafe URL scheme 'data:'; only http:, https:, mailto: and relative URLs are allowed"),
    ("- date: 2021\n  title: A\n  media:\n    - {url: 'VBScript:msgbox'}\n",
     "e.yaml:4:13: media[0].url: unsafe URL scheme 'vbscript:'; only http:, https:, mailto: and relative URLs "
     "are allowed"),
    ("- date: 2021\n  title: A\n  media:\n    - {alt: x}\n", "e.yaml:4:7: media[0] is missing required key 'url'"),
    ("- date: 2021\n  title: A\n  sources:\n    - {published: 2026-13-01}\n",
     "e.yaml:4:19: sources[0].published: impossible date '2026-13-01': month must be 01 to 12"),
    ("- id: ../../etc/passwd\n  date: 2021\n  title: A\n",
     "e.yaml:1:7: id '../../etc/passwd' must be lowercase ASCII letters, digits and hyphens, starting with a "
     "letter or digit, at most 80 characters (for example 'etc-passwd')"),
    ("- id: con\n  date: 2021\n  title: A\n",
     "e.yaml:1:7: id 'con' is a reserved device name on Windows; use for example 'con-event'"),
    ("- id: " + "a" * 81 + "\n  date: 2021\n  title: A\n",
     f"e.yaml:1:7: id '{'a' * 81}' must be lowercase ASCII letters, digits and hyphens, starting with a letter "
     f"or digit, at most 80 characters (for example '{'a' * 80}')"),
    ("- date: 2021\n  title: A\n  confidence: 2\n", "e.yaml:3:15: confidence must be from 0 to 1, not 2"),
    ("- date: 2021\n  title: A\n  draft: maybe\n", "e.yaml:3:10: draft must be true or false, not the text 'maybe'"),
    ("- date: 2021\n  title: A\n  status: done\n", "e.yaml:3:11: status 'done' is not one of extracted, reviewed"),
    ("just text\n", "e.yaml:1:1: event must be a mapping of keys to values, not the text 'just text'"),
    ("- 42\n", "e.yaml:1:3: event must be a mapping of keys to values, not the number 42"),
    ("- date: 2021\n  title: A\n---\n- date: 2022\n  title: B\n",
     "e.yaml:3:1: YAML syntax error: expected a single document in the stream, but found another document"),
    ("- &a {date: 2021, title: A}\n- *b\n", "e.yaml:2:3: YAML syntax error: found undefined alias"),
    ("- &x [*x]\n", "e.yaml:1:3: recursive YAML alias (a node that contains itself)"),
]


@pytest.mark.parametrize(("text", "message"), BAD_EVENTS)
def test_bad_events_file_message(tmp_path: Path, text: str, message: str) -> None:
    events_file(tmp_path, text)
    assert problems(tmp_path) == ["events/" + message]


def test_every_problem_in_every_file_is_reported_at_once(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2026-02-30\n  title: A\n- date: 2021\n  titel: B\n", "a.yaml")
    events_file(tmp_path, "- date: 2021\n  title: C\n  tags: x\n", "b.yaml")
    (tmp_path / "site.yaml").write_text("title: T\ntimezone: Nowhere/Land\n", encoding="utf-8")
    assert problems(tmp_path) == [
        "events/a.yaml:1:9: date: impossible date '2026-02-30': February 2026 has 28 days",
        "events/a.yaml:3:3: event is missing required key 'title'",
        "events/a.yaml:4:3: unknown key 'titel' in event; did you mean 'title'?",
        "events/b.yaml:3:9: tags must be a list of text, not the text 'x'; write [x]",
        "site.yaml:2:11: timezone: unknown time zone 'Nowhere/Land' (use an IANA name such as 'America/New_York')",
    ]


def test_duplicate_ids_across_files_name_both_places(tmp_path: Path) -> None:
    events_file(tmp_path, "- id: same\n  date: 2021\n  title: A\n", "a.yaml")
    events_file(tmp_path, "- {date: 2022, title: B}\n- id: same\n  date: 2022\n  title: B\n", "b.yaml")
    assert problems(tmp_path) == [
        "events/b.yaml:2:3: duplicate id 'same' (also used at events/a.yaml:1:3); "
        "give one of them a different id"
    ]


def test_derived_ids_collide_case_insensitively(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2021\n  title: Same Title\n- date: 2021\n  title: same title!\n")
    assert problems(tmp_path) == [
        "events/e.yaml:3:3: duplicate id '2021-same-title' (also used at events/e.yaml:1:3); "
        "give one of them a different id"
    ]


def test_drafts_are_validated_even_when_left_out(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2026-02-30\n  title: A\n  draft: true\n")
    assert problems(tmp_path, drafts=False) == [
        "events/e.yaml:1:9: date: impossible date '2026-02-30': February 2026 has 28 days"
    ]


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"- date: 2021\n  title: caf\xe9\n", "e.yaml:2:13: file is not valid UTF-8 (byte 0xe9); save it as UTF-8"),
        ("- date: 2021\n".encode("utf-16"),
         "e.yaml:1:1: file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8"),
        (b"\xef\xbb\xbf", "e.yaml:1:1: empty file: expected an event (a mapping) or a list of events"),
    ],
)
def test_encodings(tmp_path: Path, raw: bytes, message: str) -> None:
    events_file(tmp_path, raw)
    assert problems(tmp_path) == ["events/" + message]


def test_symlink_outside_content_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text("- date: 2021\n  title: Secret\n", encoding="utf-8")
    content = tmp_path / "content"
    events = content / "events"
    events.mkdir(parents=True)
    os.symlink(outside, events / "link.yaml")
    os.symlink(tmp_path, events / "linked-folder")
    assert problems(content) == [
        f"events/link.yaml: symlink points outside the content folder (to {outside}); refusing to read it",
        f"events/linked-folder: symlink points outside the content folder (to {tmp_path}); refusing to read it",
    ]


def test_symlink_inside_content_is_read(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2021\n  title: Real\n", "real.yaml")
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "other.yaml").write_text("- date: 2022\n  title: Linked\n", encoding="utf-8")
    os.symlink(tmp_path / "shared" / "other.yaml", tmp_path / "events" / "link.yaml")
    assert sorted(e.title for e in load_events(tmp_path)) == ["Linked", "Real"]


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = events_file(tmp_path, "")
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: no 20 MB written to disk
    assert problems(tmp_path) == [
        "events/e.yaml: file is 20.0 MB, over the 20 MB limit per file; split it into several files"
    ]


def test_billion_laughs_is_refused_quickly(tmp_path: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        prev, name = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{name}: &{name} [{', '.join('*' + prev for _ in range(10))}]")
    events_file(tmp_path, "\n".join(lines) + "\n")
    seconds = cpu_seconds(lambda: problems(tmp_path))
    # Bounded: the graph is measured, never expanded. The reference: the same lines without aliases.
    plain = tmp_path / "plain"
    plain.mkdir()
    events_file(plain, "\n".join(line.replace("*", "").replace("&", "") for line in lines) + "\n")
    assert_not_much_slower(seconds, reference_seconds(lambda: problems(plain)), 100, "alias bomb")
    found = problems(tmp_path)
    assert found == [
        "events/e.yaml:1:1: YAML aliases expand the document from 48 to 2,345,679,028 nodes and characters, "
        "over the limit of 1,000,000 added "
        "(an alias bomb?); write the values out instead"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 5000 + "]" * 5000, "e.yaml:1:1001: YAML nests too deeply (exceeded maximum nesting depth)"),
        ("- " * 100 + "!!str x\n", "e.yaml:1:129: YAML nests deeper than 64 levels"),  # a tag: walked
        ("- " * 2000 + "x\n", "e.yaml:1:1999: YAML nests too deeply (exceeded maximum nesting depth)"),
        ("- " * 100 + "x\n", "e.yaml:1:3: event must be a mapping of keys to values, not a list"),
    ],
)
def test_deep_nesting_is_refused(tmp_path: Path, text: str, message: str) -> None:
    events_file(tmp_path, text)
    assert problems(tmp_path) == ["events/" + message]


def test_a_few_anchors_are_fine(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2021\n  title: A\n  sources: &src\n    - {title: S, quote: q}\n"
                          "- date: 2022\n  title: B\n  sources: *src\n")
    assert [e.sources[0].title for e in load_events(tmp_path)] == ["S", "S"]


def test_hidden_files_and_other_suffixes_are_ignored(tmp_path: Path) -> None:
    events_file(tmp_path, "- date: 2021\n  title: A\n")
    events_file(tmp_path, "not: [yaml", ".e.yaml.tmp")
    (tmp_path / "events" / ".timeline-state").mkdir()
    (tmp_path / "events" / ".timeline-state" / "x.yaml").write_text("broken: [", encoding="utf-8")
    events_file(tmp_path, "notes", "README.md")
    assert [e.title for e in load_events(tmp_path)] == ["A"]


def test_missing_content_folder(tmp_path: Path) -> None:
    with pytest.raises(TimelineError, match="content folder does not exist"):
        load_timeline(tmp_path / "nope")


# --------------------------------------------------------------- site.yaml
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: T\ntimzone: UTC\n", "site.yaml:2:1: unknown key 'timzone' in site.yaml; did you mean 'timezone'?"),
        ("title: [T]\n", "site.yaml:1:8: title must be text, not a list"),
        ("title: T\nextra_head:\n  script: x\n", "site.yaml:3:3: extra_head must be text, not a mapping"),
        ("base_url: javascript:alert(1)\n",
         "site.yaml:1:11: base_url: unsafe URL scheme 'javascript:'; only http:, https:, mailto: and relative "
         "URLs are allowed"),
        ("- a\n", "site.yaml:1:1: site.yaml must be a mapping of keys to values, not a list"),
    ],
)
def test_bad_site_yaml(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "site.yaml").write_text(text, encoding="utf-8")
    assert problems(tmp_path) == [message]


def test_site_yaml_extra_head_and_footer_are_read_as_written(tmp_path: Path) -> None:
    """The site owner's own HTML: kept as text (no escaping here), ends trimmed like every site key."""
    (tmp_path / "site.yaml").write_text(
        "extra_head: |\n  <script defer src=\"/s.js\"></script>\n  <meta name=\"x\" content=\"a&b\">\n"
        "extra_footer: '<p>CC BY · me</p> '\n", encoding="utf-8")
    site = load_site_config(tmp_path)
    assert site.extra_head == '<script defer src="/s.js"></script>\n<meta name="x" content="a&b">'
    assert site.extra_footer == "<p>CC BY · me</p>"
    (tmp_path / "site.yaml").write_text("title: T\n", encoding="utf-8")
    assert load_site_config(tmp_path).extra_head == load_site_config(tmp_path).extra_footer == ""


# ------------------------------------------------------------------ sources
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("---\ntitle: A\npublished: 2026-02-30\n---\nBody\n",
         "sources/s.md:3:12: published: impossible date '2026-02-30': February 2026 has 28 days"),
        ("---\ntitle: A\npublished: 2026-02\n---\nBody\n",
         "sources/s.md:3:12: published: '2026-02' is not a day; give it as YYYY-MM-DD"),
        ("---\ntitle: A\n", "sources/s.md:1:1: front matter opened with '---' on line 1 is never closed"),
        ("---\ntitle: [A\n---\n",
         "sources/s.md:3:1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence)"),
        ("---\nid: 1\nid: 2\n---\n", "sources/s.md:3:1: duplicate key 'id' in front matter; remove one"),
        ("---\nurl: data:text/html,hi\n---\n",
         "sources/s.md:2:6: url: unsafe URL scheme 'data:'; only http:, https:, mailto: and relative URLs are allowed"),
        ("---\ntimezone: Mars\n---\n",
         "sources/s.md:2:11: timezone: unknown time zone 'Mars' (use an IANA name such as 'America/New_York')"),
    ],
)
def test_bad_source_front_matter(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.md").write_text(text, encoding="utf-8")
    assert problems(tmp_path) == [message]


def test_other_tools_front_matter_keys_are_kept_as_metadata() -> None:
    text = ("---\ntitle: T\nid: \"bbc/12\"\nauthor:\n  name: Ann Lee\ntags: [oil, spill]\nyear: 2010\n"
            "titel: Typo\n---\nBody\n")
    meta = parse_front_matter(text, "x.md")
    assert meta.errors == ()
    assert meta.title == "T"
    assert meta.metadata == (("id", "bbc/12"), ("author", {"name": "Ann Lee"}), ("tags", ["oil", "spill"]),
                             ("year", "2010"), ("titel", "Typo"))
    # Only a likely typo of a known key earns a note, located at the key.
    assert [str(w) for w in meta.warnings] == [
        "x.md:8:1: unknown key 'titel' in front matter kept as metadata; did you mean 'title'?"]


def test_parse_front_matter_for_other_readers() -> None:
    text = "---\ntitle: T\npublished: 2026-02-27T09:30-05:00\n---\nBody line\n"
    meta = parse_front_matter(text, "x.md")
    assert (meta.title, meta.published, meta.errors) == ("T", "2026-02-27T09:30-05:00", ())
    assert text[meta.body_offset:] == "Body line\n" and meta.body_line == 5
    plain = parse_front_matter("No fence\n", "y.txt")
    assert (plain.body_offset, plain.errors) == (0, ())


# ---------------------------------------------------------------------- ids
@pytest.mark.parametrize(
    ("date", "title", "expected"),
    [
        ("2025-07", "Anthropic signs $200 million contract", "2025-07-anthropic-signs-200-million-contract"),
        ("2026-02-27T17:01-05:00", "Deadline passes", "2026-02-27-deadline-passes"),
        ("2026-W09", "Zürich: café ../../etc", "2026-w09-zurich-cafe-etc"),
        ("2021", "日本語のタイトル", "2021-" + __import__("hashlib").sha1("日本語のタイトル".encode()).hexdigest()[:8]),
    ],
)
def test_derived_ids_are_stable_safe_slugs(date: str, title: str, expected: str) -> None:
    from timeline.model import When
    from timeline.store import derive_id

    assert derive_id(When.parse(date), title) == expected


def test_derived_ids_are_short_and_never_reserved() -> None:
    from timeline.model import When
    from timeline.store import derive_id
    from timeline.store.ids import ID_RE, id_problem, slugify

    long_id = derive_id(When.parse("2026-02-27"), "word " * 60)
    assert len(long_id) <= 80 and not long_id.endswith("-") and id_problem(long_id) is None
    assert slugify("CON") == "con" and id_problem("con") is not None
    assert ID_RE.fullmatch(derive_id(When.parse("2021"), "../..")) is not None


def test_check_command_prints_every_problem(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from timeline.cli import main

    events_file(tmp_path, "- date: 2026-02-30\n  title: A\n- date: 2021\n  titel: B\n")
    try:
        runner = CliRunner(mix_stderr=False)  # click < 8.2
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(main, ["check", "--content", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path}/events/e.yaml:1:9: date: impossible date '2026-02-30': February 2026 has 28 days",
        f"error: {tmp_path}/events/e.yaml:3:3: event is missing required key 'title'",
        f"error: {tmp_path}/events/e.yaml:4:3: unknown key 'titel' in event; did you mean 'title'?",
        "3 problems found; nothing was written.",
    ]


def test_a_misspelt_zone_gets_the_same_hint_in_an_event_as_in_site_yaml(tmp_path: Path) -> None:
    # (one rule, store/fields.timezone_problem, wherever a zone is written)
    content = tmp_path / "content"
    (content / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: T\ntimezone: Europe/Londn\n", encoding="utf-8")
    (content / "events" / "e.yaml").write_text("- date: 2021\n  title: A\n  timezone: Europe/Londn\n", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        load_timeline(content)
    hinted = [line for line in str(info.value).splitlines() if "did you mean 'Europe/London'?" in line]
    assert any("site.yaml" in line for line in hinted) and any("e.yaml" in line for line in hinted)
