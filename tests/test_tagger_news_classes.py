"""Issue 17, the tagger's remaining classes on news: clock times of no day the text gives, ranges of
numbers before "later"/"ago", years inside names.

Each row is a sentence written for this table (no article text), a DCT, and the TIMEX3
spans, types and values a careful reader gives them. The first rows of each class failed on
the code before this round; the rows after "..." guard what must stay as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

THU = dt.date(2025, 3, 13)   # Thursday

TABLE: list[tuple[dt.date, str, list[tuple[str, str, str]]]] = [
    # ---- a clock written in words is the voice of a quotation or a memory, not a report of the
    # day's news: any day's (TimeML's XXXX-XX-XX), as the news gold writes it
    (THU, "The manager said nobody wanted the crew woken at four o'clock in the morning by a faulty siren.",
     [("four o'clock in the morning", "TIME", "XXXX-XX-XXT04:00")]),
    (THU, '"I sat by the pumps from midnight until five o\'clock in the morning," the engineer recalled.',
     [("midnight", "TIME", "XXXX-XX-XXT24:00"), ("five o'clock in the morning", "TIME", "XXXX-XX-XXT05:00")]),
    (THU, "The ferry struck the pier at ten minutes after midnight, the inquiry heard.",
     [("ten minutes after midnight", "TIME", "XXXX-XX-XXT00:10")]),
    (THU, "It was seven in the evening when the lights in the square went out.",
     [("seven in the evening", "TIME", "XXXX-XX-XXT19:00")]),
    # ---- a clock repeated over several days is a time of each of them
    (THU, "She queued outside the depot before 6 a.m. for three days and still left empty-handed.",
     [("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("three days", "DURATION", "P3D")]),
    # ---- a scene told in the present names the reporter's visit, on a day the feature leaves out
    (THU, "It is 7:45 a.m. and the queue at the clinic door already stretches round the block.",
     [("7:45 a.m.", "TIME", "XXXX-XX-XXT07:45")]),
    # ---- "from level five to six" is a range of numbers, no clock ("ten to three" is one)
    (THU, "The agency moved its alert from level five to six on Thursday.", [("Thursday", "DATE", "2025-03-13")]),
    # ---- "three or four days later" is one expression, at its lower bound as "a day or two" is
    (THU, "The bridge was closed on March 2. Three or four days later the river flooded the road.",
     [("March 2", "DATE", "2025-03-02"), ("Three or four days later", "DATE", "2025-03-05")]),
    (THU, "The first warnings came two or three weeks ago.", [("two or three weeks ago", "DATE", "2025-W09")]),
    (THU, "Two to three years from now the plant will reopen.", [("Two to three years from now", "DATE", "2027")]),
    # ... (a range of amounts before "from" is no range of the time: "rose from 5 to 6 days ago")
    (THU, "The price rose from 5 to 6 dollars two days ago.", [("two days ago", "DATE", "2025-03-11")]),
    # ---- a year inside a name is the name's, no date of the sentence's act
    (THU, "Glasgow 2014 organisers unveiled the mascot on Thursday.", [("Thursday", "DATE", "2025-03-13")]),
    (THU, "Fans queued for Euro 2024 tickets.", []),
    (THU, "The suit names Harbour Drilling 2008 LLC and two insurers.", []),
    # ... a year written as a year, or a place and then a year, stays a date
    (THU, "The 2014 Games were held in Glasgow.", [("2014", "DATE", "2014")]),
    (THU, "He was born in Cardiff in 1950 and moved to Leeds 1972.",
     [("1950", "DATE", "1950"), ("1972", "DATE", "1972")]),
    (THU, "Copyright 2024 Northern Press.", [("2024", "DATE", "2024")]),
    # ... a figure clock of the day's news, a writer's own now, a plan and a clock with its day stay dated
    (THU, "Firefighters were called at about 5 a.m., the brigade said.", [("about 5 a.m.", "TIME", "2025-03-13T05:00")]),
    (THU, "It's 11 p.m. here and I have just got home from the vigil.", [("11 p.m.", "TIME", "2025-03-13T23:00")]),
    (THU, "Markets have barely opened, since it is 8 a.m. in Chicago.", [("8 a.m.", "TIME", "2025-03-13T08:00")]),
    (THU, "The council will vote at eleven o'clock.", [("eleven o'clock", "TIME", "2025-03-13T11:00")]),
    (THU, "The count is at eleven o'clock.", [("eleven o'clock", "TIME", "2025-03-13T11:00")]),
    (THU, "On Tuesday the crew worked until four o'clock in the morning.",
     [("Tuesday", "DATE", "2025-03-11"), ("four o'clock in the morning", "TIME", "2025-03-11T04:00")]),
    (THU, "The crew will work until four o'clock in the morning.",
     [("four o'clock in the morning", "TIME", "2025-03-13T04:00")]),
    (THU, "Shops are open from nine to five.", []),
]


@pytest.mark.parametrize(("dct", "sentence", "expected"), TABLE)
def test_news_classes(dct: dt.date, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, dct)] == expected
