"""Hostile YAML in every file the tool reads: events, site.yaml, source front matter, merge targets.

The store's own tests cover the basic cases in events files (one billion
laughs, one ``!!python/object/apply``, UTF-16, a huge sparse file). These add
the same attacks in the *other* files, the tag spellings that dodge a naive
check (``%TAG`` shorthands, verbatim tags, tags on keys), amplification through
large scalars, and proof that no constructor ran (a marker file stays absent).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hardening_support import tree_hashes
from timing import assert_not_much_slower, cpu_seconds, reference_seconds

from timeline.errors import TimelineError, ValidationError
from timeline.store import load_timeline, merge_events_file
from timeline.store.yamlfile import YamlText, compose

MARKER = "/tmp/timeline-hardening-pwned"

#: Documents that would construct objects or run code under an unsafe loader.
UNSAFE_TAGGED = [
    f"!!python/object/apply:os.system ['touch {MARKER}']",
    f"!!python/object/new:os.system ['touch {MARKER}']",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/object:collections.OrderedDict {}",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['true']",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!custom value",
    "!!float 1e9999",
]


def content_with(tmp: Path, events: str | None = None, site: str | None = None, source: str | None = None) -> Path:
    content = tmp / "content"
    (content / "events").mkdir(parents=True)
    (content / "events" / "e.yaml").write_text(events or "- date: 2020\n  title: ok\n", encoding="utf-8")
    if site is not None:
        (content / "site.yaml").write_text(site, encoding="utf-8")
    if source is not None:
        (content / "sources").mkdir()
        (content / "sources" / "s.md").write_text(source, encoding="utf-8")
    return content


def one_error(content: Path) -> TimelineError:
    with pytest.raises(ValidationError) as info:
        load_timeline(content)
    assert len(info.value.errors) == 1, [str(e) for e in info.value.errors]
    return info.value.errors[0]


@pytest.mark.parametrize("value", UNSAFE_TAGGED)
@pytest.mark.parametrize("where", ["event value", "event key", "site.yaml", "front matter", "nested source"])
def test_object_tags_are_refused_everywhere(tmp_path: Path, value: str, where: str) -> None:
    Path(MARKER).unlink(missing_ok=True)
    docs = {
        "event value": {"events": f"- date: 2020\n  title: {value}\n"},
        "event key": {"events": f"- date: 2020\n  title: ok\n  ? {value}\n  : x\n"},
        "site.yaml": {"site": f"title: {value}\n"},
        "front matter": {"source": f"---\ntitle: {value}\n---\nBody\n"},
        "nested source": {"events": f"- date: 2020\n  title: ok\n  sources:\n    - quote: {value}\n"},
    }[where]
    content = content_with(tmp_path, **docs)
    if value == "!!float 1e9999" and where == "event key":
        assert "unknown key '1e9999'" in one_error(content).message
        return
    if value == "!!float 1e9999":
        # A core tag: allowed, and read as the text written (no float overflow).
        load_timeline(content)
        return
    err = one_error(content)
    assert err.line is not None and err.column is not None, str(err)
    assert "tag" in err.message and "not allowed" in err.message, str(err)
    assert not Path(MARKER).exists()


def test_tag_directive_shorthand_is_still_refused(tmp_path: Path) -> None:
    """``%TAG !p! tag:yaml.org,2002:python/`` makes ``!p!object/apply`` a python tag in disguise."""
    text = f"%TAG !p! tag:yaml.org,2002:python/\n---\n- date: 2020\n  title: !p!object/apply:os.system ['touch {MARKER}']\n"
    err = one_error(content_with(tmp_path, events=text))
    assert "!!python/object/apply:os.system" in err.message
    assert (err.line, err.column) == (4, 10)


def test_merge_keys_are_reported_not_silently_applied(tmp_path: Path) -> None:
    text = "- &base {date: 2020, title: A}\n- <<: *base\n  title: B\n"
    with pytest.raises(ValidationError) as info:
        load_timeline(content_with(tmp_path, events=text))
    assert any(e.line == 2 for e in info.value.errors), [str(e) for e in info.value.errors]


def bomb(levels: int = 9, width: int = 10) -> str:
    lines = [f"a0: &a0 [{', '.join('x' for _ in range(width))}]"]
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(width))}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("where", ["site.yaml", "front matter", "event body"])
def test_billion_laughs_in_other_files_is_refused_quickly(tmp_path: Path, where: str) -> None:
    b = bomb()
    docs = {
        "site.yaml": {"site": b},
        "front matter": {"source": f"---\n{b}---\nBody\n"},
        "event body": {"events": "- date: 2020\n  title: t\n  body:\n" + "".join("    " + line + "\n"
                                                                          for line in b.splitlines())},
    }[where]
    content = content_with(tmp_path, **docs)
    seconds = cpu_seconds(lambda: one_error(content))
    # The reference: the same document with its aliases written as plain words.
    plain = content_with(tmp_path / "plain", **{k: v.replace("*", "").replace("&", "") for k, v in docs.items()})
    assert_not_much_slower(seconds, reference_seconds(lambda: _load_or_error(plain)), 100, f"alias bomb in {where}")
    err = one_error(content)
    assert "alias" in err.message and "expand" in err.message, str(err)


def _load_or_error(content: Path) -> None:
    with contextlib.suppress(ValidationError):
        load_timeline(content)


def test_merge_into_a_bomb_file_refuses_and_writes_nothing(tmp_path: Path) -> None:
    from timeline.model import Event, When

    target = tmp_path / "events" / "src.yaml"
    target.parent.mkdir()
    target.write_text(bomb(), encoding="utf-8")
    before = tree_hashes(tmp_path)
    with pytest.raises(TimelineError, match="alias"):
        merge_events_file(target, [Event(id="x", when=When.parse("2020"), title="t")])
    assert tree_hashes(tmp_path) == before


def test_alias_amplification_through_a_big_scalar_is_refused(tmp_path: Path) -> None:
    big = "x" * (512 * 1024)
    lines = [f"- {{id: e0, date: 2020-01-01, title: t0, body: &big \"{big}\"}}"]
    lines += [f"- {{id: e{i}, date: 2020-01-01, title: t{i}, body: *big}}" for i in range(1, 400)]
    content = content_with(tmp_path, events="\n".join(lines) + "\n")
    err = one_error(content)
    assert "alias" in err.message


# ------------------------------------------------------------ duplicate keys
@pytest.mark.parametrize(
    ("docs", "line"),
    [
        ({"site": "title: A\ntimezone: UTC\ntitle: B\n"}, 3),
        ({"source": "---\ntitle: A\ntitle: B\n---\nBody\n"}, 3),
        ({"events": "- date: 2020\n  title: A\n  sources:\n    - {url: 'https://a.example', url: 'https://b.example'}\n"}, 4),
        ({"events": "- date: 2020\n  title: A\n  media:\n    - url: x.png\n      alt: a\n      alt: b\n"}, 6),
        ({"events": "- date: 2020\n  title: A\n  \"title\": B\n"}, 3),
        ({"events": "- date: 2020\n  title: A\n  ? title\n  : B\n"}, 3),
    ],
    ids=["site.yaml", "front matter", "source flow mapping", "media", "quoted key", "explicit key"],
)
def test_duplicate_keys_are_reported_everywhere(tmp_path: Path, docs: dict[str, str], line: int) -> None:
    err = one_error(content_with(tmp_path, **docs))
    assert "duplicate key" in err.message and err.line == line, str(err)


# ---------------------------------------------------------------- encodings
@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        ("- date: 2020\n  title: ok\n".encode("utf-16-be"), "character"),  # NULs
        (b"\xff\xfe\x00\x00" + "- date: 2020\n".encode("utf-32-le"), "UTF-16"),  # UTF-32 LE BOM
        (b"\x00\x00\xfe\xff" + "- date: 2020\n".encode("utf-32-be"), "not valid UTF-8"),
        (b"\xef\xbb\xbf\xef\xbb\xbf- date: 2020\n  title: ok\n", None),  # a second BOM is text, not a crash
        (b"- date: 2020\n  title: caf\xc3\xa9 \xe9t\xe9\n", "not valid UTF-8"),  # mixed UTF-8 and Latin-1
        (b"- date: 2020\n  title: \xed\xa0\x80\n", "not valid UTF-8"),  # UTF-8-encoded lone surrogate
        (b"- date: 2020\n  title: \xc0\xaf\n", "not valid UTF-8"),  # overlong '/'
        (b"- date: 2020\r\n  title: windows\r\n", ""),  # CRLF is fine
        (b"- date: 2020\r  title: old mac\r", ""),  # lone CR line ends are YAML line breaks
        (b"- date: 2020\n  title: \x00\n", "character"),  # raw NUL is not YAML
        (b"- date: 2020\n  title: \x1b[31mred\n", "character"),  # raw ESC
        ("- date: 2020\n  title: a\u2028b\n".encode(), "YAML syntax error"),  # YAML 1.1: U+2028 breaks lines
    ],
    ids=["utf16-no-bom", "utf32le", "utf32be", "double-bom", "latin1-mix", "surrogate", "overlong", "crlf", "cr",
         "nul", "esc", "u2028"],
)
def test_encodings_give_a_located_error_or_load(tmp_path: Path, raw: bytes, expect: str | None) -> None:
    content = content_with(tmp_path)
    (content / "events" / "e.yaml").write_bytes(raw)
    try:
        timeline = load_timeline(content)
    except ValidationError as exc:
        assert expect, f"expected to load, got {[str(e) for e in exc.errors]}"
        assert len(exc.errors) >= 1
        err = exc.errors[0]
        assert expect in err.message, str(err)
        assert err.path and err.path.endswith("e.yaml") and err.line is not None, str(err)
        assert "\n" not in str(err), "errors are one line"
        return
    assert expect in ("", None), f"expected an error containing {expect!r}"
    assert len(timeline.events) == 1


def test_front_matter_with_bom_and_crlf_is_read(tmp_path: Path) -> None:
    source = "\ufeff---\r\ntitle: Windows notes\r\npublished: 2026-02-27\r\n---\r\nBody\r\n"
    content = content_with(tmp_path)
    (content / "sources").mkdir()
    (content / "sources" / "s.md").write_bytes(source.encode("utf-8"))
    timeline = load_timeline(content)
    assert timeline.sources[0].title == "Windows notes"


def test_compose_is_iterative_for_wide_and_deep_but_legal_trees() -> None:
    """60 levels (under the limit) and 100k siblings: bounded and accepted."""
    deep = "".join("  " * i + "- \n" for i in range(60)) + "  " * 60 + "- x\n"
    assert compose(YamlText("deep.yaml", deep)) is not None
    wide = "[" + ", ".join("x" for _ in range(100_000)) + "]\n"
    node = compose(YamlText("wide.yaml", wide))
    assert node is not None and len(node.value) == 100_000
    # Linear: not much slower than the same 100k items as a block list.
    block = YamlText("block.yaml", "- x\n" * 100_000)
    assert_not_much_slower(cpu_seconds(lambda: compose(YamlText("wide.yaml", wide))),
                           reference_seconds(lambda: compose(block), repeat=2), 10, "100k siblings")
