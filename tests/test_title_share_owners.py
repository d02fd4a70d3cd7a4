"""A title's "The shares" or "The stock" takes the one company whose shares the story told of before; two companies'
shares, or none named, leave it (share_owners.py). Texts written for these tests."""

from __future__ import annotations

from timeline.extract.share_owners import shares_owned

_BEFORE = ("Northfield Energy said its well was still leaking.\n\n"
           "Northfield Energy's shares fell 9% in early trading in London.\n\n")


def test_the_shares_take_their_one_owner():
    assert shares_owned("The shares recover some of their losses", _BEFORE) == \
        "Northfield Energy shares recover some of their losses"
    assert shares_owned("The share price has fallen by a third", _BEFORE) == \
        "Northfield Energy's share price has fallen by a third"


def test_two_owners_leave_the_title():
    before = _BEFORE + "Shares of Harbour Drilling Ltd rose 2%, and Harbour Drilling said it was insured.\n\n"
    assert shares_owned("The shares recover", before) == "The shares recover"


def test_no_owner_leaves_the_title():
    before = "Markets were calm.\n\nShares tumbled almost 7% to a 13-year low.\n\n"
    assert shares_owned("The shares bounce", before) == "The shares bounce"



def test_an_owner_that_runs_the_title_over_the_limit_leaves_it():
    title = "The shares are down 26 percent so far this year, the worst fall among oil majors"
    assert len(title) <= 90
    assert shares_owned(title, _BEFORE) == title
