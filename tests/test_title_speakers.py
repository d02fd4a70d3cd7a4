"""A title names its subject when the story does: the speaker of a quoted paragraph that goes on from the one
before, the person an office names after its owner, the one a pronoun stands for (never a name in its own clause),
and the named thing a bare "The commission" is.

Every sentence here is written for these tests; the people, firms and places are invented.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract import extract
from timeline.extract.actors import sentence_subject
from timeline.extract.definite_names import fuller_name
from timeline.extract.names import NameIndex
from timeline.extract.sentences import split_sentences
from timeline.model import Document


def titles(text: str) -> list[str]:
    return [e.title for e in extract(Document(path="s.txt", text=text, published=dt.date(2026, 3, 6)))]


def subjects(text: str) -> list[str | None]:
    names = NameIndex(text)
    return [sentence_subject(text, s, names) for s in split_sentences(text)]


def test_a_pronoun_after_a_bare_time_lead_is_not_the_name_in_its_clause() -> None:
    text = ("Mayor Ines Valdaro toured the flooded district of Corvin on Tuesday.\n"
            "On Thursday she will meet the water board's chairman, Piet Hollis, in what may be a tense encounter.\n")
    found = titles(text)
    assert any(t.startswith("Valdaro will meet") for t in found), found
    assert not any(t.startswith("Hollis will meet") for t in found), found


def test_a_relative_clause_in_a_lead_keeps_the_subject_after_its_comma() -> None:
    # ("On the day he left, ...": the determiner makes "he left" the lead's own clause)
    text = "Crews cleared the road to Dunmore.\nOn the day he left, Mayor Piet Hollis opened the new bridge.\n"
    assert subjects(text)[1] == "Piet Hollis"


def test_an_office_between_owner_and_name_gives_the_person() -> None:
    text = ("Schools in Ostland stayed shut.\n"
            "Ostland's Chief Medical Officer Sir Ewan Tarrow has defended the policy of closing schools.\n"
            "Shares in Acme Freight fell.\n"
            "Acme Freight Chief Operating Officer Lena Morrow said the depot would reopen.\n")
    assert subjects(text)[1] == "Ewan Tarrow"
    assert subjects(text)[3] == "Lena Morrow"


def test_he_said_after_an_office_is_the_office_holder() -> None:
    text = ("Schools in Ostland stayed shut.\n"
            "Ostland's Chief Medical Officer Sir Ewan Tarrow has defended the policy of closing schools.\n"
            "\"We will not take chances with pupils while we know so little,\" he said on Thursday.\n")
    found = titles(text)
    assert any(t.startswith("Tarrow") and "We will not take chances" in t for t in found), found
    assert not any(t.startswith("Ostland:") for t in found), found


def test_a_quoted_paragraph_goes_on_with_the_speaker_before() -> None:
    text = ("Engineers at the Harwick dam lowered the reservoir by two metres.\n"
            "\"The gates are holding,\" said Marta Quell, the dam's operations chief.\n"
            "\"We expect to finish the repairs on Friday.\"\n")
    found = titles(text)
    assert any(t.startswith("Quell") and "We expect to finish the repairs" in t for t in found), found


def test_a_quote_after_an_attributed_one_in_its_paragraph_is_that_speaker_s() -> None:
    # The sentence's subject ("Talvik") is not the speaker: the attribution names her.
    text = ("Boats stayed in port at Corvin.\n"
            "Talvik \"cannot fix it alone,\" harbour master Ines Valdaro said at the quay. "
            "\"I think that by Friday we will have the leak stopped.\"\n")
    found = titles(text)
    assert any(t.startswith("Valdaro") and "I think" in t for t in found), found


def test_a_quoted_paragraph_with_its_own_attribution_or_no_first_person_stays() -> None:
    text = ("\"The gates are holding,\" said Marta Quell, the dam's operations chief.\n"
            "\"We opened the spillway on Friday, and the water fell by a metre,\" one worker said.\n")
    found = titles(text)
    assert any(t.startswith("One worker") and "spillway" in t for t in found), found
    text = ("\"The gates are holding,\" said Marta Quell, the dam's operations chief.\n"
            "\"Ben Aldous has reported for the Courier since 2001.\"\n")
    assert not any(t.startswith("Quell") and "Aldous" in t for t in titles(text))


def test_the_noun_takes_a_name_whose_head_it_is() -> None:
    before = "Members of the Tarn Valley Commission met in Corvin. "
    assert fuller_name("The commission weighs proposals", before) == "The Tarn Valley Commission weighs proposals"
    assert fuller_name("The school is closed", "Pupils at Alleyn's School fell ill. ") == "Alleyn's School is closed"
    # two named commissions: which one is unclear
    before = "The Ostland Commission and the Tarn Valley Commission met. "
    assert fuller_name("The commission weighs proposals", before) == "The commission weighs proposals"


def test_the_last_sentence_of_a_quotation_is_its_speaker_s() -> None:
    text = ("Crews reopened the coast road at Corvin.\n"
            "Governor Ann Pike's face lit up when she heard the road was open.\n"
            "\"That's great.\n"
            "We opened it at noon today,\" she said.\n")
    # (not "I think the whole coast prayed ...": a speaker's "I think" is a view, no event; test_extract_commentary)
    found = titles(text)
    assert any(t.startswith("Pike") and "We opened it" in t for t in found), found


def test_a_name_inside_the_quotation_is_not_who_spoke_it() -> None:
    text = ("The reef off Corvin has barely changed in decades.\n"
            "\"Many of the keys are remote and simply left alone,\" said Dan Whitby, a lawyer at the Reef Trust.\n"
            "\"Ernest Halloran set up a fish camp on the island in the 1940s.\n"
            "I bet he'd still recognize it today,\" he said of the writer.\n")
    # (not "If he were still alive, he'd ...": a supposition is no event, :mod:`timeline.extract.suppositions`)
    found = titles(text)
    assert any(t.startswith("Whitby") and "still recognize" in t for t in found), found
    assert not any(t.startswith("Halloran") and "still recognize" in t for t in found), found


def test_a_name_headed_by_the_noun_gives_way_to_the_common_noun_s_thing() -> None:
    before = "Ostra's Carrow Refinery was sold. A fire broke out at the Tarn Bay refinery. "
    assert fuller_name("The refinery is shut", before) == "The Tarn Bay refinery is shut"


def test_a_pronoun_inside_the_quotation_is_not_its_speaker() -> None:
    # ("he" opens the quotation's words: the one it stands for is named in them, and the speaker is named after)
    text = ("The cleanup of the Ostra coast entered its third week.\n"
            "But Governor Ann Pike said she was glad to have Admiral Rolf Dunmore running the operation.\n"
            "\"You met Admiral Rolf Dunmore, whom we trust.\n"
            "He came in here after the storm and did a great job,\" Pike said on \"Ostra Today\" on Sunday.\n")
    found = titles(text)
    assert not any(t.startswith("Pike comes in") for t in found), found


def test_no_one_named_in_the_quotations_is_their_speaker() -> None:
    # "he" of the attribution read as Reddan, whom the quotation names: the reading is wrong, and the next quoted
    # paragraph is nobody's; read as someone the quotations do not name, it is that one's.
    from timeline.extract.subject_names import continued_speaker

    text = ("Musicians paid tribute to Tom Reddan on Monday.\n"
            "\"When I was a kid, there was Tom Reddan recording across town, and I loved him as a fan,\" he said.\n"
            "\"Then one day in 2019, I got a call from him I will never forget.\"\n")
    sentences, names = split_sentences(text), NameIndex(text)
    assert continued_speaker(text, sentences, 2, [None, "Tom Reddan"], names) is None
    assert continued_speaker(text, sentences, 2, [None, "Piet Hollis"], names) == "Piet Hollis"


def test_a_list_is_no_office() -> None:
    text = "Talks in Ostland stalled.\nIn the worst days, Ostland politicians and even President Ann Pike referred to it.\n"
    assert subjects(text)[1] != "Ann Pike"


def test_a_name_opening_a_quotation_s_last_sentence_is_not_its_speaker() -> None:
    text = ("\"We acted as the law asks,\" said Committee Chairman Ed Marlow on Monday.\n"
            "\"Much more is left to be done.\n"
            "Ostland Republicans still block the safety bill that we passed on Tuesday,\" he added.\n")
    found = titles(text)
    assert any(t.startswith("Marlow") and "safety bill" in t for t in found), found


def test_an_owner_s_business_is_no_person() -> None:
    text = ("Fishing around Corvin has stopped.\n"
            "Piet Hollis's small business, Down Harbour Services, has two main contracts.\n")
    assert subjects(text)[1] not in {"Down Harbour Services", "Harbour Services"}


def test_his_after_a_lead_is_the_person_the_lead_names() -> None:
    text = ("Mayor Ines Valdaro's botched response to Storm Ada has left residents of Corvin angry.\n"
            "Despite President Hollis's four visits to the area, his promise to rebuild the harbour by 2027 has "
            "stalled.\n")
    found = titles(text)
    assert any(t.startswith("Hollis’s promise") for t in found), found


def test_a_name_that_starts_like_a_conjunction_is_the_subject() -> None:
    # ("Andy", "Sophie", "Butler": "And", "So", "But" open them as a word's letters, not as a word)
    text = ("Shares in Acme fell.\nAndy Ingram, the head of its mining unit, became the second casualty of the spill.\n"
            "Sophie Dunn resigned from the board.\n")
    assert subjects(text)[1:] == ["Andy Ingram", "Sophie Dunn"]
