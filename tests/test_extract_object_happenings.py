"""A happening dated only as a verb's object ("survived the explosion on 3 April") dates a distance measured from it
(:mod:`.object_happenings`, :mod:`.offsets`). Every text here is written for these tests."""

from __future__ import annotations

from extract_support import dated, events_of

from timeline.extract.object_happenings import object_happening


def test_a_distance_from_a_disaster_dated_as_an_object_is_reckoned_from_its_day() -> None:
    text = ("The Kessing ferry inquiry heard evidence from its crew on Tuesday.\n"
            "Engineer Ana Ruiz survived the explosion on 3 April by jumping into the sea.\n"
            "She told investigators that two months before the disaster she had been warned the valve could fail.\n")
    events = events_of(text)
    assert dated(events, "two months before the disaster") == ["2031-02"]
    warned = next(e for e in events if "two months before" in e.sources[0].quote)
    assert "warned" in warned.title  # the clause the distance dates stays in the title


def test_object_happening_reads_the_noun_before_a_named_date() -> None:
    text = "She survived the explosion on 3 April and the blast of April 20, and the spill on Tuesday."
    at = text.index("3 April")
    assert object_happening(text, (at, at + len("3 April"))) == object_happening(text, (text.index("April 20"), text.index("April 20") + 8))
    assert object_happening(text, (at, at + len("3 April")))
    tuesday = text.index("Tuesday")
    assert object_happening(text, (tuesday, tuesday + len("Tuesday"))) == ""  # no month named: any Tuesday's news
    assert object_happening(text, (0, 0)) == ""
