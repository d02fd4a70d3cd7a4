"""The simple reader (no libyaml) reads exactly what libyaml reads, or declines.

``read_simple`` and ``simple_events`` are a shortcut for the common file: a
list of event mappings in plain block YAML. The contract has two halves:

* whatever the reader accepts, it reads as libyaml composes it (same keys,
  texts, SafeLoader tags and the position of every event), and it declines
  every file libyaml rejects;
* ``parse_events`` gives the same events and the same errors with and without
  the shortcut, and the shortcut really is taken for the files our writer and
  the benchmarks produce (else it would silently stop paying).

Generated files mix every layout the reader handles with near misses it must
leave to libyaml (comments, tabs, anchors, odd indentation, double quotes
that span lines, ``: `` inside text, block scalar headers, unknown and
repeated keys).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import weakref
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

import timeline.store.events as events_module
from timeline.collector import paused as gc_paused
from timeline.errors import DateError
from timeline.model import Event, Location, SourceRef, When
from timeline.store import dump_events, fields, yaml_subset
from timeline.store.events import EVENT_KEYS, MEDIA_KEYS, SOURCE_KEYS, parse_events, simple_events
from timeline.store.fields import calendar_date
from timeline.store.yaml_subset import read_simple
from timeline.store.yamlfile import YamlText

REPO = Path(__file__).parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
STR = "tag:yaml.org,2002:str"
ITEM_KEYS = {"sources": SOURCE_KEYS, "media": MEDIA_KEYS}


# ------------------------------------------------------------------ helpers
def simple_shape(node: Node) -> object:
    """A libyaml node tree in read_simple's terms: dicts, lists, text or (text, tag)."""
    if isinstance(node, ScalarNode):
        return node.value if node.tag == STR else (node.value, node.tag)
    if isinstance(node, SequenceNode):
        return [simple_shape(item) for item in node.value]
    assert isinstance(node, MappingNode)
    return {key.value: simple_shape(value) for key, value in node.value}


