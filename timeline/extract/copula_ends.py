"""A title cut after "is still" or "was now" ends its last clause before what it says: the first clause is the title.

"Obama said the move was a positive sign but noted that BP was still | in the testing phase", "The effort to plug the
leak failed and the best chance to stop it is now | two months away": a cut after a form of "be" and an adverb of time
loses the complement that is the clause's whole point ("in the testing phase", "two months away"), and "BP was still"
says nothing. When the clause was joined to a whole one before it ("but", "and", "but noted that"), that clause is the
headline ("Obama says the move is a positive sign", "The effort to plug the leak fails"), as an editor would cut it.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, auxiliaries

__all__ = ["copula_end_gone"]

#: A joined clause that ends on "be" and an adverb of time: ", but noted that BP was still", " and the chance is now".
_JOINED_COPULA_END = re.compile(r"(?:,\s*|\s+)(?:but|and|while|although|though)\s+(?:[a-z]+\s+that\s+)?[^,;:“”\"]*?\s"
                                r"(?:" + auxiliaries(BE_FINITE) + r"|remains|remained)\s+(?:still|now|already|also|currently|yet)$")
#: The fewest words the first clause keeps to stand as the title.
_FIRST_CLAUSE_WORDS = 4


def copula_end_gone(text: str) -> str:
    """``text`` without its last joined clause when that clause ends on "be" and an adverb of time ("... but noted
    that BP was still"); ``text`` unchanged otherwise."""
    m = _JOINED_COPULA_END.search(text)
    if m is None or len(text[:m.start()].split()) < _FIRST_CLAUSE_WORDS:
        return text
    first = text[:m.start()].rstrip(" ,;:")
    return first if first.count("“") == first.count("”") and first.count('"') % 2 == 0 else text
