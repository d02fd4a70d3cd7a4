"""Only a company can be "the company" or "the oil giant": a public body or a law named in the sentence before is
no rival to the organisation the story follows (issue 16, vague subjects).

Every sentence here is written for these tests; the companies are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.model import Document

_STORY = ("Kestrel Oil faces a criminal inquiry over the pipeline leak in the Tarn estuary, officials said on Monday.\n"
          "Kestrel Oil has spent $300 million on the cleanup so far.\n"
          "Kestrel Oil said it would cooperate fully with investigators.\n")


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def test_laws_and_a_department_named_before_are_no_rival_to_the_oil_giant() -> None:
    found = titles(_STORY + "The Justice Department will look for breaches of the Clean Water Act and the Ocean Dumping "
                            "Act.\nThe oil giant's shares closed down 6 percent on Tuesday.\n")
    assert any(t.startswith("Kestrel Oil's shares close down 6 percent") for t in found), found


def test_a_law_named_before_is_no_rival_to_the_company() -> None:
    found = titles(_STORY + "The Justice Department will look for breaches of the Clean Water Act.\n"
                            "The company said on Tuesday that it had closed the pipeline.\n")
    assert any(t.startswith("Kestrel Oil says it has closed the pipeline") for t in found), found
