"""A recognizer: a named, bounded regular expression and the resolver that turns its match into a
TIMEX3 type, value and mod. Each role module keeps its own list of rules; the chain in
:mod:`timeline.tagger.rules` puts them in the order that decides which wins."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.tagger.context import Context

Result = tuple[str, str, str | None]  # type, value, mod
Resolver = Callable[[re.Match[str], Context], Result | None]
Acceptor = Callable[[re.Match[str], str], bool]


@dataclass(frozen=True)
class Rule:
    """A named recognizer. ``source`` is compiled on first use (see :meth:`regex`):
    compiling every rule costs more than the rest of ``import timeline.tagger``."""

    name: str
    source: str
    resolve: Resolver
    accept: Acceptor | None = None

    def regex(self) -> re.Pattern[str]:
        compiled = _COMPILED.get(self.name)
        if compiled is None:
            compiled = _COMPILED[self.name] = re.compile(self.source)
        return compiled


_COMPILED: dict[str, re.Pattern[str]] = {}


def registrar(rules: list[Rule]) -> Callable[..., Callable[[Resolver], Resolver]]:
    """The ``rule`` decorator of one role module: it adds each recognizer to that module's ``rules``."""

    def rule(name: str, pattern: str, accept: Acceptor | None = None) -> Callable[[Resolver], Resolver]:
        """Register a recognizer; the decorated function is its resolver."""

        def deco(fn: Resolver) -> Resolver:
            rules.append(Rule(name, pattern, fn, accept))
            return fn

        return deco

    return rule