def libyaml_reading(text: str) -> object:
    """What libyaml makes of ``text``, as read_simple would give it ("error" if it refuses it)."""
    try:
        root = yaml.compose(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError:
        return "error"
    if root is None:
        return None
    items = root.value if isinstance(root, SequenceNode) else [root]
    if not all(isinstance(item, MappingNode) for item in items):
        return "not mappings"
    return [(item.start_mark.line, item.start_mark.column, simple_shape(item)) for item in items]


def agrees_with_libyaml(text: str) -> object:
    """read_simple's result, after checking it against libyaml's when it gave one.

    Read again with the key order (one match per mapping, :func:`read_ordered`
    first), it must be the same: the ordered way accepts nothing the entry by
    entry way declines, and reads the same values.
    """
    found = read_simple(text, EVENT_KEYS, ITEM_KEYS)
    if found is not None:
        assert libyaml_reading(text) == found, text
    assert read_simple(text, EVENT_KEYS, ITEM_KEYS, EVENT_KEYS) == found, text
    return found


def read_ordered_only(text: str) -> object:
    """read_simple with the key order and the entry-by-entry way turned off: what read_ordered reads."""
    original = yaml_subset.SimpleReader.document

    def declined(self: object) -> None:
        raise yaml_subset.NotSimple

    yaml_subset.SimpleReader.document = declined  # type: ignore[assignment, method-assign]
    try:
        return read_simple(text, EVENT_KEYS, ITEM_KEYS, EVENT_KEYS)
    finally:
        yaml_subset.SimpleReader.document = original  # type: ignore[method-assign]


def checked_way(source: YamlText) -> tuple[list[Event], list[str]]:
    """parse_events with the shortcut turned off: libyaml and the field checks only."""
    original = events_module.simple_events
    events_module.simple_events = lambda source, *args, **kwargs: None
    try:
        found, errors = parse_events(source)
    finally:
        events_module.simple_events = original
    return found, [str(e) for e in errors]


def both_ways(text: str) -> tuple[list[Event], list[str]]:
    """parse_events with the shortcut, after checking it against the checked way."""
    source = YamlText("events.yaml", text)
    found, errors = parse_events(source)
    reference = checked_way(source)
    assert (found, [str(e) for e in errors]) == reference, text
    return reference


# ------------------------------------------------------------- generated files
WORDS = ["Anthropic", "Department of Defense", "a", "b c", "x-y", "2021", "2025-07", "2026-02-27", "yes", "No",
         "on", "~", "null", "0.5", "1", "1_0", "-1", ".inf", "1:20", "http://x.org/a#b", "<<", "=", "a:b", "é",
         "日本", "“quoted”", "it's", "50%", "a,b", "[x]", "{y}", "a ! b", "*not*", "**bold**", "q?", "f(x)"]
NEAR_MISSES = ["a: b", "a #b", "#c", "- x", "-x", "? q", ":x", "&a x", "*a", "!t x", "!!str x", "%x", "@x", "`x",
               "'x", '"x', "|", ">", "x:", "[a", "{a: b}", "", " ", "a\tb", "x\\y", "a  b", "a ", "\u2028",
               "\x85", "\ufeff"]
#: Words that may start a plain scalar (the rest need quotes, which the generator adds at random).
PLAIN_WORDS = [w for w in WORDS if w[0] not in "-?:,[]{}#&*!|>'\"%@`"]
TEXT = st.one_of(*[st.sampled_from(WORDS)] * 6, st.sampled_from(NEAR_MISSES),
                 st.text(alphabet="ab Z09-_.:#'\",[]{}*&!|>?%@`~é", min_size=1, max_size=10))
KEYS = st.sampled_from([*EVENT_KEYS, *EVENT_KEYS, "titel", "url", "quote"])


@st.composite
def scalar_lines(draw: st.DrawFn, indent: int, clean: bool, words: st.SearchStrategy[str]) -> list[str]:
    """A scalar value: the rest of the key's line, then any lines under it."""
    text = draw(st.sampled_from(PLAIN_WORDS) if clean else words)
    style = draw(st.sampled_from(["plain"] * 4 + ["single", "double", "multi", "literal"]))
    if style == "single":
        return ["'" + text.replace("'", "''") + "'"]
    if style == "double" and '"' not in text and "\\" not in text:
        return ['"' + text + '"']
    if style == "multi":
        more = draw(st.lists(st.sampled_from(PLAIN_WORDS) if clean else words, min_size=1, max_size=3))
        lines = [text]
        for word in more:
            if draw(st.booleans()) and not clean:
                lines.append(draw(st.sampled_from(["", " " * (indent + 1), "  "])))
            deeper = indent + draw(st.integers(1, 2) if clean else st.integers(0, 3))
            lines.append(" " * deeper + word)
        return lines
    if style == "literal":
        header = draw(st.sampled_from(["|", "|-"] if clean else ["|", "|-", "|+", ">", "|2", "| # c"]))
        body = draw(st.lists(st.sampled_from(PLAIN_WORDS) if clean else words, min_size=1, max_size=3))
        pad = indent + draw(st.integers(1, 3))
        lines = [header]
        for i, word in enumerate(body):
            if i and draw(st.booleans()):
                lines.append("" if clean else draw(st.sampled_from(["", " " * pad, " " * (pad + 2)])))
            extra = 0 if clean or i == 0 else draw(st.integers(-1, 2))
            lines.append(" " * (pad + extra) + word)
        return lines
    return [text + ("" if clean else draw(st.sampled_from(["", "", "", "", " ", "  # c"])))]


@st.composite
def block_list(draw: st.DrawFn, indent: int, keys: tuple[str, ...] | None, clean: bool,
               words: st.SearchStrategy[str]) -> list[str]:
    """Lines of a ``- `` list under a key at ``indent``: of scalars, or of mappings with ``keys``."""
    at = indent + draw(st.sampled_from([0, 2] if clean else [0, 2, 1, 4]))
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        if keys:
            item = draw(mapping_lines(at + 2, keys, nested=True, clean=clean, words=words))
            item[0] = " " * at + "- " + item[0][at + 2:]
        else:
            value = draw(scalar_lines(at, clean, words))
            item = [" " * at + "- " + value[0], *value[1:]]
        lines.extend(item)
    return lines


@st.composite
def mapping_lines(draw: st.DrawFn, indent: int, keys: tuple[str, ...], nested: bool, clean: bool,
                  words: st.SearchStrategy[str]) -> list[str]:
    """Lines of a block mapping whose keys sit at ``indent``."""
    if clean:
        chosen = draw(st.lists(st.sampled_from(keys), min_size=1, max_size=6, unique=True))
    else:
        chosen = draw(st.lists(st.sampled_from([*keys, "titel"]), min_size=1, max_size=6, unique=True))
        if draw(st.integers(0, 9)) == 7:
            chosen.append(chosen[0])  # a repeated key
    if draw(st.booleans()):  # in the documented order, as read_ordered reads them
        chosen.sort(key=lambda key: keys.index(key) if key in keys else -1)
    lines = []
    pad = " " * indent
    for key in chosen:
        kind = draw(st.sampled_from(["scalar"] * 3 + ([] if nested else ["list", "flow", "empty"])))
        if kind == "scalar":
            value = draw(scalar_lines(indent, clean, words))
            lines.extend([f"{pad}{key}: {value[0]}", *value[1:]])
        elif kind == "flow":
            items = draw(st.lists(st.sampled_from(WORDS[:8]) if clean else words, max_size=3))
            lines.append(f"{pad}{key}: [{', '.join(items)}]")
        elif kind == "empty":
            lines.append(f"{pad}{key}:")
        else:
            item_keys = ITEM_KEYS.get(key) if clean else draw(st.sampled_from([ITEM_KEYS.get(key), SOURCE_KEYS]))
            lines.append(f"{pad}{key}:")
            lines.extend(draw(block_list(indent, item_keys, clean, words)))
        if not clean and draw(st.integers(0, 19)) == 0:
            lines.append(draw(st.sampled_from(["", "# note", pad + "# note", " " * (indent + 1) + "x", "\t"])))
    return lines


@st.composite
def event_files(draw: st.DrawFn, clean: bool = False, words: st.SearchStrategy[str] = TEXT) -> str:
    """An events file: a list of mappings (or one mapping), with gaps and comments between them."""
    if draw(st.integers(0, 5)) == 0:
        return "\n".join(draw(mapping_lines(0, EVENT_KEYS, nested=False, clean=clean, words=words))) + "\n"
    lines = draw(st.lists(st.sampled_from(["# header", ""]), max_size=2))
    for _ in range(draw(st.integers(1, 3))):
        column = 2 if clean else draw(st.sampled_from([2, 2, 3]))
        item = draw(mapping_lines(column, EVENT_KEYS, nested=False, clean=clean, words=words))
        item[0] = "-" + " " * (column - 1) + item[0][column:]
        lines.extend(item)
        lines.extend(draw(st.lists(st.sampled_from(["", "# between", "  "]), max_size=2)))
    text = "\n".join(lines) + "\n"
    if not clean:
        text = draw(st.sampled_from([text] * 8 + [text.replace("\n", "\r\n"), text.rstrip("\n"),
                                     text.replace("- ", "- &a ", 1), text + "---\n", "%YAML 1.1\n---\n" + text]))
    return text


# -------------------------------------------------------- the reader itself
@settings(max_examples=700, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_files())
def test_what_the_reader_accepts_libyaml_reads_the_same(text: str) -> None:
    agrees_with_libyaml(text)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_files(words=st.sampled_from(PLAIN_WORDS)))
