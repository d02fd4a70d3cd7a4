"""The fast load path gives exactly what the plain one gave: same trees, events and errors.

Loading was made several times faster by (1) a CSafeLoader subclass whose
resolver hooks are cheap, (2) pausing the garbage collector while a file is
read, (3) shortcuts for the common valid case in the field checks and (4) a
cheaper pickle between the two processes of a big load. Each test here pins
one of them against the reference it replaced: PyYAML's own CSafeLoader for
trees and errors, the one-process path for the two-process one, pickle's
default for the cheap one.
"""

from __future__ import annotations

import gc
import pickle
import shutil
from pathlib import Path

import pytest
import yaml
from fresh_interpreter import run_script
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode

import timeline.store.loader as loader
from timeline.collector import paused as gc_paused
from timeline.errors import TimelineError
from timeline.model import Event, Location, Media, SourceRef, When
from timeline.store.events import parse_events
from timeline.store.fields import parse_when
from timeline.store.yamlfile import FastSafeLoader, YamlText, compose, may_have_properties

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent


# ------------------------------------------------------------------ helpers
def shape(node: Node | None, seen: dict[int, int] | None = None) -> object:
    """Everything the store reads from a node tree, aliases shown as back references."""
    if node is None:
        return None
    seen = {} if seen is None else seen
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    marks = tuple((m.name, m.index, m.line, m.column) for m in (node.start_mark, node.end_mark))
    head = (type(node).__name__, node.tag, marks)
    if isinstance(node, ScalarNode):
        return (*head, node.value, node.style)
    if isinstance(node, MappingNode):
        return (*head, node.flow_style, [(shape(k, seen), shape(v, seen)) for k, v in node.value])
    return (*head, node.flow_style, [shape(item, seen) for item in node.value])

@pytest.fixture(autouse=True)
def no_events_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests watch the parser's own paths (processes, parts, patterns): every load parses."""
    monkeypatch.setenv("TIMELINE_CACHE", "off")



def outcome(text: str, loader_class: type) -> object:
    """The tree's shape, or the exception's type, text and marks."""
    try:
        return shape(yaml.compose(text, Loader=loader_class))
    except yaml.MarkedYAMLError as exc:
        marks = [(m.line, m.column) if m else None for m in (exc.context_mark, exc.problem_mark)]
        return (type(exc).__name__, exc.context, exc.problem, marks)
    except (yaml.YAMLError, RecursionError) as exc:
        return (type(exc).__name__, str(exc))


def same_as_csafeloader(text: str) -> None:
    assert outcome(text, FastSafeLoader) == outcome(text, yaml.CSafeLoader)


def reference_compose(source: YamlText) -> object:
    """What :func:`compose` returns or raises, with the plain CSafeLoader swapped in."""
    original = compose.__globals__["_LOADER"]
    compose.__globals__["_LOADER"] = yaml.CSafeLoader
    try:
        return shape(compose(source))
    except TimelineError as exc:
        return str(exc)
    finally:
        compose.__globals__["_LOADER"] = original


def fast_compose(source: YamlText) -> object:
    try:
        return shape(compose(source))
    except TimelineError as exc:
        return str(exc)


def yaml_files() -> list[Path]:
    found = [*FIXTURES.rglob("*.yaml"), *FIXTURES.rglob("*.yml"), *(REPO / "content").rglob("*.yaml")]
    return sorted(p for p in found if p.is_file())


