"""Frozen dataclasses that are cheap to build.

The data that flows between stages is frozen (see :mod:`timeline.model`), and
some of it is built hundreds of thousands of times per build.
"""

from __future__ import annotations

from dataclasses import MISSING, fields
from typing import TypeVar

Frozen = TypeVar("Frozen", bound=type)


def stored_by_slots(cls: Frozen) -> Frozen:
    """Give a frozen, slotted dataclass an ``__init__`` that stores each field
    through its slot's own descriptor.

    Why: the generated frozen ``__init__`` stores each field with
    ``object.__setattr__(self, name, value)``, a lookup and a generic call per
    field, most of the cost of building an Event. Calling the slot's
    ``__set__`` directly is what that ends up doing, without the detour.
    Every event is built once when its file is read
    and once more when the loader's second process hands it over.

    The instance is as frozen as before (assignment still raises), and the
    signature is the same: fields in order, defaults for the trailing ones.
    Classes this cannot mirror exactly (a ``__post_init__``, default
    factories, keyword-only or ``init=False`` fields) keep the generated one.
    """
    found = fields(cls)
    if (hasattr(cls, "__post_init__") or any(
            f.default_factory is not MISSING or f.kw_only or not f.init for f in found)):
        return cls
    names = [f.name for f in found]
    setters = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    source = (f"def __init__(self, {', '.join(names)}):\n"
              + "".join(f"    _set_{name}(self, {name})\n" for name in names))
    exec(source, setters)  # field names: identifiers, as dataclasses checked
    init = setters["__init__"]
    init.__defaults__ = tuple(f.default for f in found if f.default is not MISSING) or None
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__annotations__ = dict(cls.__init__.__annotations__)
    cls.__init__ = init
    return cls