def test_odd_layouts_of_plain_words_read_like_libyaml(text: str) -> None:
    """Blank and over-indented lines, block headers, list columns: accepted or declined, never misread."""
    agrees_with_libyaml(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_files(clean=True))
def test_plain_block_files_are_read_without_libyaml(text: str) -> None:
    """Writer-style files (known keys once, plain words, ``|`` blocks, lists) take the shortcut."""
    assert agrees_with_libyaml(text) is not None, text


@pytest.mark.parametrize("text", [
    "- id: a\n  title: x\n",
    "- id: a\n  body: one\n    two\n\n    three\n  tags:\n  - a\n  - b c\n",
    "title: x\ndate: 2021\ntags: [a, b c, 1]\n",
    "- title: x\n  sources:\n    - title: s\n      url: http://x\n  body: |\n    a\n\n    b\n",
    "- title: 'it''s'\n  body: \"x y\"\n  draft: yes\n  confidence: 0.5\n",
    "# comment\n\n- title: x\n\n# between\n-   title: y\n    date: 2021\n",
])
def test_layouts_read_like_libyaml(text: str) -> None:
    assert agrees_with_libyaml(text) is not None


@pytest.mark.parametrize("text", [
    "",                                           # empty: libyaml's None, an error for the caller
    "[]\n",                                       # a flow root
    "- title: x",                                 # no line break at the end
    "- title: x\r\n",                             # CR LF
    "- title: x\t\n",                             # a tab
    "- title: a\u2028b\n",                        # a YAML 1.1 line break inside text
    "- title: &a x\n  body: *a\n",                # anchors and aliases
    "- title: !!str x\n",                         # tags
    "- title: x # comment\n",                     # a comment after a value
    "- title: x\n  title: y\n",                   # a repeated key
    "- titel: x\n",                               # an unknown key
    "- title: \"a\n    b\"\n",                    # double quotes over two lines
    "- title: \"a\\tb\"\n",                       # an escape
    "- title: a: b\n",                            # a mapping where text was meant
    "- title: x\n   date: 2021\n",                # a key indented too far
    "- title: x\n date: 2021\n",                  # a key indented too little
    "- title: x\n  body: >\n    folded\n",       # a folded block
    "- title: x\n  body: |+\n    keep\n",        # keep chomping
    "- title: x\n  body: |\n\n    late\n",       # a blank line before the block's first line
    "- title:\n    x\n",                          # a value on the next line
    "- title: x\n  tags:\n  - a\n  -\n",          # an empty item
    "- title: x\n  tags:\n  - [a]\n",             # a flow list inside a block list
    "- title: x\n  sources: [{title: a}]\n",      # a flow mapping
    "- title: x\n  body: a\n    # not text\n",   # a comment line inside plain text
    "- title: x\n---\n- title: y\n",              # a second document
    "-             title: x\n              tags: [a]\n",  # keys at column 14: past the patterns compiled
])
def test_the_reader_declines_what_it_does_not_handle(text: str) -> None:
    assert read_simple(text, EVENT_KEYS, ITEM_KEYS) is None


