"""The failure classes of issue 17, seen when the tagger met news it was not tuned on.

Each row is a sentence written for this table (no article text: third-party
articles stay in ../shared), a DCT, and the TIMEX3 spans, types and values a
careful reader gives them. Rows are grouped by the class of error they guard:
direction from the expression's own clause, the nearest occurrence when nothing
decides, weekdays in past and headline sentences, times joined to their day,
explicit dates over vaguer neighbours, words that are not times, anaphora, and
forms the tagger did not know. A fourth item in an expected tuple is the mod.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

WED = dt.date(2025, 8, 13)   # Wednesday, ISO week 2025-W33, Q3 2025
FRI = dt.date(2025, 8, 15)   # Friday of the same week
SUN = dt.date(2025, 8, 17)   # Sunday of the same week
NOV = dt.date(2025, 11, 2)   # Sunday
SEP = dt.date(2025, 9, 10)   # Wednesday
MON = dt.date(2025, 8, 11)   # Monday of the week of WED

Row = tuple[dt.date, str, list[tuple[str, ...]]]

TABLE: list[Row] = [
    # ---- direction from the expression's own clause
    (WED, "Relief will reach the villages where the March 9 landslide buried 30 homes.",
     [("March 9", "DATE", "2025-03-09")]),
    (WED, "Ministers will gather at a summit scheduled for Geneva in June.", [("June", "DATE", "2026-06")]),
    # a relative clause opened by "that" keeps its own past verb, whatever the main clause says
    (WED, "The probe that opened on October 2 will report in the spring.",
     [("October 2", "DATE", "2024-10-02"), ("the spring", "DATE", "2026-SP")]),
    (WED, "The ferry that began service on October 4 will stop running next year.",
     [("October 4", "DATE", "2024-10-04"), ("next year", "DATE", "2026")]),
    (WED, "The lab that sequenced the strain in December will share its data.", [("December", "DATE", "2024-12")]),
    (WED, "Jurors will hear that the crane collapsed on September 30.", [("September 30", "DATE", "2024-09-30")]),
    (WED, "If crews have to drill a new well, then that puts the fix into late October, he said.",
     [("late October", "DATE", "2025-10", "END")]),
    # ... and a past event told in a relative clause a week after the DCT is last year's: only
    # a past plan ("had set a deadline") gets the grace for a stale publication date
    (WED, "Food will be flown to the valleys where the August 21 storms washed out roads.",
     [("August 21", "DATE", "2024-08-21")]),
    (WED, "The board has set September 30 as the deadline.", [("September 30", "DATE", "2025-09-30")]),
    # a reduced relative of planning looks ahead even after a past main verb; other participles do not
    (NOV, "Delegates flew home before talks planned in Oslo for September.", [("September", "DATE", "2026-09")]),
    (NOV, "The regulator rejected the tariffs set for October.", [("October", "DATE", "2026-10")]),
    (NOV, "A world record set in June still stands.", [("June", "DATE", "2025-06")]),
    (NOV, "A retrial has been scheduled for 9 February.", [("9 February", "DATE", "2026-02-09")]),
    (WED, "She said the strike that was planned for October would go ahead.", [("October", "DATE", "2025-10")]),
    # "un...ed" words are mostly adjectives, not past verbs
    (WED, "The storm will rage unchecked until October.", [("October", "DATE", "2025-10")]),
    (WED, "BP unveiled a plan in September.", [("September", "DATE", "2024-09")]),
    # "to" before an adjective is a preposition: the noun phrase has no infinitive that points ahead
    (WED, "The outage spread to coastal districts on Monday.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "Looting spread to several suburbs Tuesday night.", [("Tuesday night", "TIME", "2025-08-12TNI")]),
    # a prediction reported in the past still looks ahead of the report; a tendency does not
    (WED, "Forecasters said the surge was likely to peak on Saturday.", [("Saturday", "DATE", "2025-08-16")]),
    (WED, "Negotiators were poised to sign the accord Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "Engineers said the well was unlikely to be sealed before Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "The truce, which was about to collapse, held on Sunday.", [("Sunday", "DATE", "2025-08-10")]),
    # the narrative present ("begins to", "starts -ing") tells what happened; a timetable is ahead
    (WED, "Monday night, the river starts rising and the levee begins to crack.",
     [("Monday night", "TIME", "2025-08-11TNI")]),
    (WED, "The hearing begins Monday.", [("Monday", "DATE", "2025-08-18")]),
    (WED, "More families lost their homes to foreclosure in April.", [("April", "DATE", "2025-04")]),
    # events news names only once they have happened; nouns of planning are no verbs; negated
    # past auxiliaries and short past forms are past
    (dt.date(2025, 12, 15), "Inspectors still study the causes of the 20 April blast.", [("20 April", "DATE", "2025-04-20")]),
    (dt.date(2025, 12, 15), "Survivors will testify about the collapse on April 2.", [("April 2", "DATE", "2025-04-02")]),
    (NOV, "By the end of May, the firm's best hopes of sealing the well rested on mud.",
     [("the end of May", "DATE", "2025-05", "END")]),
    (WED, "The plant is ahead of its original schedule of completion in July.", [("July", "DATE", "2025-07")]),
    (SEP, "It wasn't until late May that the board acted.", [("late May", "DATE", "2025-05", "END")]),
    (dt.date(2025, 3, 16), "The actor died at his home in June, aged 80.", [("June", "DATE", "2024-06")]),
    (SEP, "We are planning to have a party in the first week of October.", [("October", "DATE", "2025-10")]),
    (WED, "The agency raised its alert to five on Tuesday.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "The outbreak appeared to be easing on Saturday.", [("Saturday", "DATE", "2025-08-09")]),
    (FRI, "Engineers resorted to giant shears Thursday morning.", [("Thursday morning", "TIME", "2025-08-14TMO")]),
    (WED, "The firm posted better than expected results on Tuesday.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "The fix could come earlier or later than October, the engineer said.", [("October", "DATE", "2025-10")]),
    (WED, "Also on Tuesday, U.S. officials will meet the envoy.", [("Tuesday", "DATE", "2025-08-19")]),
    (FRI, "The slick is spreading, according to a radar image taken Wednesday night.",
     [("Wednesday night", "TIME", "2025-08-13TNI")]),
    (NOV, "The publisher said it extended its offer until 5 p.m. EST Nov. 9.",
     [("5 p.m. EST Nov. 9", "TIME", "2025-11-09T17:00-05:00")]),
    (WED, "Crude could leak into the bay until October, the agency warned.",
     [("October", "DATE", "2025-10")]),
    (WED, "Crews hope to seal the blown-out well in September as planned.", [("September", "DATE", "2025-09")]),
    (WED, "There was no sign of foul play after an inquest on Friday, police said.",
     [("Friday", "DATE", "2025-08-08")]),
    (dt.date(2025, 8, 14), "Thursday, August 14, 2025; 12:00 AM The panel on Wednesday blamed the operator.",
     [("Thursday, August 14, 2025; 12:00 AM", "TIME", "2025-08-14T00:00"), ("Wednesday", "DATE", "2025-08-13")]),
    (WED, "Over the weekend the valve leaked until noon on 12 August.",
     [("the weekend", "DATE", "2025-W32-WE"), ("noon on 12 August", "TIME", "2025-08-12T12:00")]),
    (WED, "Not until May 27 did the panel raise its estimate.", [("May 27", "DATE", "2025-05-27")]),
    (WED, "The firm said in late May that she would take over on August 1.",
     [("late May", "DATE", "2025-05", "END"), ("August 1", "DATE", "2025-08-01")]),
    (dt.date(2025, 12, 15), "The minister announced the plan last spring.", [("last spring", "DATE", "2025-SP")]),
    (FRI, "Officials hoped to finish by Sunday, but on Tuesday the agency said it would take longer.",
     [("Sunday", "DATE", "2025-08-17"), ("Tuesday", "DATE", "2025-08-12")]),
    (WED, "In autumn the mutated strain could spread north, he told reporters.", [("autumn", "DATE", "2025-FA")]),
    (WED, "The chief was called to testify at a hearing on August 20 that will focus on safety.",
     [("August 20", "DATE", "2025-08-20")]),
    (WED, "Critics say the rules were broken in the weeks up to March 4.", [("March 4", "DATE", "2025-03-04")]),
    (WED, "The mayor's decision to skip the traditional Labor Day parade, since the strike began, angered many.",
     [("Labor Day", "DATE", "2025-09-01")]),
    (WED, "\"We could be ready between August 20 and August 27,\" said the manager.",
     [("August 20", "DATE", "2025-08-20"), ("August 27", "DATE", "2025-08-27")]),
    (WED, "The firm could finish by late September or early October, its chief told investors.",
     [("late September", "DATE", "2025-09", "END"), ("early October", "DATE", "2025-10", "START")]),
    (WED, "On 16 August, a lost tune from the war.", [("16 August", "DATE", "2025-08-16")]),
    (WED, "BBC RADIO 4 (Schedule change 6 August) A play about a tune.", [("6 August", "DATE", "2025-08-06")]),
    (dt.date(2025, 1, 11), "Key dates:\nJune 25 - The firm says it has spent $2 billion.",
     [("June 25", "DATE", "2024-06-25")]),
    # ---- the nearest occurrence when nothing decides
    (WED, "Key events:\n* Aug. 2 - The agency says the leak will reach the shore.\n",
     [("Aug. 2", "DATE", "2025-08-02")]),
    (WED, "DENVER, Aug. 12 (Wire) - Officials expect the fire to spread.", [("Aug. 12", "DATE", "2025-08-12")]),
    (WED, "Officials confirmed the Aug. 7 shipment.", [("Aug. 7", "DATE", "2025-08-07")]),
    (WED, "Nurses were assaulted in November.", [("November", "DATE", "2024-11")]),
    (SEP, "Divers are seen near the pier Aug. 4.", [("Aug. 4", "DATE", "2025-08-04")]),
    (WED, "The lender booked a record loss in the last quarter.", [("the last quarter", "DATE", "2025-Q2")]),
    (WED, "Gallery:\nAug. 15: Crews were seen towing the boom.", [("Aug. 15", "DATE", "2025-08-15")]),
    # ---- weekdays with past, perfect and headline forms
    (WED, "The army on Sunday issued a statement.", [("Sunday", "DATE", "2025-08-10")]),
    (WED, "Until Thursday, the two sides had not spoken.", [("Thursday", "DATE", "2025-08-07")]),
    (WED, "The envoy said Tuesday that talks would resume.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "The delegation will leave Tuesday.", [("Tuesday", "DATE", "2025-08-19")]),
    # a possibility for a weekday looks ahead; an ability denied in a report does not
    (WED, "The repair may take all of Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "Shares of the firm, which might face fines, slid on Monday.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "I'll be taking your calls on the show, Friday night, then heading home.",
     [("Friday night", "TIME", "2025-08-15TNI")]),
    (WED, "Protesters retake square Sunday", [("Sunday", "DATE", "2025-08-10")]),
    # the narrative present of reporting tells what was said; the reported clause does not turn it ahead
    (WED, "The mayor says Monday that the city will appeal.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "On Tuesday the minister tells reporters the plant will reopen.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "In October, the agency says, the dam will be finished.", [("October", "DATE", "2025-10")]),
    (WED, "The paper ran the story in its Saturday edition.", [("Saturday", "DATE", "2025-08-09")]),
    # a weekday's verb may stand far to its left: news names weekdays only for the news itself
    (WED, "The premier meets with the heads of the three largest unions, including the dockers' leader "
          "and two regional delegates from the north, on Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "Crews pulled the last of the survivors, among them two children and an elderly couple from "
          "the flooded lower floors, out on Friday.", [("Friday", "DATE", "2025-08-08")]),
    (SUN, "This weekend the crews are working around the clock.", [("This weekend", "DATE", "2025-W33-WE")]),
    (FRI, "The sheen is residual oil from Tuesday night's explosion.", [("Tuesday night", "TIME", "2025-08-12TNI")]),
    (WED, "The dome reached the seabed after being lowered late Monday by a crane.",
     [("late Monday", "DATE", "2025-08-11", "END")]),
    (WED, "\"Prices could climb,\" the adviser told NBC's \"Meet The Press\" on Sunday.",
     [("Sunday", "DATE", "2025-08-10")]),
    (SUN, "The dome had to be moved on Saturday after crystals formed.", [("Saturday", "DATE", "2025-08-16")]),
    (FRI, "Officials say the slick is mostly gone -- with one team Thursday reporting a new plume.",
     [("Thursday", "DATE", "2025-08-14")]),
    (FRI, "The stock is to resume trading in Paris Tuesday.", [("Tuesday", "DATE", "2025-08-19")]),
    # ---- a time and its day are one moment
    (WED, "The fire started at about 10:35 a.m. Monday.",
     [("about 10:35 a.m. Monday", "TIME", "2025-08-11T10:35", "APPROX")]),
    (WED, "Power was cut at 4 a.m. EDT Tuesday.", [("4 a.m. EDT Tuesday", "TIME", "2025-08-12T04:00-04:00")]),
    (WED, "The message was sent at 8:43 on 6/12/2008.", [("8:43 on 6/12/2008", "TIME", "2008-06-12T08:43")]),
    (WED, "Doors opened at 9 a.m. Friday, October 1, 1999.",
     [("9 a.m. Friday, October 1, 1999", "TIME", "1999-10-01T09:00")]),
    (WED, "At 12:42 pm on 06 Jun 2011, a reader wrote that the plan was wrong.",
     [("12:42 pm on 06 Jun 2011", "TIME", "2011-06-06T12:42")]),
    (WED, "BOSTON | Fri Jun 26, 2009 7:39 pm EDT BOSTON (Wire) - The council voted.",
     [("Fri Jun 26, 2009 7:39 pm EDT", "TIME", "2009-06-26T19:39-04:00")]),
    (WED, "The valve was shut at 1930 CDT on 1 June (0030 GMT 2 June).",
     [("1930 CDT on 1 June", "TIME", "2025-06-01T19:30-05:00"), ("0030 GMT 2 June", "TIME", "2025-06-02T00:30Z")]),
    (WED, "At 00:41 am on 04 Jun 2009, a reader wrote that the plan was wrong.",
     [("00:41 am on 04 Jun 2009", "TIME", "2009-06-04T00:41")]),
    # a timetable under way: its start has passed, its end has not, so both are this year's
    (SEP, "The fishing season, which runs from August 1 to October 31, drew record crowds.",
     [("August 1", "DATE", "2025-08-01"), ("October 31", "DATE", "2025-10-31")]),
    # ---- explicit dates beat vaguer neighbours
    (WED, "Engineers worked late into the night of April 15.", [("the night of April 15", "TIME", "2025-04-15TNI")]),
    (WED, "The day before yesterday, I called my brother.", [("The day before yesterday", "DATE", "2025-08-11")]),
    (WED, "Looters struck on the night of Friday, Oct. 25.",
     [("the night of Friday, Oct. 25", "TIME", "2024-10-25TNI")]),
    (WED, "The mill closed last Oct. 25.", [("last Oct. 25", "DATE", "2024-10-25")]),
    # a fixture verb after a possessive is a noun: "the minister's visit" names no coming match
    (WED, "Patel's visit to Leeds on September 2 to meet flood victims helped to calm tempers.",
     [("September 2", "DATE", "2024-09-02")]),
    # ", and" opens a clause of its own: the plan before it does not reach the date after it
    (WED, "The mayor plans to tour the levee on Friday, and on Monday, the council voted to fund it.",
     [("Friday", "DATE", "2025-08-15"), ("Monday", "DATE", "2025-08-11")]),
    (WED, "The owner could not be reached to comment Tuesday.", [("Tuesday", "DATE", "2025-08-12")]),
    # a state's abbreviation ("Ala.", "Calif.") ends no sentence: the verb before it still governs
    (WED, "The governor will visit the port in Mobile, Ala., on Friday.", [("Friday", "DATE", "2025-08-15")]),
    # ---- not temporal expressions
    (WED, "Fans watched the fourth One Day International on Sunday.", [("Sunday", "DATE", "2025-08-10")]),
    (WED, "A 7-year-old girl found the 60-year-old treaty in an attic.", []),
    (WED, "Residents can call a 24-hour hotline.", []),
    (WED, "The Daily Mirror reported the leak.", []),
    (WED, "The paper, Ciudad daily El Faro, ran the story.", []),
    (WED, "She packed, then she left.", []),
    # ---- anaphora: the last date mentioned
    (WED, "The mayor died on July 3. Earlier that day, he had spoken.",
     [("July 3", "DATE", "2025-07-03"), ("Earlier that day", "DATE", "2025-07-03", "START")]),
    (WED, "The storm hit on March 2. That day, schools closed.",
     [("March 2", "DATE", "2025-03-02"), ("That day", "DATE", "2025-03-02")]),
    (WED, "The singer died on June 3. The day after her death, fans gathered.",
     [("June 3", "DATE", "2025-06-03"), ("The day", "DATE", "2025-06-04")]),
    (WED, "Shares sank after March 6, the day before the merger vote.",
     [("March 6", "DATE", "2025-03-06"), ("the day", "DATE", "2025-03-06")]),
    (WED, "The day after the vote, markets fell.", []),
    # "that day", "that night" want a day: the last day named, even when a coarser date of the
    # same year came after it; a day of another year is too far
    (WED, "The dam broke on April 20. A survivor told reporters in May about that night.",
     [("April 20", "DATE", "2025-04-20"), ("May", "DATE", "2025-05"), ("that night", "TIME", "2025-04-20TNI")]),
    (WED, "The mill shut on March 3, 2009. That week, workers marched; later that day, police came.",
     [("March 3, 2009", "DATE", "2009-03-03"), ("That week", "DATE", "2009-W10"),
      ("later that day", "DATE", "2009-03-03", "END")]),
    (WED, "He was held on March 3, 2009. The week after his arrest, police searched his flat.",
     [("March 3, 2009", "DATE", "2009-03-03"), ("The week", "DATE", "2009-W11")]),
    (WED, "The vote was in May 2009. The month before the vote, rallies filled the squares.",
     [("May 2009", "DATE", "2009-05"), ("The month", "DATE", "2009-04")]),
    (WED, "The mayor died on June 3, 2009. That same day, riots broke out.",
     [("June 3, 2009", "DATE", "2009-06-03"), ("That same day", "DATE", "2009-06-03")]),
    (WED, "The law passed in 2009. That summer, protests spread.",
     [("2009", "DATE", "2009"), ("That summer", "DATE", "2009-SU")]),
    # holidays in a story about another year are that year's; a plan still looks ahead
    (WED, "The siege began in December 2008. On Christmas Day, the rebels fled.",
     [("December 2008", "DATE", "2008-12"), ("Christmas Day", "DATE", "2008-12-25")]),
    (WED, "She moved to Oslo in 2011. That Easter, she was alone.",
     [("2011", "DATE", "2011"), ("That Easter", "DATE", "2011-04-24")]),
    (WED, "The fund was set up in 2011. Donors will meet at Christmas.",
     [("2011", "DATE", "2011"), ("Christmas", "DATE", "2025-12-25")]),
    # ---- forms the tagger did not know
    # both days of a hyphenated range, whichever side the month is on; a score is no range
    (WED, "The fair ran 12-14 June 2024 in Leeds.",
     [("12", "DATE", "2024-06-12"), ("14 June 2024", "DATE", "2024-06-14")]),
    (WED, "Voting runs Oct. 6-8, 2025, across the state.",
     [("Oct. 6", "DATE", "2025-10-06"), ("8, 2025", "DATE", "2025-10-08")]),
    (WED, "The visitors won 3-1 May 5.", [("May 5", "DATE", "2025-05-05")]),
    (WED, "It happened last monday.", [("last monday", "DATE", "2025-08-11")]),
    (WED, "We met on mother's day 2012.", [("mother's day 2012", "DATE", "2012-05-13")]),
    (WED, "Riots broke out during Easter week.", [("Easter week", "DATE", "2025-W16")]),
    (WED, "The vote was held on june 14.", [("june 14", "DATE", "2025-06-14")]),
    (WED, "Sales began Jun 19 and ended Jul 4.", [("Jun 19", "DATE", "2025-06-19"), ("Jul 4", "DATE", "2025-07-04")]),
    (WED, "The treaty was signed on the second of December.",
     [("the second of December", "DATE", "2024-12-02")]),
    (WED, "They married on the fourteenth of june 2010.", [("the fourteenth of june 2010", "DATE", "2010-06-14")]),
    (WED, "The form is stamped 18 Sep '05.", [("18 Sep '05", "DATE", "2005-09-18")]),
    (WED, "The train left at a quarter past 6.", [("a quarter past 6", "TIME", "2025-08-13T06:15")]),
    (WED, "The shop opens at half past noon.", [("half past noon", "TIME", "2025-08-13T12:30")]),
    (WED, "We met at ten to three.", [("ten to three", "TIME", "XXXX-XX-XXT02:50")]),
    (WED, "The rescue took between two to six days.", [("two to six days", "DURATION", "P2D")]),
    (WED, "The alarm sounded at 2:14:12.", [("2:14:12", "TIME", "2025-08-13T02:14:12")]),
    (WED, "The log entry reads T13:23:42.", [("T13:23:42", "TIME", "2025-08-13T13:23:42")]),
    (WED, "Quoting John 3:16 at 12:00, he left.", [("12:00", "TIME", "2025-08-13T12:00")]),
    (WED, "Guests arrived at eleven in the morning on Tuesday.",
     [("eleven in the morning on Tuesday", "TIME", "2025-08-12T11:00")]),
    (WED, "Reporters filled the square on June 3 and 4,1989.",
     [("June 3", "DATE", "1989-06-03"), ("4,1989", "DATE", "1989-06-04")]),
    (WED, "The notice was corrected on 14 and 21 May 2010.",
     [("14", "DATE", "2010-05-14"), ("21 May 2010", "DATE", "2010-05-21")]),
    (WED, "The fair ran from 4 to 9 March.", [("4", "DATE", "2025-03-04"), ("9 March", "DATE", "2025-03-09")]),
    (WED, "The study enrolled patients from 2008-2011, as in 1918-19.",
     [("2008", "DATE", "2008"), ("2011", "DATE", "2011"), ("1918", "DATE", "1918"), ("19", "DATE", "1919")]),
    # ("in 2008-11" in running text is a span of years, as "the 2004-06 period": no sentence gives a month so)
    (WED, "Prices fell in 2008-11 and the band played 4.15-6.30 pm.",
     [("2008", "DATE", "2008"), ("11", "DATE", "2011"), ("4.15", "TIME", "2025-08-13T16:15"), ("6.30 pm", "TIME", "2025-08-13T18:30")]),
    (WED, "Highlights air 8.30pm-11.00 pm.",
     [("8.30pm", "TIME", "2025-08-13T20:30"), ("11.00 pm", "TIME", "2025-08-13T23:00")]),
    (WED, "In 1897 she had a son, and the following day she named him.",
     [("1897", "DATE", "1897"), ("the following day", "DATE", "1897")]),
    (WED, "On Easter Monday, the ferry ran aground.", [("Easter Monday", "DATE", "2025-04-21")]),
    (WED, "The platform burned in 1988. That night, 160 men died.",
     [("1988", "DATE", "1988"), ("That night", "DATE", "1988")]),
    (WED, "A ruling may come in the 2nd half of 2026.", [("the 2nd half of 2026", "DATE", "2026-H2")]),
    (WED, "No dividend will be paid for the third quarter of 2025 or the fourth quarters of 2026.",
     [("the third quarter of 2025", "DATE", "2025-Q3"), ("the fourth quarters of 2026", "DATE", "2026-Q4")]),
    (WED, "The temple was built in 567 BC.", [("567 BC", "DATE", "BC0567")]),
    # more of the forms: lower-case weekdays and months after a preposition, clock phrases
    # with minutes or a part of the day, ordinal days with a comma before the year, eras
    (WED, "The office reopens next friday.", [("next friday", "DATE", "2025-08-15")]),
    (WED, "Prices fell in september and rose again in mid-october.",
     [("september", "DATE", "2024-09"), ("mid-october", "DATE", "2024-10", "MID")]),
    (WED, "An august panel will sit next june.", [("next june", "DATE", "2026-06")]),
    (WED, "We met at ten minutes to three.", [("ten minutes to three", "TIME", "XXXX-XX-XXT02:50")]),
    (WED, "The ferry sails at a quarter to 6.", [("a quarter to 6", "TIME", "2025-08-13T05:45")]),
    (WED, "The bells rang at five o'clock in the afternoon and at ten o'clock at night.",
     [("five o'clock in the afternoon", "TIME", "XXXX-XX-XXT17:00"), ("ten o'clock at night", "TIME", "XXXX-XX-XXT22:00")]),
    (WED, "The pact was sealed on the twenty-second of December, 2009.",
     [("the twenty-second of December, 2009", "DATE", "2009-12-22")]),
    (WED, "The form is dated Sep 18 '05.", [("Sep 18 '05", "DATE", "2005-09-18")]),
    (WED, "The city was sacked in AD 410 and rebuilt by 476 AD.",
     [("AD 410", "DATE", "0410"), ("476 AD", "DATE", "0476")]),
    (WED, "The AD 10 index rose.", []),
    (WED, "After spending a week at home, she flew to Lima.", [("a week", "DURATION", "P1W")]),
    (WED, "Towns must be ready for the winter.", [("the winter", "DATE", "2025-WI")]),
    (WED, "It is too soon to say whether the future king will attend.", []),
    (WED, "The future looks bleak.", [("The future", "DATE", "FUTURE_REF")]),
    (WED, "Refunds arrive within 10-14 days.", [("10-14 days", "DURATION", "P10D")]),  # a range at its lower bound, as "10 to 14 days"
    (WED, "Soon we were wading through mud, but the road will reopen soon.", [("soon", "DATE", "FUTURE_REF")]),
    (WED, "The spill (Gulf blowout, 3 August) would have hurt any coast.", [("3 August", "DATE", "2025-08-03")]),
    # "May" and "March" in a list of months are months: the list supplies the preposition
    (WED, "Inspectors came in February, March and April.",
     [("February", "DATE", "2025-02"), ("March", "DATE", "2025-03"), ("April", "DATE", "2025-04")]),
    (WED, "March Madness tickets sold out.", []),
    (WED, "The spill began in May, and it soon swamped the crews; help will soon arrive.",
     [("May", "DATE", "2025-05"), ("soon", "DATE", "FUTURE_REF")]),
    (WED, "He was arrested in 2009. Several days later the ring was broken up.",
     [("2009", "DATE", "2009"), ("Several days", "DURATION", "PXD")]),
    # a chronology entry: a plan announced that day lies ahead of it, not of the report
    (WED, "Aug. 1 - The minister says she will meet the unions on Aug. 5.",
     [("Aug. 1", "DATE", "2025-08-01"), ("Aug. 5", "DATE", "2025-08-05")]),
    (WED, "Children hunted Easter eggs; crews worked all summer; the band Myths Of The Near Future played.",
     [("all summer", "DATE", "2025-SU")]),
    # years before 1600 after words that introduce a year; spans of years ending past 12
    (WED, "The sailor caulked his ship in 1595 and was born about 1560.",
     [("1595", "DATE", "1595"), ("about 1560", "DATE", "1560", "APPROX")]),
    (WED, "Syndicate 1036 paid; calls came around 1100; sales rose in 1200 stores.", []),
    (WED, "She chaired the panel 1980-82.", [("1980", "DATE", "1980"), ("82", "DATE", "1982")]),
    (dt.date(2025, 8, 11), "The top kill failed over the weekend when crews ran out of mud.",
     [("the weekend", "DATE", "2025-W32-WE")]),
    (WED, "Every Sunday afternoon the band plays.", [("Every Sunday afternoon", "SET", "XXXX-WXX-7TAF")]),
    # a part of a day-first date; a date in the same sentence as one with its year written out
    (WED, "The nurse left on the morning of 12 May 2009 and returned on the night of 14 May.",
     [("the morning of 12 May 2009", "TIME", "2009-05-12TMO"), ("the night of 14 May", "TIME", "2009-05-14TNI")]),
    (WED, "She wrote in July 2008: \"I will be in Wales in early August.\"",
     [("July 2008", "DATE", "2008-07"), ("early August", "DATE", "2008-08", "START")]),
    (WED, "She served from Jan 2,2003 to Jan 4,2007.",
     [("Jan 2,2003", "DATE", "2003-01-02"), ("Jan 4,2007", "DATE", "2007-01-04")]),
    (WED, "Sheds that fall down are cleared; the fair in the Quarter goes on; user 1963Tiger wrote.", []),
    # decades without their apostrophe after "the", not ages or temperatures; a pair of centuries
    (WED, "The mill was busy in the 50s and 60s, and closed in the 80s.",
     [("the 50s", "DATE", "195"), ("60s", "DATE", "196"), ("the 80s", "DATE", "198")]),
    (WED, "Highs will be in the 80s for people in their 20s.", []),
    (WED, "Trade grew in the 17th and 18th centuries.",
     [("the 17th", "DATE", "16"), ("18th centuries", "DATE", "17")]),
    (FRI, "The envoy said at the weekend that talks would go on.", [("the weekend", "DATE", "2025-W32-WE")]),
    # months listed before one year share it, as days do
    (WED, "Fires in March and August 2006 closed the mill; it reopened in May-June 2009.",
     [("March", "DATE", "2006-03"), ("August 2006", "DATE", "2006-08"), ("May", "DATE", "2009-05"),
      ("June 2009", "DATE", "2009-06")]),
    (WED, "The walls date from the late 5th century B.C.",
     [("the late 5th century B.C.", "DATE", "BC04", "END")]),
    # ---- two amounts joined by "and" before "ago" or "later" are one offset, at the finer unit
    (WED, "The pipeline burst two weeks and two days ago, the operator said.",
     [("two weeks and two days ago", "DATE", "2025-07-28")]),
    (WED, "The charity was founded three years and four months ago.",
     [("three years and four months ago", "DATE", "2022-04")]),
    (WED, "The ferry sank a month and a day ago.", [("a month and a day ago", "DATE", "2025-07-12")]),
    # ---- ranges of numbers are one expression, valued at their lower bound (TimeML: "two to three weeks" P2W)
    (WED, "The seedlings need four or five weeks under glass.",
     [("four or five weeks", "DURATION", "P4W", "EQUAL_OR_MORE")]),
    (WED, "Repairs will take 10 to 14 days, the council said.", [("10 to 14 days", "DURATION", "P10D", "EQUAL_OR_MORE")]),
    (WED, "The comet returns once every six to eight years.", [("every six to eight years", "SET", "P6Y")]),
    (WED, "A new fashion comes along every couple of years.", [("every couple of years", "SET", "P2Y")]),
    (WED, "The ferry runs from 9 to 5 p.m. in summer.", [("9", "TIME", "2025-08-13T09:00"), ("5 p.m.", "TIME", "2025-08-13T17:00"), ("summer", "DATE", "2025-SU")]),
    (WED, "A new roof could take between three and four weeks.",
     [("three and four weeks", "DURATION", "P3W", "EQUAL_OR_MORE")]),
    (WED, "Mills like this one were built in the 1800s and rebuilt in the 1960s.",
     [("the 1800s", "DATE", "18"), ("the 1960s", "DATE", "196")]),
    (WED, "The alarm went off at 0415 local time.", [("0415 local time", "TIME", "2025-08-13T04:15")]),
    # ---- anchoring: a definite unit refers back to the one just named; no past event lies after the report
    (WED, "Last March the board met in secret: late in the month, it fired the manager.",
     [("Last March", "DATE", "2025-03"), ("late in the month", "DATE", "2025-03", "END")]),
    (WED, "The ferry sank in the evening, and 36 hours later the last survivors were pulled out.",
     [("the evening", "TIME", "2025-08-13TEV"), ("36 hours", "DURATION", "PT36H")]),
    (WED, "A year later, with the mill still closed, the town is losing hope.", [("A year later", "DATE", "2025")]),
    (WED, "The flood came in June. Repairs could be done before the end of the month.",
     [("June", "DATE", "2025-06"), ("the end of the month", "DATE", "2025-08", "END")]),
    (WED, "The dam cracked on June 3. Nobody noticed until 6:10 the next morning.",
     [("June 3", "DATE", "2025-06-03"), ("6:10 the next morning", "TIME", "2025-06-04T06:10")]),
    # ---- a limit after "until at least" and a weekday owning a planned noun lie ahead
    (WED, "The bridge has been shut until at least Friday while engineers check it.",
     [("at least Friday", "DATE", "2025-08-15", "EQUAL_OR_MORE")]),
    (FRI, "Sunday's parade, which will start at the harbour, is sold out.", [("Sunday", "DATE", "2025-08-17")]),
    (FRI, "Monday's storm, which flooded the square, cost millions.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "Farmers say profit in the April-June quarter fell.",
     [("the April-June quarter", "DATE", "2025-Q2")]),
    (NOV, "Sales rose in the July-to-September quarter.", [("the July-to-September quarter", "DATE", "2025-Q3")]),
    # ---- "the year" in apposition to a year is that year; prizes and "the year round" are no dates
    (WED, "The mill closed in 1987, the year the river flooded.", [("1987", "DATE", "1987"), ("the year", "DATE", "1987")]),
    (WED, "She won two teacher of the year awards; the cafe opens all the year round.", []),
    # ---- "since then" is the stretch up to now, untagged as TimeBank and the news gold leave it
    (WED, "The queen will visit on Friday. She has not been there since then.",
     [("Friday", "DATE", "2025-08-15")]),
    # ---- "may" and "march" before an ordinal day are months even in lower case
    (WED, "the rerun airs on Saturday may 9th at noon", [("Saturday may 9th", "DATE", "2026-05-09"), ("noon", "TIME", "2026-05-09T12:00")]),
    (WED, "Talks resume on Aug. 20. The strike was called off the same day the offer came.",
     [("Aug. 20", "DATE", "2025-08-20"), ("the same day", "DATE", "PAST_REF")]),
    # ---- a colon ends the clause a label or a quotation introduces
    (WED, "9.40 am: Catching up before the vote starts: overnight Leeds council shut the hall.",
     [("9.40 am", "TIME", "2025-08-13T09:40"), ("overnight", "TIME", "2025-08-12TNI")]),
    # ---- live-page labels: a 24-hour time no news year could be; "1918:" opens a chronology entry
    (WED, "Readers are writing in.\n2215: Ann from Hull writes: the bridge is shut.\n1918: The first bridge opens.",
     [("2215", "TIME", "2025-08-13T22:15"), ("1918", "DATE", "1918")]),
    (WED, "0905: The mayor arrives at the station.", [("0905", "TIME", "2025-08-13T09:05")]),
    # ---- an age written "25-year old" is no period; "the past fortnight" is two weeks, not "the past"
    (WED, "Police found the 25-year old man at the hotel.", []),
    (WED, "Prices have risen over the past fortnight.", [("the past fortnight", "DURATION", "P2W")]),
    # ---- an implicative verb ("caused X to ...") tells what happened then, not a plan
    (WED, "The panel will not rule until it learns what caused the crane to topple June 30.",
     [("June 30", "DATE", "2025-06-30")]),
    (WED, "The mayor was asked to speak on July 4.", [("July 4", "DATE", "2025-07-04")]),
    # ---- a plan told in the past ("was asked to", "was due to") is dated from then: a day a few
    # weeks after the DCT is that one, not last year's; an obligation met or a plan months off stays past
    (WED, "The mayor was asked to speak on Sept. 4.", [("Sept. 4", "DATE", "2025-09-04")]),
    (WED, "The pilot was due to appear in court on Sept. 4.", [("Sept. 4", "DATE", "2025-09-04")]),
    (WED, "The fair was expected to be held on October 2.", [("October 2", "DATE", "2025-10-02")]),
    (WED, "The mill had to close on Sept. 4.", [("Sept. 4", "DATE", "2024-09-04")]),
    (WED, "The ferry was forced to stop in October.", [("October", "DATE", "2024-10")]),
    # ---- not dates: generic seasons of any year, "once in a while", a surname, a rate
    (WED, "Ticks like the warmer times of the year.", []),
    (WED, "Once in a while the old mill still turns.", []),
    (WED, "Reporting by Ann Daily and Tom Reed in Leeds.", []),
    (WED, "The pump moves 900 litres per day, up from 400 litres a day previously.",
     []),
    (WED, "Profit was $9 million, against $4 million a year earlier.", [("a year earlier", "DATE", "2024")]),
    (WED, "Radio Leeds Productions This morning, the host meets two poets.", [("This morning", "TIME", "2025-08-13TMO")]),
    # ---- a bare clock time in a story about an earlier (or later) day is on that day, when its
    # clause keeps to the story's tense; a market report, a background event's date, a clause
    # that turns to the present or the future keeps the report's day
    (WED, "On Monday, a barn burned near the ford. Crews arrived at 10:30 p.m.",
     [("Monday", "DATE", "2025-08-11"), ("10:30 p.m.", "TIME", "2025-08-11T22:30")]),
    (WED, "The count is on Friday. Polls open at 7 a.m.",
     [("Friday", "DATE", "2025-08-15"), ("7 a.m.", "TIME", "2025-08-15T07:00")]),
    (WED, "The council met on Monday. The talks will resume at 10 a.m.",
     [("Monday", "DATE", "2025-08-11"), ("10 a.m.", "TIME", "2025-08-13T10:00")]),
    (WED, "Profits slipped on Monday. Its shares traded 2 percent lower at 1430 GMT.",
     [("Monday", "DATE", "2025-08-11"), ("1430 GMT", "TIME", "2025-08-13T14:30Z")]),
    (WED, "Ferries have been idle since the Aug. 2 storm surge. The first one sailed at 6 a.m.",
     [("Aug. 2", "DATE", "2025-08-02"), ("6 a.m.", "TIME", "2025-08-13T06:00")]),
    (WED, "A flood hit the ward on Monday.\n\nDoors open at 9 a.m.",
     [("Monday", "DATE", "2025-08-11"), ("9 a.m.", "TIME", "2025-08-13T09:00")]),
    # ---- a span measured from an event ("two days after the vote") is a duration; the date of the
    # event itself is read with the noun it modifies ("the June 3 ballot"), not as a verb
    (WED, 'Two days after "the big dig" began, the road caved in.', [("Two days", "DURATION", "P2D")]),
    (WED, "Surveys ran over six months before and after the merger.", [("over six months", "DURATION", "P6M", "MORE_THAN")]),
    (WED, "The clerk quit two days after the June 3 vote.",
     [("two days", "DURATION", "P2D"), ("June 3", "DATE", "2025-06-03")]),
    (WED, "But a day before, the clerk had warned them.", [("a day before", "DATE", "2025-08-12")]),
    # a past story told hour by hour stays on its day however many sentences pass
    (WED, "By 2 a.m. on Monday the dam held. Engineers cheered. Rain eased. Cattle were moved. "
          "Roads were shut. The mayor thanked them. By 6 p.m. the water had fallen.",
     [("2 a.m. on Monday", "TIME", "2025-08-11T02:00"), ("6 p.m.", "TIME", "2025-08-11T18:00")]),
    # ---- "the next day" in a clause that will happen is the day after the report, not after a day
    # already past; in a past story, or a future seen from it ("would"), it follows the story's day
    (WED, "The gale struck on Sunday. Crews will clear the roads the next day.",
     [("Sunday", "DATE", "2025-08-10"), ("the next day", "DATE", "2025-08-14")]),
    (WED, "The gale struck on Sunday. Crews cleared the roads the next day.",
     [("Sunday", "DATE", "2025-08-10"), ("the next day", "DATE", "2025-08-11")]),
    (WED, "The gale struck on Sunday. We were told we would get power back the next day.",
     [("Sunday", "DATE", "2025-08-10"), ("the next day", "DATE", "2025-08-11")]),
    # ---- a date naming a done event ("the October 2 rig blast", "the spill in October") is past,
    # unless the clause looks ahead and the month is the verb's ("will contain the spill in October")
    (WED, "The fund pays victims of the spill in October.", [("October", "DATE", "2024-10")]),
    (WED, "The fund helps victims of its October 2 rig blast.", [("October 2", "DATE", "2024-10-02")]),
    (WED, "Crews will contain the spill in October.", [("October", "DATE", "2025-10")]),
    # ---- "up to date" is current, not a time; "to date" is "so far", untagged as in TimeBank
    (WED, "Readers can stay up to date with the diary.", []),
    (WED, "Repairs to date have cost $3 million.", []),
    # ---- "the year" after a year written out in its sentence is that year
    (WED, "The 1998 film recreates the year's big stories.", [("1998", "DATE", "1998"), ("the year", "DATE", "1998")]),
    # ---- a habit ("when I get up in the morning") names no day's morning; a told morning does
    (WED, "It is the first thing I check when I get up in the morning.", []),
    (WED, "The ferry usually sails in the evening.", []),
    (WED, "The mayor spoke in the morning.", [("the morning", "TIME", "2025-08-13TMO")]),
    # ---- a weekday heading a name (a paper, a programme, a named day) is no date; "said Monday" is
    (WED, "The mayor told the Sunday Herald he would stay.", []),
    (WED, "Fans phone in to The Monday Night Club.", []),
    (WED, "Voters in ten states go to the polls on Super Tuesday.", []),
    (WED, "The mayor said Monday Post officials would help.", [("Monday", "DATE", "2025-08-11")]),
    # ---- a chronology entry for two days ("May 11/12 - ...") is past like any other entry
    (dt.date(2026, 1, 11), "May 11/12 - Ministers from both sides meet in Oslo.", [("May 11", "DATE", "2025-05-11")]),
    # ---- the start of a clock range is on the day written after its end
    (WED, "Between 2am and 3am on 27 May, the pumps failed.",
     [("2am", "TIME", "2025-05-27T02:00"), ("3am on 27 May", "TIME", "2025-05-27T03:00")]),
    (WED, "The bridge will be shut between 9 a.m. and noon on Friday.",
     [("9 a.m.", "TIME", "2025-08-15T09:00"), ("noon on Friday", "TIME", "2025-08-15T12:00")]),
    # ---- "right now" is one expression; "the long term" before a noun is an adjective; a year's
    # "and later" before a verb belongs to the verb
    (WED, "The council needs answers right now.", [("right now", "DATE", "PRESENT_REF")]),
    (WED, "Little is known about the long term effects of the dye.", []),
    (WED, "In the long term the dye will fade.", [("the long term", "DATE", "FUTURE_REF")]),
    (WED, "She was born around 1931 and later moved to Leeds.", [("around 1931", "DATE", "1931", "APPROX")]),
    # ---- "the summer" after "to", "before", "after" is the season; "the summer house" is a name
    (WED, "Ferries will run more often after the autumn.", [("the autumn", "DATE", "2025-FA")]),
    (WED, "The mayor moved to the summer house.", []),
    (WED, "Now, it's time to rebuild the pier.", [("Now", "DATE", "PRESENT_REF")]),
    (WED, "The skipper told the daily NT about the catch.", []),
    # ---- a range written with words ends on a day of the same month
    (WED, "The survey ran between June 3 and 6.", [("June 3", "DATE", "2025-06-03"), ("6", "DATE", "2025-06-06")]),
    (WED, "On June 3 and 6 people were hurt.", [("June 3", "DATE", "2025-06-03")]),
    # ---- "the past" and "the year" as adjectives or in a prize's name are no times
    (WED, "Gifts rose during the past campaign cycle.", []),
    (WED, "Mistakes made in the past were costly.", [("the past", "DATE", "PAST_REF")]),
    (WED, 'The mill won two "employer of the year" awards.', []),
    # ---- "Soon," opening a past sentence is soon after the story's moment, not after the report
    (WED, "The dam cracked. And soon, far below the town, water began to rise.", []),
    (WED, "Soon, crews will start pumping.", [("Soon", "DATE", "FUTURE_REF")]),
    # ---- "a month into the season" is how long it has run; "barrels a day into the sea" is a rate
    (WED, "The port is now a month into the strike.", [("now", "DATE", "PRESENT_REF"), ("a month", "DURATION", "P1M")]),
    (WED, "The pipe spills 900 litres of oil a day into the bay.", []),
    # ---- so many days of each week is how often, not a period of days
    (WED, "The baker opens five nights a week.", [("five nights a week", "SET", "P1W")]),
    (WED, "Volunteers staff the desk two days per month.", [("two days per month", "SET", "P1M")]),
    (WED, "The strike lasted five days.", [("five days", "DURATION", "P5D")]),
    # ---- a sentence-opening "Now," is a time when its clause tells what is going on now,
    # and a discourse marker when it opens an argument, a question or an aside
    (WED, "Now, divers are searching the harbour.", [("Now", "DATE", "PRESENT_REF")]),
    (WED, "Now, the council will vote on the plan.", [("Now", "DATE", "PRESENT_REF")]),
    (WED, "Now, how many of us saw that coming?", []),
    (WED, "Now, if the bridge fails, the town is cut off.", []),
    (WED, "Now, Maria, we are running late.", []),
    (WED, "Now, this is a fair question.", []),
    # ---- "has"/"have" before its object is a possession in the present, not a perfect: it sends
    # no date back a year; after "to", a modal or "did not" the verb before it decides
    (WED, "She has a hearing on Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "The council has the report ready by October.", [("October", "DATE", "2025-10")]),
    (WED, "Herders who have it going into autumn face ruin.", [("autumn", "DATE", "2025-FA")]),
    (WED, "The crew aims to have the rig back by Monday.", [("Monday", "DATE", "2025-08-18")]),
    (WED, "The firm did not have the figures before October 19, she said.", [("October 19", "DATE", "2024-10-19")]),
    # ---- an earnings comparison after a possessive ("its year-ago third quarter") is the year
    # before's; two ordinal quarters without a year are dates, a set only in a habitual clause
    (NOV, "Profit fell, against a gain in its year-ago third quarter.", [("year-ago third quarter", "DATE", "2024-Q3")]),
    (NOV, "Exports slipped in the second and third quarters.", [("third quarters", "DATE", "2025-Q3")]),
    (NOV, "Output will recover in the first and second quarters.", [("second quarters", "DATE", "2026-Q2")]),
    (NOV, "Most sales are usually made in the second and fourth quarters.", [("fourth quarters", "SET", "XXXX-Q4")]),
    (NOV, "Costs eased in the first quarter of the year.", [("the first quarter of the year", "DATE", "2025-Q1")]),
    # ---- "come the autumn" opening a clause is the season to come; "the summer months" is the season
    (WED, "The ferries are full, but come the autumn the island empties.", [("the autumn", "DATE", "2025-FA")]),
    (WED, "Come summer, the lake will be dry.", [("summer", "DATE", "2026-SU")]),
    (WED, "Did they come the summer before?", []),
    # (a winter is the year of its December: the one ahead of an August report is this year's)
    (WED, "Farms will sell less in the winter months.", [("the winter", "DATE", "2025-WI")]),
    (WED, "Doctors fear a second wave next winter.", [("next winter", "DATE", "2025-WI")]),
    (WED, "The clinic expects more cases when the cold winter season begins.", [("winter", "DATE", "2025-WI")]),
    (WED, "Snow shut the pass for weeks last winter.", [("weeks", "DURATION", "PXW"), ("last winter", "DATE", "2024-WI")]),
    (dt.date(2026, 1, 20), "Heating bills have soared this winter.", [("this winter", "DATE", "2025-WI")]),
    (dt.date(2026, 1, 20), "The harbour will reopen next spring.", [("next spring", "DATE", "2026-SP")]),
    # ---- a singular "this" before "a" or a plural number is a pronoun object, not the period's determiner
    (WED, "The town went through this a few years ago.", [("a few years ago", "DATE", "PAST_REF")]),
    (WED, "She tried this two years ago.", [("two years ago", "DATE", "2023")]),
    (WED, "These two years were hard for the port.", [("These two years", "DURATION", "P2Y")]),
    # ---- "that September day": the day of that month the story named, else that month
    (WED, "The dam broke on Sept. 9, 1998. Nobody in the valley forgets that September day.",
     [("Sept. 9, 1998", "DATE", "1998-09-09"), ("that September day", "DATE", "1998-09-09")]),
    (WED, "The dam broke in 1998, and that October day still haunts the valley.",
     [("1998", "DATE", "1998"), ("that October day", "DATE", "1998-10")]),
    # ---- the second season of a pair after "in", "during" or a possessive is as definite as the first
    (WED, "Cases rose sharply in spring and summer.", [("spring", "DATE", "2025-SP"), ("summer", "DATE", "2025-SU")]),
    (WED, "The birds nest here during our autumn and winter.", [("autumn", "DATE", "2025-FA"), ("winter", "DATE", "2025-WI")]),
    (WED, "The fall and winter collections sold out.", []),
    # ---- "the month of May" names that month, lower-case "may" too
    (WED, "Sales doubled in the month of may alone.", [("the month of may", "DATE", "2025-05")]),
    (WED, "In the month of March 2019, rents fell.", [("the month of March 2019", "DATE", "2019-03")]),
    # ---- the end of a range after a bare hour is a clock time when it says p.m. or a.m., and so is its start
    # (in the end's half of the day, see rules/clock_range.py); "9-5" stays numbers
    (WED, "The late show (10-11pm) is live from the pier.", [("10", "TIME", "2025-08-13T22:00"), ("11pm", "TIME", "2025-08-13T23:00")]),
    (WED, "Visitors may call 8-10 a.m. tomorrow.", [("8", "TIME", "2025-08-14T08:00"), ("10 a.m. tomorrow", "TIME", "2025-08-14T10:00")]),
    (WED, "The team won 9-5 at home.", []),
    # ---- a clock on a recurring weekday ("on Thursday nights", "on Saturdays") is any such day's
    (WED, "The band can be heard on Friday nights at 9pm.",
     [("Friday nights", "SET", "XXXX-WXX-5TNI"), ("9pm", "TIME", "XXXX-XX-XXT21:00")]),
    (WED, "The market opens at 8am on Sundays.", [("8am", "TIME", "XXXX-XX-XXT08:00"), ("Sundays", "SET", "XXXX-WXX-7")]),
    # ---- a date opening its line heads a log entry: a clock in that sentence is that day's, whatever the tense
    (WED, "The hearing went on.\n2 June 2025 Reporters continue to queue outside the court from 6:45 am in the hope of a seat.",
     [("2 June 2025", "DATE", "2025-06-02"), ("6:45 am", "TIME", "2025-06-02T06:45")]),
    (WED, "2 June 2025 Reporters queue outside. The judge sits at 10 am today.",
     [("2 June 2025", "DATE", "2025-06-02"), ("10 am today", "TIME", "2025-08-13T10:00")]),
    # ---- British "21.45" with its day is a clock; hours "later" count from the last clock time told
    (WED, "The alarm sounded at 21.45 on 3 May. Six hours later the ferry sank.",
     [("21.45 on 3 May", "TIME", "2025-05-03T21:45"), ("Six hours later", "TIME", "2025-05-04T03:45")]),
    (WED, "The index closed at 10.25 on Monday.", [("Monday", "DATE", "2025-08-11")]),
    # ---- a year naming an event compared with is not the story's time: later days do not count from it
    (WED, "The flood was worse than the 1953 North Sea flood. Two days later, the dikes held.",
     [("1953", "DATE", "1953"), ("Two days", "DURATION", "P2D")]),
    (WED, "In the 1953 North Sea flood, the dikes broke. Two days later, the water fell.",
     [("1953", "DATE", "1953"), ("Two days later", "DATE", "1953")]),
    (WED, "The count began at 11 p.m. on Sunday. Two hours later the result was known.",
     [("11 p.m. on Sunday", "TIME", "2025-08-10T23:00"), ("Two hours later", "TIME", "2025-08-11T01:00")]),
    (FRI, "Trade slowed towards the end of the summer, the port said.", [("the end of the summer", "DATE", "2025-SU", "END")]),
    (FRI, "The kids left at the end of the summer camp.", []),
    # ---- a pronoun's contracted copula is a present ("it's", "there's"), not a past; "WHO's" is a name
    (WED, '"It\'s the start of the autumn rush," the ferryman said.', [("the start of the autumn", "DATE", "2025-FA", "START")]),
    (WED, '"There\'s a vote on Friday," the mayor said.', [("Friday", "DATE", "2025-08-15")]),
    (WED, "The WHO's chief on Monday said the risk was low.", [("Monday", "DATE", "2025-08-11")]),
    (FRI, "The pool was packed in the middle of summer.", [("the middle of summer", "DATE", "2025-SU", "MID")]),
    # ---- month names in capitals next to a day are a heading's dates
    (FRI, "26 MAY - 29 MAY: CRANE FAILS", [("26 MAY", "DATE", "2025-05-26"), ("29 MAY", "DATE", "2025-05-29")]),
    # ---- "Next day," opening a sentence is the day after the one just told, as "the next day"
    (FRI, "On August 4 the ferry sank. Next day, divers found the wreck.",
     [("August 4", "DATE", "2025-08-04"), ("Next day", "DATE", "2025-08-05")]),
    (FRI, "Next day delivery is free.", []),
    # ---- "recent" before a noun is a time just past, "the current" before a name or an amount
    # the present one; an ocean's "Loop Current" is no time
    (FRI, "She spoke at a recent hearing.", [("recent", "DATE", "PAST_REF")]),
    (FRI, "The current Mersey ferry fleet is old.", [("current", "DATE", "PRESENT_REF")]),
    (FRI, "The fund replaces the current $40m limit.", [("current", "DATE", "PRESENT_REF")]),
    (FRI, "The slick reached the Loop Current, officials said.", []),
    # ---- "weeks ago" without a number is some time back; "it took many weeks" is how long;
    # "to this day" is until now
    (FRI, "The crew could have fixed the valve weeks ago.", [("weeks ago", "DATE", "PAST_REF")]),
    (FRI, "It took many weeks to rebuild the pier.", [("many weeks", "DURATION", "PXW")]),
    (FRI, "The scars are visible to this day.", [("this day", "DATE", "PRESENT_REF")]),
    # ---- "about" before "tomorrow's", "last week's" is the topic, no approximation
    (FRI, "She talked about tomorrow's match.", [("tomorrow", "DATE", "2025-08-16")]),
    # ---- "2 May; the day after ..." in apposition is that date itself
    (FRI, "Ferries stopped on 2 May; the day after the storm reached the coast.",
     [("2 May", "DATE", "2025-05-02"), ("the day", "DATE", "2025-05-02")]),
    # ---- a clock before "last night", "this afternoon", "yesterday evening" is on that part of
    # that day; without a.m./p.m. the part of the day says which half
    (FRI, "The alarm rang at 11 p.m. last night.", [("11 p.m. last night", "TIME", "2025-08-14T23:00")]),
    (FRI, "The alarm rang at 2 a.m. last night.", [("2 a.m. last night", "TIME", "2025-08-15T02:00")]),
    (FRI, "We meet at 4 o'clock this afternoon.", [("4 o'clock this afternoon", "TIME", "2025-08-15T16:00")]),
    (FRI, "He called at 9:15 yesterday evening.", [("9:15 yesterday evening", "TIME", "2025-08-14T21:15")]),
    # ---- an offset back beyond the first calendar year is some time past, not the report's year
    (FRI, "The reef formed 125,000 years ago.", [("125,000 years ago", "DATE", "PAST_REF")]),
    (FRI, "The abbey was built 900 years ago.", [("900 years ago", "DATE", "1125")]),
    # ---- "a day after" an event, after any verb, is a span from it (a duration); after an
    # amount it is a rate and no time
    (FRI, "The ruling came a day after the inquiry reported.", [("a day", "DURATION", "P1D")]),
    (FRI, "The spring spilled 300 litres of water a day before the repair.", []),
    (FRI, "Buses ran at an average of 40 a week before the strike.", []),
    # ---- midnight after a day named in its sentence is that day's end
    (SUN, "The party began late on Saturday and went on until after midnight.",
     [("late on Saturday", "DATE", "2025-08-16"), ("midnight", "TIME", "2025-08-17T00:00")]),
    # ---- "Sept. 11" naming the 2001 attacks is that day; "a day or so away" is how far off; a
    # capitalized "Midnight" inside a name is no time
    (FRI, "She advised the September 11 victims' fund.", [("September 11", "DATE", "2001-09-11")]),
    (FRI, "The vote is on September 11 in Paris.", [("September 11", "DATE", "2025-09-11")]),
    (FRI, "We are a day or so away from an answer.", [("a day or so", "DURATION", "P1D", "APPROX")]),
    (FRI, "The band played the After Midnight session.", []),
    # ---- a weekday before "January the 12th" is part of that date
    (WED, "It's Monday August the 11th.", [("Monday August the 11th", "DATE", "2025-08-11")]),
    # ---- an amount of time before "ahead", "late" or "before schedule" is how far off, a duration
    (WED, "The crews came home a month before schedule.", [("a month", "DURATION", "P1M")]),
    (WED, "The new bridge is a year ahead of the plan.", [("a year", "DURATION", "P1Y")]),
    (WED, "The ferry docked an hour late.", [("an hour", "DURATION", "PT1H")]),
    # ---- a time with a short weekday and a date is one moment on that date; a clock in a
    # programme's name is no time
    (WED, "The recording stays online until 11:30 PM Sat, 3 Jan 2026.", [("11:30 PM Sat, 3 Jan 2026", "TIME", "2026-01-03T23:30")]),
    (WED, "She read the Nine O'clock News for years.", [("years", "DURATION", "PXY")]),
    # ---- "this past" or "last" before a holiday is the latest one gone, "next" the coming one;
    # a holiday named as a deadline is still to come
    (WED, "He has not smoked since this past Christmas.", [("this past Christmas", "DATE", "2024-12-25")]),
    (WED, "Next Easter the choir tours Wales.", [("Next Easter", "DATE", "2026-04-05")]),
    (NOV, "The council set a deadline of New Year's Day for the repairs.", [("New Year's Day", "DATE", "2026-01-01")]),
    # ---- "a decade of", "a century" after "the course of", "weeks-long": how long something went on
    (WED, "The town saw a decade of slow decline.", [("a decade", "DURATION", "P1E")]),
    (WED, "Over the course of a century the mill changed hands nine times.", [("a century", "DURATION", "P1C")]),
    (WED, "A weeks-long dock strike ended.", [("weeks-long", "DURATION", "PXW")]),
    (WED, "They were paid $40 a week of overtime.", []),
    # ---- a season as a modifier, after a possessive, or "a summer of" is that season
    (NOV, "Growers fear an autumn outbreak of blight.", [("autumn", "DATE", "2025-FA")]),
    (WED, "Anglers lost the prime spring season to the floods.", [("spring", "DATE", "2025-SP")]),
    (NOV, "Hotels are recovering after a summer of empty rooms.", [("summer", "DATE", "2025-SU")]),
    (NOV, "Northern towns brace for a surge of cases as their winter begins.", [("winter", "DATE", "2025-WI")]),
    (WED, "She showed her spring collection and a winter storm hit.", []),
    # ---- what a past verb caused "to be" done over the weekend was done on the past weekend;
    # shut "for the weekend" is the coming one
    (MON, "The gale caused ferries to be cancelled over the weekend.",
     [("the weekend", "DATE", "2025-W32-WE")]),
    (WED, "The museum is closed for the weekend to repair the roof.", [("the weekend", "DATE", "2025-W33-WE")]),
    # ---- "first half" before a figure needs no article
    (WED, "The firm said first half sales fell.", [("first half", "DATE", "2025-H1")]),
    # ---- day-month-year with dashes when one number cannot be a month, or a neighbour in the
    # same style shows the order; never guessed otherwise
    (WED, "The register lists Tom 21-6-1872 and Ann 7-5-1874.",
     [("21-6-1872", "DATE", "1872-06-21"), ("7-5-1874", "DATE", "1874-05-07")]),
    (WED, "Form 4-3-2010 was filed late.", []),
    # ---- "for 14 days from Friday" is how long, from that day; "two weeks from Friday" a day
    (WED, "Pools will close for 10 days from Monday.",
     [("10 days", "DURATION", "P10D"), ("Monday", "DATE", "2025-08-18")]),
    # ---- two numbers before 1600 a span apart after "of"/"from" are years; amounts and clocks are not
    (WED, "The famine of 1315 to 1317 emptied the villages.",
     [("1315", "DATE", "1315"), ("1317", "DATE", "1317")]),
    (WED, "They shipped from 1200 to 1300 crates.", []),
    # ---- a decade word after a decade shares its century
    (WED, "The farm thrived in the 1880s and nineties.", [("the 1880s", "DATE", "188"), ("nineties", "DATE", "189")]),
    # ---- "the same period" with no quarter named is the month last named, never a guessed quarter
    (WED, "Exports in May rose 4% from the same period a year earlier.",
     [("May", "DATE", "2025-05"), ("the same period a year earlier", "DATE", "2024-05")]),
    (WED, "Exports rose 4% from the same period a year earlier.", [("the same period a year earlier", "DATE", "2024")]),
    (WED, "Cases climbed to 4,000 over the same period.", []),
    # ---- a four-digit clock before "hours" after a clock preposition; an amount of hours is not
    (WED, "The curfew begins at 2100 hours.", [("2100", "TIME", "2025-08-13T21:00")]),
    (WED, "The crew logged 1500 hours at sea.", []),
    # ---- a bare four-digit clock after a day or a part of one; a year after "in" stays a year
    (WED, "The alarm went off on Monday night at 2340.",
     [("Monday night", "TIME", "2025-08-11TNI"), ("2340", "TIME", "2025-08-11T23:40")]),
    (WED, "The mill was built in 1845.", [("1845", "DATE", "1845")]),
    # ---- a 24-hour clock with a redundant PM
    (WED, "The statement came at 17:05 PM.", [("17:05 PM", "TIME", "2025-08-13T17:05")]),
    # ---- "last year" or "next year" right after a day and month names its year
    (WED, "The album came out on 20 September last year.",
     [("20 September", "DATE", "2024-09-20"), ("last year", "DATE", "2024")]),
    # ---- "a year's salary", "a week's notice": amounts measured in time
    (WED, "She was given a week's notice.", [("a week", "DURATION", "P1W")]),
    # ---- "the future" before a title is an adjective
    (WED, "He dined with the future President at the club.", []),
    # ---- a past form in an "if" clause beside "would" supposes what may come; "had", "would
    # have" or a relative clause inside tell a real past
    (WED, "The harm would be worse if the storm hit in the spring.", [("the spring", "DATE", "2026-SP")]),
    (WED, "If the storm had hit in June, the harm would have been worse.", [("June", "DATE", "2025-06")]),
    (WED, "If the levee that broke on July 9 fails, towns could flood.", [("July 9", "DATE", "2025-07-09")]),
    # ---- "an hour and a half", "two and a half years" are one duration; an age is not
    (WED, "The ferry crossing takes an hour and a half.", [("an hour and a half", "DURATION", "PT1H30M")]),
    (WED, "Talks dragged on for two and a half years.", [("two and a half years", "DURATION", "P2Y6M")]),
    (WED, "Her son is three and a half years old.", []),
    # ---- a weekday planned in the past tense ("was to meet", "were set to visit") is still ahead
    # unless it was just yesterday or the plan failed; "as early as" bounds what may come
    (SUN, "The club's board was to meet on Monday to weigh a sale.", [("Monday", "DATE", "2025-08-18")]),
    (WED, "The storm was set to strengthen on Thursday, forecasters said.", [("Thursday", "DATE", "2025-08-14")]),
    (WED, "Two ministers were expected to tour the dam on Sunday.", [("Sunday", "DATE", "2025-08-17")]),
    (WED, "The trial was due to open on Monday, but the judge fell ill.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "The barge was expected to dock on Tuesday night.", [("Tuesday night", "TIME", "2025-08-12TNI")]),
    (WED, "He had been due to testify on Thursday.", [("Thursday", "DATE", "2025-08-07")]),
    (FRI, "Crews braced for gusts that could come as early as Tuesday.", [("Tuesday", "DATE", "2025-08-19")]),
    (WED, "Talks were to resume in October.", [("October", "DATE", "2025-10")]),
    (WED, "The inquiry was due to report in December.", [("December", "DATE", "2025-12")]),
    (WED, "The inquiry had been due to report in December.", [("December", "DATE", "2024-12")]),
    # ---- "later in the day", "an hour earlier" in a story about an earlier day are on that day;
    # a clock time in a story about a past year is in that year, not on the report's day
    (WED, "On July 2, the mayor opened the bridge. Later in the day, a truck crossed it.",
     [("July 2", "DATE", "2025-07-02"), ("the day", "DATE", "2025-07-02", "END")]),
    (WED, "On July 2, the mayor opened the bridge. About an hour earlier, crowds had gathered.",
     [("July 2", "DATE", "2025-07-02"), ("About an hour earlier", "DATE", "2025-07-02", "APPROX")]),
    (WED, "On July 2, the mayor opened the bridge. Two hours later, a truck crossed it.",
     [("July 2", "DATE", "2025-07-02"), ("Two hours later", "DATE", "2025-07-02")]),
    (WED, "On July 2, the mayor opened the bridge. Later in the day, she will cut a ribbon.",
     [("July 2", "DATE", "2025-07-02"), ("the day", "DATE", "2025-08-13", "END")]),
    (WED, "In March 1987 the ferry capsized. Later in the day, divers arrived. Two hours later, they left.",
     [("March 1987", "DATE", "1987-03"), ("the day", "DATE", "1987-03", "END"), ("Two hours later", "DATE", "1987-03")]),
    (WED, "In 1987 the ferry capsized at 7 p.m. off the pier.", [("1987", "DATE", "1987"), ("7 p.m.", "TIME", "1987")]),
    (WED, "In 2025 the ferry was refitted. It sails at 7 p.m.", [("2025", "DATE", "2025"), ("7 p.m.", "TIME", "2025-08-13T19:00")]),
    (WED, "In 1987 the ferry capsized.\n4.10 pm: The minister rises to speak.",
     [("1987", "DATE", "1987"), ("4.10 pm", "TIME", "2025-08-13T16:10")]),
    # ---- a holiday weekend is the one the day falls on or nearest it; a day's log in the present
    # ("returns ... for Memorial Day weekend", told in August) is this year's, already past
    (dt.date(2021, 6, 28), "Traffic will be heavy over the July Fourth weekend.",
     [("July Fourth weekend", "DATE", "2021-W26-WE")]),
    (dt.date(2025, 6, 30), "Traffic will be heavy over the July Fourth weekend.",
     [("July Fourth weekend", "DATE", "2025-W27-WE")]),
    (WED, "The governor flies home for his Memorial Day weekend break.", [("Memorial Day weekend", "DATE", "2025-W21-WE")]),
    (WED, "The governor will fly home for Memorial Day.", [("Memorial Day", "DATE", "2026-05-25")]),
    # ---- "to" before an approximate amount is a preposition: the past perfect still decides
    (SUN, "The flooded area had grown to around 400 square miles by Friday.", [("Friday", "DATE", "2025-08-15")]),
    (SUN, "Output is expected to nearly double by Friday.", [("Friday", "DATE", "2025-08-22")]),
    # ---- a bare month half a year from the DCT, with nothing to decide, is the DCT's year's
    (WED, "The town dipped to 20 below zero to match its coldest night for February.", [("February", "DATE", "2025-02")]),
    # ---- "that <month>" with no date ahead points back to the last such month
    (dt.date(2026, 1, 20), "Survivors recall how unprepared the city was on that September morning.",
     [("that September", "DATE", "2025-09")]),
    # ---- a weekday in a verbless event noun after "despite" happened; after "following" it is
    # the nearest such day unless its clause says "will"
    (dt.date(2025, 8, 14), "Voters will not forgive the mayor, despite his apology on Wednesday.",
     [("Wednesday", "DATE", "2025-08-13")]),
    (MON, "Crews will be back on the dam following the minister's tour on Friday.", [("Friday", "DATE", "2025-08-15")]),
    (SUN, "The agency said it will add staff, while inspectors return to the dam following the minister's tour on Friday.",
     [("Friday", "DATE", "2025-08-15")]),
    # ---- a reduced relative plan ("scheduled for August") in a past clause is a plan made then
    (SEP, "She was hired as a stylist for a string of shows in Paris scheduled for August.", [("August", "DATE", "2025-08")]),
    # ---- a day and month keep an older year written after them; a clock after them is no year
    (WED, "The abbey was consecrated on 28 December 1065, days before the king died.",
     [("28 December 1065", "DATE", "1065-12-28")]),
    (WED, "The charter is dated June 15, 1215.", [("June 15, 1215", "DATE", "1215-06-15")]),
    (dt.date(2025, 6, 17), "The hearing opens on 17 June 1400 BST.",
     [("17 June 1400 BST", "TIME", "2025-06-17T14:00+01:00")]),
    # ---- a clock without its half of the day, told after one with it, is the first such time after it
    (WED, "Crews began pumping at 9:40 a.m. and stopped at 2:05.",
     [("9:40 a.m.", "TIME", "2025-08-13T09:40"), ("2:05", "TIME", "2025-08-13T14:05")]),
    (WED, "The session ran from 8:15 a.m. to 11:45.", [("8:15 a.m.", "TIME", "2025-08-13T08:15"), ("11:45", "TIME", "2025-08-13T11:45")]),
    # ---- "would" looks ahead from a past time: a month just gone is that one, not next year's
    (WED, "Under the old schedule, the bridge wouldn't reopen until mid-June.", [("mid-June", "DATE", "2025-06", "MID")]),
    (WED, "Without the levee, the river would stay high until December.", [("December", "DATE", "2025-12")]),
    (WED, "Officials will decide in June.", [("June", "DATE", "2026-06")]),
    # ---- a word in -s after a subject pronoun is a present verb ("when it reports ... on 4 February")
    (dt.date(2026, 1, 6), "Investors expect the bank, whose payouts were cut last spring, to restore them when it reports "
     "annual results on 4 February.", [("last spring", "DATE", "2025-SP"), ("4 February", "DATE", "2026-02-04")]),
    # ---- a goal with its limit ("finishing by 27 July") was named while the limit lay ahead; a
    # state up to a limit ("had been strong through December") is past
    (dt.date(2025, 7, 8), "She said that finishing the bridge by 27 July was possible.", [("27 July", "DATE", "2025-07-27")]),
    (dt.date(2025, 10, 8), "Sales had been strong through December.", [("December", "DATE", "2024-12")]),
    # ---- a change "from one amount to another by <date>": the verb of change decides, however far
    (dt.date(2025, 9, 23), "Forecasters raised their estimate of the rainfall from 40 millimetres a day to 90 by late May.",
     [("late May", "DATE", "2025-05", "END")]),
    # ---- "has" before a plural noun is a possession, no perfect
    (dt.date(2025, 5, 28), "The council has contracts in place with two builders for up to 900 homes by December.",
     [("December", "DATE", "2025-12")]),
    # ---- a timeline runs in order: an entry weeks after the one before keeps its year, even past
    # the DCT (a page updated after it was first published); a reverse one steps back a year
    (dt.date(2025, 6, 12), "How the repairs went\n28 May: Divers inspect the hull.\n3 June: The pump fails.\n"
     "9 July: A new pump is fitted.\n",
     [("28 May", "DATE", "2025-05-28"), ("3 June", "DATE", "2025-06-03"), ("9 July", "DATE", "2025-07-09")]),
    (dt.date(2026, 1, 10), "Key dates\nJan 5: The board meets.\nDec 20: The merger is announced.\n",
     [("Jan 5", "DATE", "2026-01-05"), ("Dec 20", "DATE", "2025-12-20")]),
    # ---- decades "later" that would land past the DCT's decade, told in the present, are now
    (WED, "The mill opened in 1990. Four decades later, it remains the town's largest employer.",
     [("1990", "DATE", "1990"), ("Four decades later", "DATE", "202")]),
    (WED, "The mill opened in 1990. Two years later, it was sold.", [("1990", "DATE", "1990"), ("Two years later", "DATE", "1992")]),
    # ---- a weekday with "the night of <date>" pins its year, as it does for the bare date
    (dt.date(2009, 11, 2), "Police arrived on the night of Friday, Oct. 23.", [("the night of Friday, Oct. 23", "TIME", "2009-10-23TNI")]),
    # ---- a holiday followed by "in <year>" is that year's
    (WED, "The family spent Easter week in 2019 at the lake.", [("Easter week", "DATE", "2019-W16"), ("2019", "DATE", "2019")]),
    (WED, "They met at Christmas in 2016.", [("Christmas", "DATE", "2016-12-25"), ("2016", "DATE", "2016")]),
    # ---- "later" with a past verb first is a step of the past story, whose date is unknown: its length
    (WED, "Three weeks later in Leeds, she joined a choir in which she has sung ever since.",
     [("Three weeks", "DURATION", "P3W")]),
    # ---- a month before a name and a done event is the event's month; before a name alone, a name
    (WED, "Photos of the March Harbour Point explosion shocked the town.", [("March", "DATE", "2025-03")]),
    (WED, "He joined the March for Life rally.", []),
    # ---- "current" before a date is its adjective; the date is the time
    (WED, "Officials hope to lift the ban ahead of the current November 30 deadline.", [("November 30", "DATE", "2025-11-30")]),
    # ---- a clock after "at" and an approximation ("at approximately 21:38 hours") is a clock, not hours
    (WED, "The valve failed at approximately 21:38 hours.", [("approximately 21:38", "TIME", "2025-08-13T21:38", "APPROX")]),
    # ---- a definite season before "holidays", "freeze", "storms" is that season; an indefinite one is any
    (dt.date(2025, 7, 2), "The summer holidays have just begun in the valley.", [("summer", "DATE", "2025-SU")]),
    (WED, "Families here like a summer holiday by the sea.", []),
    # ---- a quarter named by the month it ends in is that quarter, not the latest or the topic one
    (WED, "Earlier, the first quarter was weak. Net income fell in the quarter that ended in June.",
     [("the first quarter", "DATE", "2025-Q1"), ("the quarter", "DATE", "2025-Q2"), ("June", "DATE", "2025-06")]),
    (NOV, "The brewer sold more beer in the quarter to September.",
     [("the quarter", "DATE", "2025-Q3"), ("September", "DATE", "2025-09")]),
    (dt.date(2026, 1, 20), "Margins shrank in the quarter ended Dec. 31.",
     [("the quarter", "DATE", "2025-Q4"), ("Dec. 31", "DATE", "2025-12-31")]),
    (NOV, "The mill earned more in its fiscal first quarter. Sales in the quarter ended Sept. 30 rose.",
     [("fiscal first quarter", "DATE", "2025-Q1"), ("the quarter", "DATE", "2025-Q1"), ("Sept. 30", "DATE", "2025-09-30")]),
    # ---- a season stated as a habit or a general truth is every such season (TimeML XXXX-WI)
    (WED, "Colds usually spread faster in the winter.", [("the winter", "DATE", "XXXX-WI")]),
    (WED, "Ice cream sells best during the summer.", [("the summer", "DATE", "XXXX-SU")]),
    (WED, "In autumn, the geese tend to fly south.", [("autumn", "DATE", "XXXX-FA")]),
    (WED, "Hay fever peaks in spring and summer.", [("spring", "DATE", "XXXX-SP"), ("summer", "DATE", "XXXX-SU")]),
    (WED, "The lake is calm in the fall.", [("the fall", "DATE", "XXXX-FA")]),
    # (a timetable, a plan, a past, a prediction, a saying or a time clause names one season)
    (WED, "The new ferry opens in the spring.", [("the spring", "DATE", "2026-SP")]),
    (WED, "Prices fell in the spring.", [("the spring", "DATE", "2025-SP")]),
    (WED, "The minister says the shots are ready in the autumn.", [("the autumn", "DATE", "2025-FA")]),
    (WED, "Doctors fear the virus may return in the winter.", [("the winter", "DATE", "2025-WI")]),
    (WED, "Our worry, as we head into the cold months in the winter, is staffing.", [("the winter", "DATE", "2025-WI")]),
    (WED, "The pools will usually stay open in the summer.", [("the summer", "DATE", "2025-SU")]),
    # ---- a day told by its distance from the report anchors what follows
    (WED, "Nine days ago the levee broke. 48 hours later the town flooded.",
     [("Nine days ago", "DATE", "2025-08-04"), ("48 hours later", "DATE", "2025-08-06")]),
    (WED, "The ship ran aground three days ago. That night, the crew left it.",
     [("three days ago", "DATE", "2025-08-10"), ("That night", "TIME", "2025-08-10TNI")]),
    (WED, "The dam burst on Aug. 2. 72 hours earlier, engineers had warned of it.",
     [("Aug. 2", "DATE", "2025-08-02"), ("72 hours earlier", "DATE", "2025-07-30")]),
    (WED, "Sales rose from a year ago. Two days later the shares fell.",
     [("a year ago", "DATE", "2024"), ("Two days", "DURATION", "P2D")]),
    # ---- "that night" with no date told before it is not the report's day (that is "tonight")
    (WED, "Nobody on the ferry slept that night.", [("that night", "DATE", "PAST_REF")]),
    (WED, "The guards were relaxed that day, a witness said.", [("that day", "DATE", "PAST_REF")]),
    # ---- "meanwhile", "shortly thereafter" are no times
    (WED, "Meanwhile, the mayor said the bridge would stay shut.", []),
    (WED, "Shortly thereafter, the bridge was closed.", []),
    # ---- minutes or hours before or after an event told in the past with no clock: past, not the report's hour
    (WED, "Eight minutes later, gas shot up the pipe.", [("Eight minutes", "DURATION", "PT8M")]),
    (WED, "The gauges jumped 40 minutes earlier, but nobody acted.", [("40 minutes", "DURATION", "PT40M")]),
]


@pytest.mark.parametrize(("dct", "sentence", "expected"), TABLE, ids=[row[1][:50] for row in TABLE])
def test_news_failure_classes(dct: dt.date, sentence: str, expected: list[tuple[str, ...]]) -> None:
    got = tag(sentence, dct)
    assert [(t.text, t.type, t.value) for t in got] == [e[:3] for e in expected]
    for t, e in zip(got, expected, strict=True):
        if len(e) > 3:
            assert t.mod == e[3]