def front_matter(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("---", 2)[1] if text.startswith("---") else ""


# Mirrors the inputs of tests/hardening/test_yaml_hostile.py and test_store_load.py's bad files.
MARKER = "/tmp/timeline-hardening-pwned"
BOMB = "\n".join(["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
                 + [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(10))}]" for i in range(1, 9)]) + "\n"
HOSTILE = [
    f"- date: 2020\n  title: !!python/object/apply:os.system ['touch {MARKER}']\n",
    "!!python/name:os.system", "!!python/module:os", "!!python/object:collections.OrderedDict {}",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['true']", "!!binary aGVsbG8=", "!!set {a, b}",
    "!!omap [a: 1]", "!custom value", "!!float 1e9999", "- date: 2020\n  title: ok\n  ? !!binary aGVsbG8=\n  : x\n",
    f"%TAG !p! tag:yaml.org,2002:python/\n---\n- date: 2020\n  title: !p!object/apply:os.system ['touch {MARKER}']\n",
    "- &base {date: 2020, title: A}\n- <<: *base\n  title: B\n",
    BOMB, "- date: 2020\n  title: t\n  body:\n" + "".join("    " + line + "\n" for line in BOMB.splitlines()),
    "- {id: e0, date: 2020-01-01, title: t0, body: &big \"" + "x" * 5000 + "\"}\n"
    + "".join(f"- {{id: e{i}, date: 2020-01-01, title: t{i}, body: *big}}\n" for i in range(1, 40)),
    "title: A\ntimezone: UTC\ntitle: B\n",
    "- date: 2020\n  title: A\n  sources:\n    - {url: 'https://a.example', url: 'https://b.example'}\n",
    "- date: 2020\n  title: A\n  \"title\": B\n", "- date: 2020\n  title: A\n  ? title\n  : B\n",
    "- date: 2020\n  title: a\u2028b\n", "- date: 2020\n  title: \x1b[31mred\n", "- date: 2020\r  title: old mac\r",
    "&a [*a]", "&a {k: *a}", "*undefined", "- [a, b\n- c", "key: [unclosed", "a: b: c", "--- 1\n--- 2\n",
    "- date: 2020\n\ttitle: tab\n", "? - a\n: b\n", "{[1, 2]: x, {a: b}: y, ? : z}", "- ! 12\n- ! yes\n- !!str 12\n",
    "".join("  " * i + "- \n" for i in range(70)) + "  " * 70 + "- x\n",
    "[" * 2000 + "]" * 2000, "[" + ", ".join("x" for _ in range(20_000)) + "]\n", "", "# only a comment\n", "~",
]


# ------------------------------------------------------------ same trees
@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_fixture_files_compose_to_the_same_tree(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    same_as_csafeloader(text)
    assert fast_compose(YamlText(str(path), text)) == reference_compose(YamlText(str(path), text))


@pytest.mark.parametrize("path", sorted([*FIXTURES.rglob("*.md"), *(REPO / "content").rglob("*.md")]),
                         ids=lambda p: p.name)
def test_front_matter_composes_to_the_same_tree(path: Path) -> None:
    same_as_csafeloader(front_matter(path))


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_inputs_give_the_same_tree_or_the_same_error(text: str) -> None:
    same_as_csafeloader(text)
    assert fast_compose(YamlText("h.yaml", text)) == reference_compose(YamlText("h.yaml", text))


def test_every_implicit_type_resolves_as_safeloader_does() -> None:
    """One plain scalar per implicit resolver regex branch, and near misses."""
    words = ["yes", "Yes", "YES", "no", "NO", "y", "n", "Y", "true", "False", "on", "OFF", "oN", "nil", "~", "null",
             "Null", "NULL", "nULL", "", "0", "-0", "+12", "012", "0o17", "0x1F", "0xg", "0b101", "1_000", "1:20",
             "190:20:30", "1.5", "-.5", ".5", "1e3", "1.0e+3", "1.0e3", ".inf", "-.Inf", "+.INF", ".nan", ".NaN",
             "2026-02-27", "2026-2-7", "2026-02-27 17:01:02", "2001-12-14t21:59:43.10-05:00", "2026-02-27T17:01Z",
             "2026-02-30", "2026-W09", "2025-Q4", "<<", "=", "!", "&", "*", "Topic 144", "café", "日本", "-", "+",
             ".", "0.", "1__2", "_1", "12abc", "yes please", "on time", "https://example.com/a:b"]
    for w in words:
        for context in ("{w}", "- {w}", "{{{w}: {w}}}", "'{w}'", '"{w}"', "[{w}]", "? {w}\n: {w}", "a: {w} # c"):
            same_as_csafeloader(context.format(w=w))
    text = "".join(f"- {w}\n" for w in words if w not in "!&*-")
    tags = {(n.value, n.tag) for n in yaml.compose(text, Loader=FastSafeLoader).value}
    assert ("yes", "tag:yaml.org,2002:bool") in tags and ("2026-02-27", "tag:yaml.org,2002:timestamp") in tags
    assert ("0x1F", "tag:yaml.org,2002:int") in tags and ("Topic 144", "tag:yaml.org,2002:str") in tags


# A random YAML document: block and flow collections, every scalar style,
# implicit types and their near misses, comments, unicode, anchors and tags.
TRICKY = st.sampled_from([
    "yes", "No", "on", "OFF", "y", "n", "~", "null", "", "0", "-1", "+1", "0o7", "0x1f", "1_0", "1:2", "1.5", ".5",
    "1e3", "-.inf", ".NaN", "2026-02-27", "2026-02-27 17:01", "2026-2-7T1:02:03Z", "<<", "=", "a:b", "a: b",
    "http://x", "#", "a #b", "-", "- a", "?", "[a]", "{a}", "'q'", '"d"', "|", ">", "é", "日本", "\t", " a ", "\\",
])
WORD = st.text(alphabet="ab01-_.:+~ #yYnNoOtTfF'\"é日\\", max_size=8)
SCALAR_TEXT = st.one_of(TRICKY, WORD)


def render_scalar(text: str, style: str, indent: int) -> str:
    if style == "plain":
        return text
    if style == "single":
        return "'" + text.replace("'", "''") + "'"
    if style == "double":
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t") + '"'
    pad = " " * (indent + 2)
    return ("|" if style == "literal" else ">") + "\n" + "\n".join(pad + line for line in (text or "x").split("\n"))


@st.composite
def documents(draw: st.DrawFn, depth: int = 0, indent: int = 0, flow: bool = False) -> str:
    kind = draw(st.sampled_from(["scalar"] * 3 + (["list", "map"] if depth < 3 else [])))
    prefix = draw(st.sampled_from(["", "", "", "&a ", "!!str ", "! ", "!!int ", "!x "]))
    if kind == "scalar":
        styles = ["plain", "single", "double"] + ([] if flow else ["literal", "folded"])
        return prefix + render_scalar(draw(SCALAR_TEXT), draw(st.sampled_from(styles)), indent)
    items = draw(st.lists(documents(depth + 1, indent + 2, flow=True), max_size=3))
    keys = draw(st.lists(SCALAR_TEXT, min_size=len(items), max_size=len(items)))
    if flow or draw(st.booleans()):
        if kind == "list":
            return prefix + "[" + ", ".join(items) + "]"
        return prefix + "{" + ", ".join(f"{k}: {v}" for k, v in zip(keys, items, strict=True)) + "}"
    pad = " " * indent
    comment = draw(st.sampled_from(["", "  # note", " #x"]))
    block = [draw(documents(depth + 1, indent + 2)) for _ in items]
    if kind == "list":
        lines = [f"{pad}- {v}{comment}" for v in block]
    else:
        lines = [f"{pad}{k}: {v}{comment}" for k, v in zip(keys, block, strict=True)]
    return (prefix + "\n" if prefix else "") + "\n".join(lines or [pad + "[]"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_random_documents_compose_the_same(text: str) -> None:
    same_as_csafeloader(text)
    same_as_csafeloader(text + "\n")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab1 -:?,[]{}&*!|>'\"#\n\t~.%@`", max_size=60))
def test_random_text_gives_the_same_tree_or_error(text: str) -> None:
    same_as_csafeloader(text)
    assert fast_compose(YamlText("r.yaml", text)) == reference_compose(YamlText("r.yaml", text))


# ---------------------------------------------------------- collector pause
def test_gc_pause_restores_the_collector_only_if_it_was_on() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TimelineError), gc_paused():
        compose(YamlText("bad.yaml", "a: [b"))
    assert gc.isenabled()


# ------------------------------------------------------- field shortcuts
def test_parse_when_is_when_parse_and_shares_equal_values() -> None:
    for raw, tz, q in [("2026-02-27", None, None), (" 2026-02-27 17:01 ", "America/New_York", "early"),
                       ("2026-02-27t17:01:02", None, None), ("2025-07", None, "late"), ("2021", "UTC", None)]:
        expected = When.parse(raw.strip().replace(" 17", "T17").replace("t17", "T17"), timezone=tz, qualifier=q)
        assert parse_when(raw, tz, q) == expected
        assert parse_when(raw, tz, q) is parse_when(raw, tz, q)
    for _ in range(2):  # errors are raised every time, never remembered as a value
        with pytest.raises(Exception, match="February 2026 has 28 days"):
            parse_when("2026-02-30", None, None)


def errors_of(text: str) -> list[str]:
    return [str(e) for e in parse_events(YamlText("e.yaml", text))[1]]


def test_tag_lists_and_ids_keep_their_messages() -> None:
    """The shortcuts for plain tags and well-formed ids fall back to the full messages."""
    assert errors_of("- date: 2020\n  title: t\n  tags: [a, '', ~, [x], ' ', b]\n") == [
        "e.yaml:3:13: tags[1] must not be empty",
        "e.yaml:3:17: tags[2] must not be empty",
        "e.yaml:3:20: tags[3] must be text, not a list",
        "e.yaml:3:25: tags[4] must not be empty",
    ]
    bad_ids = ["con", "Bad Id", "a" * 81, "-x", "lpt1"]
    text = "".join(f"- {{id: '{i}', date: 2020, title: t}}\n" for i in bad_ids)
    messages = errors_of(text)
    assert len(messages) == len(bad_ids)
    assert "reserved device name on Windows; use for example 'con-event'" in messages[0]
    assert "must be lowercase ASCII letters" in messages[1] and "'bad-id'" in messages[1]
    assert "at most 80 characters" in messages[2] and "e.yaml:4:" in messages[3]
    events, problems = parse_events(YamlText("e.yaml", "- {id: a-" + "b" * 78 + ", date: 2020, title: t}\n"))
    assert problems == [] and events[0].id == "a-" + "b" * 78


# ------------------------------------------------------ two processes
def make_content(root: Path, files: int = 6, events: int = 40) -> Path:
    content = root / "content"
    (content / "events").mkdir(parents=True)
    (content / "site.yaml").write_text("title: T\ntimezone: America/New_York\n", encoding="utf-8")
    for f in range(files):
        lines = []
        for i in range(events):
            n = f * events + i
            date = ["2021", f"2025-{n % 12 + 1:02d}", f"2026-02-{n % 28 + 1:02d}", "2026-02-27T17:01-05:00",
                    "2026-02-27 09:30"][n % 5]
            lines.append(f"- id: e-{n}\n  date: {date}\n  title: Event {n} é\n  tags: [a, 'b{n % 3}']\n"
                         f"  sources:\n  - {{title: S, url: 'https://x.example/{n}', published: 2026-02-27}}\n"
                         f"  media:\n  - {{url: m{n}.png, alt: A, credit: C}}\n  confidence: 0.{n % 10}\n"
                         f"  draft: {'yes' if n % 7 == 0 else 'no'}\n  status: reviewed\n  end: 2027\n")
        (content / "events" / f"f{f}.yaml").write_text("".join(lines), encoding="utf-8")
    return content


#: Runs in a fresh interpreter: the loader only forks when no other thread
#: runs, and earlier tests in this session (the preview server) start some.
BOTH = r"""
import json, os, sys, threading
from pathlib import Path
import timeline.store.loader as loader
from timeline.errors import ValidationError
from timeline.store import load_timeline

def run(parallel_bytes):
    loader.PARALLEL_BYTES = parallel_bytes
    try:
        return load_timeline(Path(sys.argv[1]), drafts=True)
    except ValidationError as exc:
        return [str(e) for e in exc.errors]

one = run(1 << 60)  # forks counts both runs: 1 means this one did not fork and the next did
two = run(0)
errors = one if isinstance(one, list) else None
report({"threads": threading.active_count(), "same": one == two,
        "events": None if errors else len(one.events), "errors": errors})
"""


def load_both(content: Path) -> dict:
    """``load_timeline`` in one process and in two, compared; and how often it forked."""
    return run_script(BOTH, str(content))


def test_two_process_load_equals_one_process_load(tmp_path: Path) -> None:
    result = load_both(make_content(tmp_path))
    assert result["forks"] == 1, result
    assert result["same"] and result["events"] == 240, result


def test_two_process_errors_equal_one_process_errors(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    (content / "events" / "f1.yaml").write_text("- date: 2026-02-30\n  title: t\n  titel: x\n", encoding="utf-8")
    (content / "events" / "f2.yaml").write_text("- [unclosed\n", encoding="utf-8")
    shutil.copy(content / "events" / "f3.yaml", content / "events" / "f3-copy.yaml")  # duplicate ids across files
    result = load_both(content)
    assert result["forks"] == 1, result
    assert result["same"] and len(result["errors"]) > 40, result
    assert any("February 2026 has 28 days" in e for e in result["errors"])
    assert any("f2.yaml:2:1: YAML syntax error" in e for e in result["errors"]), result["errors"][:5]


def test_events_cross_the_pipe_unchanged() -> None:
    when = When.parse("2026-02-27T17:01", timezone="America/New_York", qualifier="early")
    events = [
        Event(id="a", when=when, title="T", end=When.parse("2027-Q1"), body="B", tags=("x", "y"),
              sources=(SourceRef(title="S", url="https://x", publisher=None, published="2026", quote="q"),),
              media=(Media(url="m.png", alt="a", credit=None),), status="reviewed", confidence=0.5, draft=True,
              location=Location("e.yaml", 3, 4)),
        Event(id="b", when=when, title="U"),
    ]
    back = pickle.loads(loader._dumps({"e.yaml": events}))
    assert back == {"e.yaml": events}
    assert back["e.yaml"][0].when is back["e.yaml"][1].when  # shared values stay shared
    assert len(loader._dumps(events)) <= len(pickle.dumps(events, protocol=pickle.HIGHEST_PROTOCOL))


# ------------------------------------------- when the safety walk may be skipped
def has_alias_or_tag(text: str) -> bool | None:
    """Whether libyaml sees an alias or an explicit tag in ``text``; None if it is not YAML."""
    try:
        events = list(yaml.parse(text, Loader=yaml.CSafeLoader))
    except yaml.YAMLError:
        return None
    return any(isinstance(e, yaml.AliasEvent) or getattr(e, "tag", None) is not None for e in events)


PROPERTY_TEXT = st.lists(st.sampled_from([*"ab1 -:?,[]{}&*!|>'\"#\t~.", "\n", "\r", "\x85", "\u2028",
                                          "&a ", "*a", "!!str ", "! "]), max_size=30).map("".join)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(documents(), PROPERTY_TEXT, documents().map(lambda d: "x: &a 1\ny: *a\nz: " + d)))
def test_the_walk_is_only_skipped_where_no_alias_or_tag_can_be(text: str) -> None:
    if has_alias_or_tag(text):
        assert may_have_properties(text), text


@pytest.mark.parametrize("text", [
    "a: *b", "- *a", "[*a, *b]", "{a: *b}", "x: &a !!str 1", "--- !!python/object {}", "a:\n  !t x",
    '{"a":!!str 1}', "? !t k\n: v", "a: x\r!!python/object: y", "k:\u2028  *a", "k:\x85*a", "-\t!!int 1",
    "x: &a-1 1\n*a-1 : v", "[*a]", "{k: *a}", "- *a\n",
])
def test_aliases_and_tags_anywhere_send_the_tree_through_the_walk(text: str) -> None:
    assert may_have_properties(text)


def test_markdown_punctuation_inside_text_does_not_cost_a_walk() -> None:
    text = ("- title: Wow!\n  body: Some **bold** and *em* text, see ![img](x.png)\n"
            "  quote: a long line folded by the YAML writer\n    **bold** at the start, then\n    *em* too\n")
    assert not may_have_properties(text) and not has_alias_or_tag(text)


DERIVED = r"""
import hashlib, os, sys
from pathlib import Path
import timeline.store.loader as loader
from timeline.store import load_timeline

parent = os.getpid()
def derive(e):
    # Which process computed it, then a value of the event alone.
    return ("P" if os.getpid() == parent else "C", hashlib.sha1(repr(e.id).encode()).digest())

loader.PARALLEL_BYTES = int(sys.argv[2])
t = load_timeline(Path(sys.argv[1]), drafts=True, derive=lambda site: derive)
report({"aligned": [d[1] == derive(e)[1] for e, d in zip(t.events, t.derived)].count(True),
        "events": len(t.events), "by": sorted({d[0] for d in t.derived}),
        "plain": load_timeline(Path(sys.argv[1])).derived})
"""


def test_derived_values_are_computed_by_the_process_that_parsed_each_event(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    two = run_script(DERIVED, str(content), "0")
    assert two["forks"] == 2  # the load with derive, then the one without
    # One value per event, in the sorted order, and both processes made some.
    assert two["aligned"] == two["events"] == 240
    assert two["by"] == ["C", "P"]
    assert two["plain"] is None  # not asked for: not computed
    one = run_script(DERIVED, str(content), str(1 << 60))
    assert (one["forks"], one["aligned"], one["by"]) == (0, 240, ["P"])


PIECES = r"""
import hashlib, os, sys
from pathlib import Path
import timeline.store.loader as loader
from timeline.errors import ValidationError
from timeline.store import load_timeline

made = []
real = loader._pieces
def counted(*args):
    parts = real(*args)
    made.append(len(parts))
    return parts
loader._pieces = counted
parent = os.getpid()
whole = []  # files the parent parsed whole (after a part was refused, or never cut)
real_parse = loader._parse_file
def parse_file(path, content_dir, *rest):
    if os.getpid() == parent:
        whole.append(path.name)
    return real_parse(path, content_dir, *rest)
loader._parse_file = parse_file
def derive(e):
    return ("P" if os.getpid() == parent else "C", hashlib.sha1(repr((e.id, e.location)).encode()).hexdigest())

def run(parallel_bytes, piece_bytes):
    loader.PARALLEL_BYTES, loader.PIECE_BYTES = parallel_bytes, piece_bytes
    try:
        t = load_timeline(Path(sys.argv[1]), drafts=True, derive=lambda site: derive)
    except ValidationError as exc:
        return [str(e) for e in exc.errors], None, None
    return t, [d[1] for d in t.derived], sorted({d[0] for d in t.derived})

one, one_derived, _ = run(1 << 60, 1 << 60)
made.clear()
whole.clear()
two, two_derived, by = run(0, int(sys.argv[2]))
errors = one if isinstance(one, list) else None
report({"same": one == two, "derived_same": one_derived == two_derived, "pieces": made, "errors": errors, "by": by, "whole": sorted(whole),
        "events": None if errors else len(one.events),
        "lines": None if errors else sorted({e.location.line for e in two.events})[-3:]})
"""


def write_block_events(path: Path, first: int, n: int) -> None:
    """Events as PyYAML writes them (block style, folded and single-quoted multi-line text)."""
    events = [{"id": f"e-{i}", "date": f"2025-{i % 12 + 1:02d}-{i % 28 + 1:02d}", "title": f"Event {i}: it's here",
               "body": " ".join(["Word"] * (i % 40 + 1)) + "\n\nSecond *paragraph* é.", "tags": ["a", f"b{i % 3}"],
               "sources": [{"title": "S", "url": f"https://x.example/{i}", "quote": " ".join(["q"] * 30)}]}
              for i in range(first, first + n)]
    path.write_text(yaml.safe_dump(events, allow_unicode=True, sort_keys=False, width=60), encoding="utf-8")


def test_big_files_are_parsed_in_parts_with_the_same_events_and_lines(tmp_path: Path) -> None:
    """Files cut at their top-level items (loader._pieces) load exactly as whole:
    the same events, locations (line numbers) included, and derived values."""
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    for f in range(3):
        write_block_events(events / f"f{f}.yaml", f * 300, 300)
    result = run_script(PIECES, str(tmp_path / "content"), "4000")
    assert result["same"] and result["derived_same"] and result["events"] == 900, result
    assert len(result["pieces"]) == 3 and min(result["pieces"]) > 5, result["pieces"]  # every file was cut
    assert result["by"] == ["C", "P"]  # both processes read parts (a refused part sends its file to "P")
    assert max(result["lines"]) > 4000  # (line numbers far into a file, from its last parts)


def test_one_big_file_is_read_by_both_processes(tmp_path: Path) -> None:
    """A timeline kept in a single events file is cut into parts like any big file
    (two processes used to need two files at least), with the same events and lines."""
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    write_block_events(events / "all.yaml", 0, 600)
    result = run_script(PIECES, str(tmp_path / "content"), "4000")
    assert result["same"] and result["derived_same"] and result["events"] == 600, result
    assert len(result["pieces"]) == 1 and result["pieces"][0] > 5, result["pieces"]
    assert result["by"] == ["C", "P"] and result["whole"] == [], result


def test_a_part_the_fast_reader_refuses_sends_its_whole_file_to_one_process(tmp_path: Path) -> None:
    """A quoted value over several lines can hold a line that looks like an item (PyYAML
    reads "- title: 'a" + newline + "- b'" as one title): a cut there leaves one part
    unreadable by the fast reader, and the file is parsed whole, like an error is."""
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    write_block_events(events / "a.yaml", 0, 300)
    text = (events / "a.yaml").read_text(encoding="utf-8")
    tricky = "".join(f"- id: q-{i}\n  date: '2024'\n  title: 'Quoted\n- over lines {i}'\n" for i in range(150))
    middle = text.index("\n- ", len(text) // 2) + 1
    (events / "a.yaml").write_text(text[:middle] + tricky + text[middle:], encoding="utf-8")
    write_block_events(events / "b.yaml", 1000, 300)
    (events / "b.yaml").write_text((events / "b.yaml").read_text(encoding="utf-8").replace(
        "date: '2025-06-06'", "date: '2025-02-30'", 1), encoding="utf-8")  # an error in one part
    result = run_script(PIECES, str(tmp_path / "content"), "4000")
    assert result["same"] and result["errors"] and any("February 2025 has 28 days" in e for e in result["errors"])
    assert "b.yaml" in result["whole"]
    write_block_events(events / "b.yaml", 1000, 300)
    result = run_script(PIECES, str(tmp_path / "content"), "4000")
    assert result["same"] and result["derived_same"] and result["events"] == 750, result
    assert min(result["pieces"]) > 5 and result["whole"] == ["a.yaml"], result  # cut, refused, read whole


@pytest.mark.parametrize("marker", ["---\n", "...\n---\n", "--- # two\n", "...\n%YAML 1.1\n---\n"])
@pytest.mark.parametrize("where", ["start", "middle"])
def test_files_with_document_markers_are_read_whole(tmp_path: Path, marker: str, where: str) -> None:
    """A document marker or directive anywhere (its part is refused by the process that
    reads it, see loader._pieces): the file is parsed whole, as in one process."""
    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    write_block_events(events / "a.yaml", 0, 300)
    text = (events / "a.yaml").read_text(encoding="utf-8")
    at = text.index("\n- ", 1 if where == "start" else len(text) // 2) + 1  # at an item: a likely cut
    (events / "a.yaml").write_text(text[:at] + marker + text[at:], encoding="utf-8")
    write_block_events(events / "b.yaml", 1000, 300)
    result = run_script(PIECES, str(tmp_path / "content"), "4000")
    assert result["same"] and result["derived_same"], result
    assert "a.yaml" in result["whole"] and "b.yaml" not in result["whole"], result


def test_only_big_timelines_compile_the_one_pattern_per_event_reader(tmp_path: Path, monkeypatch) -> None:
    """The ordered reader's pattern takes 10-25 ms to compile and saves ~15 us an event:
    a small timeline is read entry by entry (loader.ORDERED_BYTES), with the same events."""
    from timeline.store import yaml_ordered

    events = tmp_path / "content" / "events"
    events.mkdir(parents=True)
    write_block_events(events / "a.yaml", 0, 40)
    write_block_events(events / "b.yaml", 100, 40)
    monkeypatch.setattr(loader, "PARALLEL_BYTES", 1 << 60)  # one process: the cache below is this one's

    yaml_ordered._ordered_pattern.cache_clear()
    small = loader.load_timeline(tmp_path / "content")
    assert yaml_ordered._ordered_pattern.cache_info().currsize == 0

    size = sum(p.stat().st_size for p in events.iterdir())
    monkeypatch.setattr(loader, "ORDERED_BYTES", size)  # now "big"
    big = loader.load_timeline(tmp_path / "content")
    assert yaml_ordered._ordered_pattern.cache_info().currsize == 1
    assert big == small and len(big.events) == 80