@pytest.mark.parametrize("text", [
    "- id: a\n  date: '2021'\n  title: T\n  body: one two\n    three\n    four\n  tags:\n  - a\n  - 2021\n"
    "  sources:\n  - title: s\n    url: https://x.org/a#b\n  - publisher: P\n  status: reviewed\n",
    "- id: a\n  title: 'Hello: world'\n  body: |-\n    One.\n\n    Two: three\n  tags: [A, B c]\n"
    "  sources:\n    - title: \"T\"\n      quote: q\n  media:\n    - url: https://x/y.png\n"
    "  confidence: 0.9\n\n- date: 2025-07\n  title: Yes\n  draft: no\n",
    "# header\n\n- title: x\n# between\n\n- title: y\n  tags:\n    - Topic 1\n    - ok\n\n",
])
def test_files_in_the_documented_key_order_are_read_with_one_match_per_event(text: str) -> None:
    assert read_ordered_only(text) == agrees_with_libyaml(text) is not None


@pytest.mark.parametrize("text", [
    "- title: x\n  id: a\n",                           # keys out of order
    "- id: a\n\n  title: x\n",                         # a blank line inside the mapping
    "- title: x \n",                                    # trailing spaces
    "- title: x\n  body: a\n   b\n",                   # folded text indented by three
    "- title: x\n  body: a\n    - b\n",                # a continuation line that starts with "- "
    "- title: x\n  body: a\n    ?\n",
    "- title: x\n  body: a\n    b:\n",
    "- title: x\n  body: a: b\n",
    "- title: x\n  body: a #b\n",
    "- title: x\n  tags:\n  - a # b\n",
    "- title: x\n  tags:\n  - a\n  - b\n  sources:\n  - title: s\n    titel: t\n",
    "- title: x\n  sources:\n  - title: s\n    title: t\n",
    "- title: x\n  sources:\n  - title: a: b\n",
    "- title: x\n  sources:\n  - title: 'a\n      b'\n",
    "- title: x\n  tags: [a]]\n",
    "- title: x\n  status:\n",
    "  # indented comment\n- title: x\n",
    "-   title: x\n",
])
def test_near_misses_are_left_to_the_entry_by_entry_reader(text: str) -> None:
    assert read_ordered_only(text) is None
    agrees_with_libyaml(text)


