"""Exports rebuilt from the live file's pieces are the exports made from scratch, byte for byte.

Seeded random sequences of piece lists (pieces changed, added, removed, moved,
empty, multi-byte) against :class:`timeline.site.pieces.PieceExport` written in
full; the index each write records is used by the next, as builds do.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.site import pieces, writer
from timeline.store.cache import SignedStore


class _Memory:
    """A stand-in for the signed store: what ``put`` stored, ``get`` returns."""

    def __init__(self) -> None:
        self.blobs: dict[str, bytes] = {}

    def get(self, name: str) -> bytes | None:
        return self.blobs.get(name)

    def put(self, name: str, data: bytes) -> None:
        self.blobs[name] = data


def chunk_bytes(chunks: object) -> Iterator[bytes]:
    """A page's chunks as bytes, spans of the live file read (what the writer would copy)."""
    for chunk in chunks:  # type: ignore[attr-defined]
        if type(chunk) is writer.FileSpan:
            yield from chunk.read()
        else:
            yield chunk


def _spec(items: list[tuple[str, str]], sep: str, made: list[str]) -> pieces.PieceExport:
    def make(i: int) -> str:
        made.append(items[i][0])
        return f"<{items[i][0]}:{items[i][1]}>"

    return pieces.PieceExport("HEAD[", "]TAIL\n", sep, "context", [i for i, _ in items],
                              [text for _, text in items], make)


def _step(rnd: random.Random, items: list[tuple[str, str]], counter: list[int]) -> list[tuple[str, str]]:
    items = list(items)
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.choice(["change", "add", "remove", "move", "nothing"])
        counter[0] += 1
        if kind == "change" and items:
            k = rnd.randrange(len(items))
            items[k] = (items[k][0], rnd.choice(["é", "x", "", "日本"]) * rnd.randint(0, 3) + str(counter[0]))
        elif kind == "add":
            items.insert(rnd.randint(0, len(items)), (f"n{counter[0]}", "new"))
        elif kind == "remove" and items:
            items.pop(rnd.randrange(len(items)))
        elif kind == "move" and items:
            items.insert(rnd.randint(0, len(items) - 1), items.pop(rnd.randrange(len(items))))
    return items


@pytest.mark.parametrize("sep", [",", "", "\r\n"])
@pytest.mark.parametrize("seed", range(6))
def test_pieces_copied_from_the_live_file_give_the_file_made_in_full(tmp_path: Path, seed: int, sep: str) -> None:
    rnd = random.Random(seed)
    counter = [0]
    items = [(f"e{k}", f"text {k}") for k in range(rnd.randint(0, 12))]
    store = _Memory()
    live = tmp_path / "live.json"
    key = "k0"
    render = pieces.Pieces("live.json", key, lambda: _spec(items, sep, []))
    render.previous = pieces.Previous(tmp_path, {})  # a first build: no live site yet
    render.store = store  # type: ignore[assignment]
    live.write_bytes(b"".join(chunk_bytes(render())))
    for step in range(25):
        before = dict(items)
        items = _step(rnd, items, counter)
        made: list[str] = []
        full = b"".join(_spec(items, sep, []).chunks())
        key = f"k{step + 1}"
        render = pieces.Pieces("live.json", key, lambda made=made, items=items: _spec(items, sep, made))
        render.previous = pieces.Previous(tmp_path, {"live.json": f"k{step}"})
        render.store = store  # type: ignore[assignment]
        written = _written_by_the_writer(tmp_path / f"new-{step}.json", render())
        assert written == full, f"step {step}"
        # Exactly the new and changed pieces are made; every other one is copied.
        assert sorted(made) == sorted(i for i, text in items if before.get(i) != text), f"step {step}"
        live.write_bytes(written)


def test_an_index_of_another_file_or_context_is_not_used(tmp_path: Path) -> None:
    items = [(f"e{k}", f"text {k}") for k in range(5)]
    store = _Memory()
    render = pieces.Pieces("live.json", "k0", lambda: _spec(items, ",", []))
    render.previous = pieces.Previous(tmp_path, {})
    render.store = store  # type: ignore[assignment]
    (tmp_path / "live.json").write_bytes(b"".join(chunk_bytes(render())))
    assert store.blobs  # (the index is kept: the two cases below are refused for what they are)
    for live_key, size_change in (("k-other", b""), ("k0", b" ")):
        made: list[str] = []
        with open(tmp_path / "live.json", "ab") as fh:
            fh.write(size_change)
        render = pieces.Pieces("live.json", "k1", lambda made=made: _spec(items, ",", made))
        render.previous = pieces.Previous(tmp_path, {"live.json": live_key})
        render.store = store  # type: ignore[assignment]
        b"".join(chunk_bytes(render()))
        assert len(made) == 5


