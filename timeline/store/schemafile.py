"""The events JSON Schema, and the copy of it each project keeps for editors.

Kept apart from the writer so that ``timeline build`` can keep a project's
copy current without importing the round-trip YAML machinery.
"""

from __future__ import annotations

from pathlib import Path

#: The schema as installed with this package, the one source of the copies.
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "event.schema.json"

#: The project's own copy of the events schema, inside its content folder:
#: editors find it wherever the project is moved or cloned, and the tool keeps
#: it current (see :func:`project_schema`).
PROJECT_SCHEMA = Path(".timeline") / "event.schema.json"


def content_folder_of(events_file: Path) -> Path:
    """The content folder an events file belongs to: ``content/`` for ``content/events/x.yaml``.

    A file outside an ``events/`` folder keeps its schema beside it, never in
    a folder above that may belong to nobody.
    """
    folder = Path(events_file).resolve().parent
    return folder.parent if folder.name == "events" else folder


def project_schema(content_dir: Path, create: bool = True) -> Path | None:
    """Write or refresh ``content_dir/.timeline/event.schema.json`` from the installed schema.

    Written only when missing (and ``create``) or different, so a project
    follows the tool it is used with and an unchanged one is never touched.
    """
    target = Path(content_dir) / PROJECT_SCHEMA
    try:
        current: str | None = target.read_text(encoding="utf-8")
    except FileNotFoundError:
        if not create:
            return None
        current = None
    except (OSError, UnicodeDecodeError):
        current = None
    text = SCHEMA_PATH.read_text(encoding="utf-8")
    if current == text:
        return target
    from timeline.store.writer import write_atomic  # ruamel: only when writing

    write_atomic(target, text)
    return target