# ------------------------------------------------------- events and errors
#: Per key: values that are valid, then values with a problem (drawn less often).
DATES = (["2021", "2025-07", "2026-02-27", "'2026-02-27'", "2026-02-27T17:01-05:00", "2025-Q4", "2026-W09", "19",
          "2026-02-27 17:01", "1950-03-13", "2026-02-27T17:01"], ["2026-02-30", "2026-13", "soon", "9999-12-31"])
VALUES = {
    "id": (["event-1", "x", "2021"], ["Bad Id", "con", "a" * 90]),
    "date": DATES, "end": (["2027", "2027-02-27T17:01"], [*DATES[1], "2021"]),
    "qualifier": (["early", "late"], ["sometime"]),
    "timezone": (["America/New_York", "UTC"], ["Mars/Base"]),
    "title": (["Anthropic signs a contract", "x", "日本", "Two  spaces"], ["''"]),
    "body": (["Text.", "|\n    Two\n\n    lines", "First\n    second", "''"], ["[a]"]),
    "status": (["reviewed", "extracted"], ["done"]),
    "confidence": (["0.9", "1", "0", ".5"], ["1.5", "'0.5'", "1_0", "0x1"]),
    "draft": (["true", "no", "Yes"], ["maybe"]),
}
SOURCE_VALUES = {"title": (["CNBC story", "''"], []), "url": (["https://x.org/a", "/local"], ["javascript:alert(1)"]),
                 "publisher": (["CNBC", " Reuters "], []), "published": (["2026-02-27", "2026-02"], ["yesterday"]),
                 "quote": (["Quote text.", "x"], [])}
MEDIA_VALUES = {"url": (["https://x.org/p.jpg"], ["data:x", "''"]), "alt": (["A photo", "''"], []),
                "credit": (["AP", "' '"], [])}


def value_of(draw: st.DrawFn, choices: tuple[list[str], list[str]]) -> str:
    valid, invalid = choices
    return draw(st.sampled_from(invalid if invalid and draw(st.integers(0, 14)) == 7 else valid))


@st.composite
def event_text(draw: st.DrawFn) -> str:
    keys = draw(st.lists(st.sampled_from(EVENT_KEYS), unique=True, max_size=len(EVENT_KEYS)))
    for needed in ("date", "title"):
        if needed not in keys and draw(st.integers(0, 19)) != 7:
            keys.append(needed)
    if draw(st.booleans()):  # in the documented order, as read_ordered reads them
        keys.sort(key=EVENT_KEYS.index)
    lines = []
    for key in keys:
        if key == "tags":
            tags = draw(st.lists(st.sampled_from(["Anthropic", "DoD", "2021", "''", "a b"]), max_size=3))
            if draw(st.booleans()):
                lines.append(f"  tags: [{', '.join(t for t in tags if t != chr(39) * 2)}]")
            else:
                lines.extend(["  tags:", *(f"  - {t}" for t in tags)] if tags else ["  tags: []"])
        elif key in ("sources", "media"):
            values = SOURCE_VALUES if key == "sources" else MEDIA_VALUES
            lines.append(f"  {key}:")
            for _ in range(draw(st.integers(1, 2))):
                chosen = draw(st.lists(st.sampled_from(sorted(values)), min_size=1, unique=True))
                for i, k in enumerate(chosen):
                    lines.append(("  - " if i == 0 else "    ") + f"{k}: {value_of(draw, values[k])}")
        else:
            lines.append(f"  {key}: {value_of(draw, VALUES[key])}")
    if not lines:
        return "- {}"
    lines[0] = "- " + lines[0][2:]
    return "\n".join(lines)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(event_text(), min_size=1, max_size=4))
