"""A saying of the news day is an event when it is news, not the story's commentary or colour
(:mod:`.saying_news`).

Every text here is written for these tests. After a lead dated to the news day, an actor of the story who announces,
confirms or orders something is news; an analyst's or a bystander's words, a view or a feeling, and a non-answer are
what a report sets around its news, and carry no date of their own.
"""

from __future__ import annotations

from day_sayings_support import LEAD, dated, events_of

from timeline.extract.day_sayings import saying_speaker, trailing_speaker
from timeline.extract.saying_news import comments_on_news, tells_no_news


def test_an_actors_announcement_stays_news() -> None:
    text = LEAD + "Ilse Rand, head of the port authority, said the quay would reopen once divers had inspected the hull.\n"
    assert dated(events_of(text), "would reopen once divers") == ["2031-05-15"]


def test_a_bystanders_words_are_colour_not_news() -> None:
    text = LEAD + ("Piet Holm, a retired fisherman in Veldt, said the channel had always been treacherous in spring.\n"
                   "Anna Berg, owner of a cafe on the quay, said trade had slowed to a trickle.\n")
    events = events_of(text)
    assert dated(events, "always been treacherous") == []
    assert dated(events, "slowed to a trickle") == []


def test_a_market_commentators_words_are_no_news() -> None:
    text = LEAD + ("Marta Lind, a portfolio manager at Nordvest Capital in Oslo, said the grounding would weigh on "
                   "the shipper's shares.\n")
    assert dated(events_of(text), "weigh on the shipper") == []
    assert saying_speaker("Karel Vos, a partner at Tidewater, a shipping consultancy, praised the crew's calm.") == ""


def test_a_speakers_view_or_feeling_is_no_news() -> None:
    text = LEAD + ("Mayor Jon Eske said he understands the anger of the quay's traders.\n"
                   "Senator Lia Marn said she was \"worried\" about the state of the buoys.\n")
    events = events_of(text)
    assert dated(events, "understands the anger") == []
    assert dated(events, "state of the buoys") == []


def test_a_feeling_aimed_at_the_days_happening_is_a_reaction_and_stays() -> None:
    assert not tells_no_news(" she was \"shocked\" by the harbour master's remarks.")
    assert not tells_no_news(" the port would do whatever it feels is necessary.")
    assert not tells_no_news(" the ministry is frustrated and angry that the owners missed deadline after deadline.")
    assert comments_on_news("Anna Berg, owner of a cafe on the quay,")
    assert not comments_on_news("Aron Tamm, a spokesman for Ostmark Shipping, a part owner of the tanker,")


def test_a_non_answer_is_no_news() -> None:
    text = LEAD + ("Ostmark Shipping spokesman Aron Tamm said he had no immediate information on the cargo.\n"
                   "Governor Hale's spokesman Eli Varg said the governor had not seen the pilot's report.\n")
    events = events_of(text)
    assert dated(events, "no immediate information") == []
    assert dated(events, "not seen the pilot's report") == []


def test_a_trailing_speaker_who_comments_is_no_source_of_news() -> None:
    assert trailing_speaker("The tanker's owners paid the salvage crews in advance, said Piet Holm, a fisherman.") is None
    assert trailing_speaker("The tanker's owners paid the salvage crews in advance, Ostmark Shipping said.") is not None


def test_the_convention_reads_who_speaks_and_what_is_said() -> None:
    assert comments_on_news("Ted Varo, an economist at Baltic Bank,")
    assert comments_on_news("Mia Sun, a longtime resident of the harbour district,")
    assert comments_on_news("Oskar Lind, 64,")
    assert comments_on_news("Rita Moor, head of Kestrel Asset Management, a fund house in Oslo,")
    assert not comments_on_news("Ilse Rand, the harbour master,")
    assert tells_no_news(" the company thinks the leak was ballast water.")
    assert tells_no_news(" he did not know when the quay would reopen.")
    assert tells_no_news(" he could not be sure the oil came from the tanker.")
    assert not tells_no_news(" the quay would reopen on Monday.")
    assert not tells_no_news(" the row had cost the port dearly, and expressed concern that pilots were leaving.")
