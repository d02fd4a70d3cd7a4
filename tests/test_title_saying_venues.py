"""A saying told with where it was said before its quotation ("said in a radio interview: “...”") is titled with
what was said, not with the place alone ("says in a radio interview" tells nothing): titles.py. Sentences written for
these tests."""

from __future__ import annotations

from timeline.extract.titles import write_title


def test_a_venue_before_a_colon_gives_way_to_the_quotation():
    sentence = ("The harbour master said in a radio interview: \"We will reopen the northern channel to small boats "
                "as soon as the divers are done.\"")
    assert write_title(sentence, []) == "The harbour master: “We will reopen the northern channel to small boats”"


def test_a_venue_before_a_comma_gives_way_to_the_quotation():
    sentence = "The normally calm mayor said in a television interview, \"I want the contractor off the bridge today.\""
    assert write_title(sentence, []) == "The normally calm mayor says: “I want the contractor off the bridge today”"


def test_a_venue_before_a_reported_clause_stays_a_report():
    sentence = "The mayor said on local radio that the bridge would reopen."
    assert write_title(sentence, []) == "The mayor says on local radio that the bridge would reopen"


def test_a_clause_before_the_colon_is_no_venue():
    sentence = ("Last spring, the mayor told a group of pupils at Riverside School that she keeps a sign on her desk that "
                "reads: \"Never give up on a bridge.\"")
    assert write_title(sentence, []).startswith("The mayor says she keeps a sign on her desk")
