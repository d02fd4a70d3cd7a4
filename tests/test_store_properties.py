"""Property tests: random hand edits, then re-merges, never lose what a person wrote.

A person edits fields, deletes events, adds events, adds comments and moves
keys around; the extractor then runs again with the same or a different
output (changed bodies, re-titled events, new and vanished statements). After
every merge: each edited field still holds the person's value, deleted events
are gone, added events and comments are there, the file is valid, and
merging the same output again changes nothing.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from timeline.model import Event, SourceRef, When
from timeline.store import dump_events, load_events, merge_events_file
from timeline.store.writer import _yaml, to_text

N = 6
DATES = ["2021", "2025-07", "2026-W09", "2026-02-27", "2026-02-27T17:01-05:00"]
words = st.text(alphabet="abcdefghij XYZ:#'\"-“”", min_size=1, max_size=12).map(str.strip).filter(bool)


@st.composite
def machine_run(draw: st.DrawFn) -> list[Event]:
    """One extractor output: a subset of N statements, each perhaps re-worded or re-titled."""
    events = []
    for n in range(N):
        if not draw(st.booleans()) and n:
            continue  # this run does not find statement n
        retitled = draw(st.booleans())
        title = f"Title {n}" + (f" {draw(words)}" if retitled else "")
        events.append(Event(
            id=f"statement-{n}" if not retitled else f"statement-{n}-{abs(hash(title)) % 1000}",
            when=When.parse(DATES[n % len(DATES)]),
            title=title,
            body=f"Body {n} {draw(words)}",
            tags=tuple(draw(st.lists(words, max_size=2, unique=True))),
            sources=(SourceRef(title="Article", quote=f"Quote {n} stays verbatim."),),
            status="extracted",
            confidence=draw(st.sampled_from([0.5, 0.8, 0.9])),
        ))
    return events


EDITS = st.lists(
    st.tuples(st.sampled_from(["title", "body", "tags", "drop-body", "delete", "add", "comment", "reorder"]),
              st.integers(0, N - 1), words),
    max_size=8,
)


def apply_edits(path: Path, edits: list[tuple[str, int, str]], log: dict) -> None:
    """Edit the file as a person would, recording what must survive in ``log``."""
    doc = _yaml().load(path.read_text(encoding="utf-8"))
    items = {str(item["id"]): item for item in doc}
    for k, (kind, n, text) in enumerate(edits):
        ids = [i for i in items if i.startswith(f"statement-{n}")]
        item = items[ids[0]] if ids else None
        if kind == "add":
            new_id = f"human-{len(log['added']) + len(log['deleted'])}"
            # As ruamel loads it, so a later comment edit can target the added event too.
            doc.append(CommentedMap(id=new_id, date=2020, title=f"Human event {text}"))
            items[new_id] = doc[-1]
            log["added"][new_id] = {"id": new_id, "date": 2020, "title": f"Human event {text}"}
        elif kind == "comment":
            target = item if item is not None else doc[0] if len(doc) else None
            if target is not None and "title" in target and "title" not in target.ca.items:
                target.yaml_add_eol_comment(f"note {k}", "title")
                log["comments"][f"# note {k}"] = str(target["id"])
        elif item is None:
            continue
        elif kind == "delete":
            doc.remove(item)
            del items[ids[0]]
            log["deleted"].add(ids[0])
            for field in list(log["edited"]):
                if field[0] == ids[0]:
                    del log["edited"][field]
            log["order"].pop(ids[0], None)
            for comment, owner in list(log["comments"].items()):
                if owner == ids[0]:
                    del log["comments"][comment]  # deleted along with its event
        elif kind == "reorder" and "date" in item:
            value = item.pop("date")
            item["date"] = value  # moved to the end of the mapping
            log["order"][ids[0]] = list(item)
        elif kind == "drop-body":
            item.pop("body", None)
            log["edited"][(ids[0], "body")] = None
        elif kind in ("title", "body"):
            item[kind] = f"Human {kind} {k} {text}"
            log["edited"][(ids[0], kind)] = item[kind]
        elif kind == "tags":
            item["tags"] = [f"human-tag-{k}"]
            log["edited"][(ids[0], "tags")] = [f"human-tag-{k}"]
        if item is not None and ids and ids[0] in log["order"]:
            log["order"][ids[0]] = list(item)  # the person's latest key order
    path.write_text(to_text(doc), encoding="utf-8")


def check_survives(path: Path, log: dict) -> None:
    text = path.read_text(encoding="utf-8")
    events = {e["id"]: e for e in yaml.safe_load(text) or []}
    for (event_id, field), value in log["edited"].items():
        assert event_id in events, (event_id, text)
        if value is None:
            assert field not in events[event_id], (event_id, field)
        else:
            assert events[event_id].get(field) == value, (event_id, field)
    for event_id in log["deleted"]:
        assert event_id not in events
    for event_id, event in log["added"].items():
        assert events[event_id] == event
    for event_id, keys in log["order"].items():
        final = list(events[event_id])
        assert [k for k in final if k in keys] == [k for k in keys if k in final], (event_id, final, keys)
    for comment in log["comments"]:
        assert comment in text
    quotes = [s["quote"] for e in events.values() for s in e.get("sources", [])]
    assert len(quotes) == len(set(quotes)), "a statement was added twice"
    load_events(path.parent.parent)  # the merged file is valid


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target])
@given(first=machine_run(), edits=EDITS, second=machine_run(), more_edits=EDITS, third=machine_run())
def test_random_edits_survive_re_extraction(first, edits, second, more_edits, third) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events" / "article.yaml"
        merge_events_file(path, first)
        log: dict = {"edited": {}, "deleted": set(), "added": {}, "comments": {}, "order": {}}
        apply_edits(path, edits, log)
        for run, later_edits in ((second, more_edits), (third, [])):
            merge_events_file(path, run)
            check_survives(path, log)
            before = path.read_bytes()
            report = merge_events_file(path, run)  # idempotent
            assert path.read_bytes() == before and not report.written
            apply_edits(path, later_edits, log)
        check_survives(path, log)


YAML_TRAPS = ["yes", "No", "on", "~", "null", "1:20", "0x1f", "3.5", "2026-02-27", "-x", ":a", "?b", "#c",
              "a: b", "a #b", "[x]", "{y}", "*z", "&w", "!v", "|", ">", "'", '"', "%", "@", "`", "\x85", "a\u2028b"]
texts = st.one_of(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30),
                  st.sampled_from(YAML_TRAPS))


@settings(max_examples=150, deadline=None)
@example(title="0", body="0E0", tags=["1e5"], quote="-2.5e-3")  # numbers to YAML 1.2 only
@given(title=texts, body=st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
       tags=st.lists(texts, max_size=3), quote=texts)
def test_any_text_survives_dumping_verbatim(title: str, body: str, tags: list[str], quote: str) -> None:
    """Whatever the text, the YAML reads back to exactly the same strings (PyYAML and ruamel)."""
    event = Event(id="e", when=When.parse("2026-02-27"), title=title, body=body, tags=tuple(tags),
                  sources=(SourceRef(quote=quote),))
    text = dump_events([event])
    for loaded in (yaml.safe_load(text)[0], _yaml().load(text)[0]):
        assert loaded["title"] == title and loaded.get("body", "") == body
        assert list(loaded.get("tags", [])) == tags and loaded["sources"][0]["quote"] == quote