def test_the_signed_store_refuses_blobs_it_did_not_sign(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    monkeypatch.delenv("TIMELINE_CACHE", raising=False)
    content = tmp_path / "content"
    content.mkdir()
    store = SignedStore.open(content, "exports")
    assert store is not None
    store.put("a", b"index")
    assert store.get("a") == b"index"
    path = store.folder / "a"
    raw = path.read_bytes()
    path.write_bytes(raw[:-1] + b"X")
    assert store.get("a") is None
    monkeypatch.setenv("TIMELINE_CACHE", "off")
    assert SignedStore.open(content, "exports") is None


def _written_by_the_writer(target: Path, chunks: object) -> bytes:
    """The file the site writer makes of a page's chunks (spans of the live file copied file to file)."""
    size = writer._write_file(str(target), chunks)  # type: ignore[arg-type]
    data = target.read_bytes()
    assert size == len(data)
    return data


@pytest.mark.parametrize("kernel", ["copies", "refuses", "absent"])
def test_a_span_of_the_live_file_is_copied_whole_with_or_without_the_kernel(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kernel: str) -> None:
    import errno
    import os

    live = tmp_path / "live.bin"
    live.write_bytes(bytes(range(256)) * 40000)  # over one 8 MiB read when read through this process
    if kernel == "refuses":  # another file system, or one without the call
        def refuse(*_args: object) -> int:
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    elif kernel == "absent":  # macOS, Windows
        monkeypatch.delattr(os, "copy_file_range", raising=False)
    fd = os.open(live, os.O_RDONLY)
    try:
        chunks = [b"head", writer.FileSpan(fd, 3, 9_000_001), b"-", writer.FileSpan(fd, 0, 0), b"tail"]
        written = _written_by_the_writer(tmp_path / "out.bin", chunks)
        with pytest.raises(OSError, match="ended early"):
            _written_by_the_writer(tmp_path / "short.bin", [writer.FileSpan(fd, 10_239_990, 10_240_010)])
    finally:
        os.close(fd)
    assert written == b"head" + live.read_bytes()[3:9_000_001] + b"-tail"


def _serve_step(render: pieces.Pieces, live_dir: Path, staging_dir: Path, keys: dict[str, str | None],
                store: object, kept: dict, replaced: dict) -> int | None:
    """What a build by ``timeline serve`` does with one export: bound to the live site and this
    process's indexes, brought up to date in the staging folder (the site the live one replaced)."""
    from types import SimpleNamespace

    name = render.path
    pieces.bind([SimpleNamespace(render=render)], pieces.Previous(live_dir, {name: keys["live"]} if keys["live"] else {}),
                store, kept, None, replaced)  # type: ignore[arg-type]
    target = staging_dir / name
    staging = SimpleNamespace(present={name} if target.exists() else set(),
                              live=SimpleNamespace(keys={name: keys["live"]} if keys["live"] else {}),
                              kept=SimpleNamespace(keys={name: keys["staging"]} if keys["staging"] else {}))
    return render.patch_in_place(str(target), staging)  # type: ignore[arg-type]


def _swap(live_dir: Path, staging_dir: Path) -> None:
    os.rename(live_dir, live_dir.with_name("swap"))
    os.rename(staging_dir, live_dir)
    os.rename(live_dir.with_name("swap"), staging_dir)


@pytest.mark.parametrize("seed", range(6))
def test_an_export_brought_up_to_date_in_place_is_the_file_made_in_full(tmp_path: Path, seed: int) -> None:
    rnd = random.Random(seed)
    counter = [0]
    items = [(f"e{k}", f"text {k}") for k in range(rnd.randint(0, 12))]
    store, kept, replaced = _Memory(), {}, {}  # type: ignore[var-annotated]
    live_dir, staging_dir = tmp_path / "site", tmp_path / "site.previous"
    live_dir.mkdir()
    staging_dir.mkdir()
    keys: dict[str, str | None] = {"live": None, "staging": None}
    patched = 0
    for step in range(30):
        render = pieces.Pieces("x.json", f"k{step}", lambda items=items: _spec(items, ",", []))
        target = staging_dir / "x.json"
        size = _serve_step(render, live_dir, staging_dir, keys, store, kept, replaced)
        if size is None:
            target.unlink(missing_ok=True)
            size = writer._write_file(str(target), render())
        else:
            patched += 1
        assert target.read_bytes() == b"".join(_spec(items, ",", []).chunks()), f"step {step}"
        assert size == target.stat().st_size
        keys = {"live": f"k{step}", "staging": keys["live"]}
        _swap(live_dir, staging_dir)
        items = _step(rnd, items, counter)
    assert patched >= 25  # every build but the first two, bar a changed head


def test_an_export_linked_elsewhere_is_never_written_in_place(tmp_path: Path) -> None:
    items = [(f"e{k}", f"text {k}") for k in range(6)]
    store, kept, replaced = _Memory(), {}, {}  # type: ignore[var-annotated]
    live_dir, staging_dir = tmp_path / "site", tmp_path / "site.previous"
    live_dir.mkdir()
    staging_dir.mkdir()
    keys: dict[str, str | None] = {"live": None, "staging": None}
    for step in range(2):
        render = pieces.Pieces("x.json", f"k{step}", lambda items=items: _spec(items, ",", []))
        assert _serve_step(render, live_dir, staging_dir, keys, store, kept, replaced) is None
        writer._write_file(str(staging_dir / "x.json"), render())
        keys = {"live": f"k{step}", "staging": keys["live"]}
        _swap(live_dir, staging_dir)
        items = [*items[:2], ("e2", "changed"), *items[3:]]
    os.link(staging_dir / "x.json", tmp_path / "elsewhere.json")  # the file the staging folder holds, linked
    before = (tmp_path / "elsewhere.json").read_bytes()
    render = pieces.Pieces("x.json", "k2", lambda: _spec(items, ",", []))
    assert _serve_step(render, live_dir, staging_dir, keys, store, kept, replaced) is None
    assert (tmp_path / "elsewhere.json").read_bytes() == before
    (tmp_path / "elsewhere.json").unlink()
    assert _serve_step(render, live_dir, staging_dir, keys, store, kept, replaced) is not None  # (one link now)
