"""A reported clause's subject too long for a title is not cut inside a name ("the US Centers | for Disease Control
..." would leave a body that does not exist), nor before an adverb that goes with the participle after it ("plumes | of
ash already | released" would report that the plumes were released; issue 16). Every sentence here is invented for the
test."""

from __future__ import annotations

from timeline.extract.titles import write_title


def _title(sentence: str, *dates: str) -> str:
    return write_title(sentence, [(sentence.index(d), sentence.index(d) + len(d)) for d in dates])


def test_a_name_in_a_reported_subject_is_not_cut_at_its_preposition() -> None:
    title = _title("Yesterday, the Scottish Office said that the Scottish Centre for Flood Risk and Coastal Change had "
                   "lifted the warning that residents avoid all travel to the islands.", "Yesterday")
    assert "Scottish Centre had" not in title


def test_a_reported_subject_keeps_the_noun_an_adverb_and_participle_describe() -> None:
    title = _title("The National Weather Agency warned over the weekend that plumes of ash already released and suspended "
                   "above the valley might, as soon as Tuesday night, start to drift over the airport.", "Tuesday night")
    assert "plumes released" not in title
    assert title.startswith("The National Weather Agency warns that plumes of ash")