def test_events_and_errors_are_the_same_with_and_without_the_shortcut(items: list[str]) -> None:
    both_ways("\n".join(items) + "\n")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(event_files())
def test_generated_layouts_give_the_same_events_and_errors(text: str) -> None:
    both_ways(text)


def yaml_files() -> list[Path]:
    return sorted([*FIXTURES.rglob("*.yaml"), *(REPO / "content").rglob("*.yaml")])


@pytest.mark.parametrize("path", yaml_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_fixture_files_give_the_same_events_and_errors(path: Path) -> None:
    both_ways(path.read_text(encoding="utf-8"))


def test_a_valid_event_is_built_with_every_field() -> None:
    text = ("- id: deal\n  date: 2025-07\n  end: 2025-08\n  qualifier: early\n  timezone: UTC\n"
            "  title: ' Deal signed '\n  body: |\n    One.\n\n    Two.\n  tags: [Anthropic, DoD]\n"
            "  sources:\n  - title: Story\n    url: https://x.org/a\n    publisher: CNBC\n"
            "    published: 2026-02-27\n    quote: It was signed.\n"
            "  media:\n  - url: https://x.org/p.jpg\n    alt: A photo\n"
            "  status: reviewed\n  confidence: 0.8\n  draft: yes\n")
    source = YamlText("events.yaml", text)
    [event] = simple_events(source)
    assert event == Event(
        id="deal", when=When.parse("2025-07", timezone="UTC", qualifier="early"), title="Deal signed",
        end=When.parse("2025-08", timezone="UTC"), body="One.\n\nTwo.\n", tags=("Anthropic", "DoD"),
        sources=(SourceRef(title="Story", url="https://x.org/a", publisher="CNBC", published="2026-02-27",
                           quote="It was signed."),),
        media=event.media, status="reviewed", confidence=0.8, draft=True, location=Location("events.yaml", 1, 3))
    assert event.media[0].url == "https://x.org/p.jpg" and event.media[0].alt == "A photo"
    assert (([event], []) == both_ways(text))


def test_writer_output_takes_the_shortcut() -> None:
    """Files from dump_events (the store's own writer) must not fall back to libyaml."""
    events = [Event(id=f"e-{i}", when=When.parse(f"2025-0{i + 1}"), title=f"Title {i}",
                    body="Line one.\n\nLine two." if i % 2 else "One line.", tags=("Anthropic", "Department of Defense"),
                    sources=(SourceRef(title="Story", url=f"https://x.org/{i}", publisher="CNBC",
                                       published="2026-02-27", quote="A quote."),), status="reviewed",
                    confidence=0.8) for i in range(4)]
    text = dump_events(events)
    assert simple_events(YamlText("events.yaml", text)) is not None
    assert read_ordered_only(text) == read_simple(text, EVENT_KEYS, ITEM_KEYS) is not None
    found, errors = both_ways(text)
    assert not errors
    assert [(e.id, e.title, e.body, e.tags, e.sources) for e in found] == \
        [(e.id, e.title, e.body, e.tags, e.sources) for e in events]


def test_benchmark_style_files_take_the_shortcut() -> None:
    """PyYAML's safe_dump layout (quoted dates, folded long text) is the benchmarks' and many people's."""
    body = " ".join(["word"] * 60)
    data = [{"id": f"event-{i:06d}", "date": f"{1950 + i}-0{i % 9 + 1}-1{i % 9}", "title": f"Title ({i})",
             "body": body, "tags": ["Topic 1", "Topic 22"],
             "sources": [{"title": "Synthetic source", "url": f"https://example.com/a/{i}",
                          "publisher": "Example News", "quote": body[:60]}], "status": "reviewed"}
            for i in range(5)]
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    assert "\n    word" in text  # the body really is folded over several lines
    assert read_ordered_only(text) == read_simple(text, EVENT_KEYS, ITEM_KEYS) is not None
    found = simple_events(YamlText("events.yaml", text))
    assert found is not None and [e.body for e in found] == [body] * 5
    line = text.split("\n").index("- id: event-000003") + 1
    assert found[3].when == When.parse(data[3]["date"]) and found[3].location == Location("events.yaml", line, 3)
    assert (found, []) == both_ways(text)
    assert dt.date.fromisoformat(found[0].when.value())  # a day, read from its quoted spelling


VALID = "- id: e\n  date: 2025-07\n  title: T\n"


@pytest.mark.parametrize("extra", [
    "  end: 2021\n", "  end: 2025-06-30\n", "  timezone: Mars/Base\n", "  qualifier: sometime\n",
    "  status: done\n", "  confidence: 1.5\n", "  confidence: '0.5'\n", "  confidence: 0x1\n", "  draft: maybe\n",
    "  tags:\n  - a\n  - ' '\n", "  tags: a\n", "  body: [a]\n", "  sources:\n  - url: javascript:x\n",
    "  sources:\n  - published: yesterday\n", "  media:\n  - alt: no url\n", "  media:\n  - url: ''\n",
    "  media:\n  - url: data:x\n", "  id: Bad\n", "  end:\n", "  sources: x\n", "  sources:\n  - x\n",
])
def test_each_problem_sends_the_file_the_checked_way(extra: str) -> None:
    """One problem (or an unusual null) per file: the same message as without the shortcut."""
    text = VALID.replace("  title: T\n", "") + extra + "  title: T\n" if extra.startswith("  id") else VALID + extra
    found, errors = both_ways(text)
    assert errors or not found or found[0].end is None  # "end:" (null) is no problem: no end


# ------------------------------------------------------------- calendar dates
def parsed(text: str) -> object:
    try:
        return When.parse(text)
    except DateError as exc:
        return str(exc)


@settings(max_examples=600, deadline=None)
@given(st.one_of(st.text(alphabet="0123456789-", max_size=11), st.text(alphabet="019-٣ ", max_size=10),
                 st.builds(lambda y, m, d, size: f"{y:04d}-{m:02d}-{d:02d}"[:size], st.integers(0, 9999),
                           st.integers(0, 13), st.integers(0, 32), st.sampled_from([4, 7, 10]))))
def test_calendar_dates_are_read_as_when_parse_reads_them(text: str) -> None:
    """The shortcut for plain dates gives When.parse's value, or leaves the text to it."""
    when = calendar_date(text)
    if when is not None:
        assert parsed(text) == when
    elif isinstance(parsed(text), When) and len(text) in (4, 7, 10) and text == text.strip():
        # Declined though valid: only years past 9998 (When.parse checks their interval).
        assert int(text[:4]) > 9998


@pytest.mark.parametrize("text", ["2021", "2025-07", "2026-02-27", "2024-02-29", "0001", "9998-12-31"])
def test_calendar_dates_take_the_shortcut(text: str) -> None:
    assert calendar_date(text) == When.parse(text)


@pytest.mark.parametrize("text", ["0000", "2025-13", "2025-00", "2026-02-29", "2026-02-00", "9999", "9999-12-31",
                                  "2026-2-27", "２０２６", "2026-02-27T1", "2025-Q4", "21"])
def test_other_dates_are_left_to_when_parse(text: str) -> None:
    assert calendar_date(text) is None


def squeezed_scheme_problem(value: str) -> bool:
    """The rule itself, written here again as the oracle: the scheme a browser reads (control
    characters and blanks removed) is not http, https or mailto."""
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", re.sub(r"[\x00-\x20\x7f]+", "", value))
    return bool(match) and match.group(1).lower() not in ("http", "https", "mailto")


@settings(max_examples=400, deadline=None)
@given(st.builds(lambda head, tail: head + tail,
                 st.sampled_from(["https:", "http:", "mailto:", "https", "HTTPS:", "java", "javascript:", "h", ""]),
                 st.text(alphabet="ab:/\t\n \x00\x7fsciptjv", max_size=12)))
def test_the_store_refuses_exactly_the_urls_the_renderer_would_drop(value: str) -> None:
    # (one rule, timeline/urls.py: a URL the store accepts is one the site links to)
    from timeline.site.safety import safe_url

    if value.strip():
        assert (fields.url_problem(value) is None) == (safe_url(value) is not None)
    if squeezed_scheme_problem(value):  # an unsafe scheme, however disguised, is always refused
        assert fields.url_problem(value) is not None


# ------------------------------------------------------------ the GC pause
def test_objects_made_during_the_pause_leave_the_young_generation_and_cycles_are_still_collected() -> None:
    class Cycle:
        pass

    gc.collect()
    with gc_paused():
        kept = [[i] for i in range(20_000)]
        cycle = Cycle()
        cycle.me = cycle  # garbage with a cycle, made while paused
        probe = weakref.ref(cycle)
        del cycle
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert not any(id(item) in young for item in kept)  # no walk over them at the next collection
    assert probe() is not None  # not collected yet, but not lost either:
    gc.collect()
    assert probe() is None
    assert gc.get_freeze_count() == 0


def test_the_pause_leaves_a_programs_own_frozen_objects_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with gc_paused():
            [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen > 0
    finally:
        gc.unfreeze()


# ------------------------------------------- single-quoted text over several lines
_QUOTED_WORDS = st.lists(st.sampled_from(["word", "it's", "''", "**bold**", "[a](https://x.org/a)", "a: b", "#",
                                          "x #y", "é", "-", "- z", "?", "'", "  ", " ", "\n", "\n\n", "end'", "q''"]),
                         min_size=1, max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_QUOTED_WORDS, st.integers(min_value=10, max_value=90))
def test_text_pyyaml_quotes_over_several_lines_reads_like_libyaml(text: str, width: int) -> None:
    """PyYAML's safe_dump puts long text with quotes, ``**``, ``[``, ``: `` or ``#``
    in single quotes folded over several lines (the benchmarks' Markdown bodies, and
    many people's files): what the readers accept, they read exactly as libyaml."""
    data = [{"id": "e", "title": "T", "body": text, "tags": ["A"]}, {"title": text[:30] or "x"}]
    dumped = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=width)
    agrees_with_libyaml(dumped)


@pytest.mark.parametrize("text", [
    "- title: 'one\n\n    two'\n",          # an empty line: a line feed in the text
    "- title: 'one\n    \n    two'\n",      # a line of spaces: the same
    "- title: 'one\n\n\n    two\n    three'\n",
    "- title: 'one two\n    three four'\n",
    "- title: 'it''s\n    ''quoted'' here'\n",
    "- title: 'trailing   \n       spaces and indent'  \n",
    "- title: 'a\n   b'\n  body: x\n",
])
def test_single_quoted_text_over_several_lines_takes_the_shortcut(text: str) -> None:
    assert read_ordered_only(text) == agrees_with_libyaml(text) is not None


@pytest.mark.parametrize("text", [
    "- title: 'one\n    '\n",               # no text before the closing quote
    "- title: '\n    one'\n",               # none after the opening one
    "- title: 'one\n  two'\n",              # not deeper than the key
    "- title: 'one\n    two' x\n",          # something after the quotes
    "- title: \"one\n    two\"\n",          # double quotes: escapes, left to libyaml
])
def test_other_quoted_layouts_are_left_to_libyaml(text: str) -> None:
    assert read_ordered_only(text) is None
    agrees_with_libyaml(text)


def test_the_characters_left_to_libyaml_are_all_but_those_it_reads_as_plain_text() -> None:
    """``_NOT_SIMPLE_CHARS`` lists the refused characters (fast to compile); this is
    the set it must equal, spelled as the complement of what YAML reads as plain
    text, checked on every code point."""
    import re

    allowed = re.compile("[\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
    refused = yaml_subset.NOT_SIMPLE_CHARS
    text = "".join(map(chr, range(0x110000)))
    assert [m.start() for m in refused.finditer(text)] == [
        i for i in range(0x110000) if allowed.match(text, i) is None
    ]
    assert refused.search("a\tb") and refused.search("\u2028") and not refused.search("plain é text\n")
