"""More failure classes of issue 17, found by reading where the tagger and HeidelTime disagree
on unseen news and where extraction dated an event wrong.

Each row is a sentence written for this table, a DCT, and the TIMEX3 spans, types and values a
careful reader gives them (a fourth item is the mod). No article text: third-party articles
stay in ../shared.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

WED = dt.date(2025, 8, 13)   # Wednesday, ISO week 2025-W33
FRI = dt.date(2025, 8, 15)   # Friday of the same week
SUN = dt.date(2025, 8, 17)   # Sunday of the same week
MON = dt.date(2025, 8, 18)   # Monday of the next week, ISO week 2025-W34

Row = tuple[dt.date, str, list[tuple[str, ...]]]

TABLE: list[Row] = [
    # ---- an adverb between an auxiliary and its participle hides no tense: "could be
    # permanently closed by Sunday" is a passive ahead, not a past verb
    (WED, "Engineers say the tunnel could be permanently closed by Sunday.", [("Sunday", "DATE", "2025-08-17")]),
    (WED, "The bridge will be formally opened on Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "The bridge was formally opened on Friday.", [("Friday", "DATE", "2025-08-08")]),
    # ---- the second weekday of a pair goes the way the first went
    (SUN, "The new pump could be ready to install on Tuesday or Wednesday.",
     [("Tuesday", "DATE", "2025-08-19"), ("Wednesday", "DATE", "2025-08-20")]),
    (FRI, "Statements were issued Friday and Thursday by the union.",
     [("Friday", "DATE", "2025-08-15"), ("Thursday", "DATE", "2025-08-14")]),
    (FRI, "Hearings were held on Monday and on Tuesday.",
     [("Monday", "DATE", "2025-08-11"), ("Tuesday", "DATE", "2025-08-12")]),
    # ---- "on the 20th": the day of the month the story is in; a clock time on it is that day's
    (FRI, "Since the 6 July flood, crews have worked nonstop. The gauge stopped at 4 o'clock in the "
          "morning on the 6th, the agency said. The levee broke at 9pm.",
     [("6 July", "DATE", "2025-07-06"), ("4 o'clock in the morning on the 6th", "TIME", "2025-07-06T04:00"),
      ("9pm", "TIME", "2025-07-06T21:00")]),
    (FRI, "The office closed on the 28th and will reopen on the 2nd.",
     [("the 28th", "DATE", "2025-07-28"), ("the 2nd", "DATE", "2025-09-02")]),
    (FRI, "The shop on the 3rd floor marked the 20th anniversary in the 19th century style.",
     [("the 19th century", "DATE", "18")]),
    # ---- a fraction is no period: "one quarter of the grain", "three quarters ended up ashore"
    (WED, "One quarter (20 percent) of the grain rotted and three quarters ended up in silos.", []),
    (WED, "The mill lost money for three quarters.", [("three quarters", "DURATION", "P3Q")]),
    (WED, "It turned a profit after several quarters of losses.", [("several quarters", "DURATION", "PXQ")]),
    # ---- a programme's name in quotes is no day, so "that day" keeps the day the story named
    (WED, 'The minister spoke on May 6 on the "Today" show. Later that day she resigned.',
     [("May 6", "DATE", "2025-05-06"), ("Later that day", "DATE", "2025-05-06", "END")]),
    # ---- "going" is a future only before "to": "went on going sailing at the weekend" is past
    (SUN, "The club tried to play down anger at its chairman going sailing at the weekend.",
     [("the weekend", "DATE", "2025-W33-WE")]),
    # ---- "may" and "march" in lower case between a day number and a year are months
    (WED, "Page updated 4 may, 2025 at 10:05 GMT.",
     [("4 may, 2025", "DATE", "2025-05-04"), ("10:05 GMT", "TIME", "2025-05-04T10:05Z")]),
    (WED, "They may 2025 be remembered.", [("2025", "DATE", "2025")]),
    # ---- the last day of a range may be followed by a word that is not its noun
    (WED, "Divers mapped the wreck July 8 to 11 near the harbour.",
     [("July 8", "DATE", "2025-07-08"), ("11", "DATE", "2025-07-11")]),
    (WED, "Prices rose on July 8 to 11 percent.", [("July 8", "DATE", "2025-07-08")]),
    # ---- "a day after ...", "a day or two before ...", "wait an hour": a span, even without "for"
    (WED, "The mayor quit on Monday, a day after the vote.",
     [("Monday", "DATE", "2025-08-11"), ("a day", "DURATION", "P1D")]),
    (WED, "It will be a week or two before the road reopens.", [("a week or two", "DURATION", "P1W")]),
    (WED, "Guests often wait an hour for a table.", [("an hour", "DURATION", "PT1H")]),
    (WED, "The plant pays 40 dollars a day after tax.", []),
    (WED, "The hearing was put back by a week.", [("a week", "DURATION", "P1W")]),
    # ---- a weekday after "to" is a limit as far as its clause says; a date moved to a weekday lies ahead
    (WED, "The road will be shut to noon on Friday.", [("noon on Friday", "TIME", "2025-08-15T12:00")]),
    (WED, "The road was shut to noon on Friday.", [("noon on Friday", "TIME", "2025-08-08T12:00")]),
    (WED, "The council postponed the vote to Friday.", [("Friday", "DATE", "2025-08-15")]),
    # ---- rates are no dates ("barrels a day", "per year": the TimeBank gold leaves 6 of its 8
    # amount-rates untagged); so many times per year is how often, a SET
    (WED, "The field pumps 5,000 barrels a day and 2 million tonnes per year.",
     []),
    (WED, "Boilers are checked twice per year.", [("twice per year", "SET", "P1Y")]),
    # ---- a weekday owning a noun is as far as that noun's verb says
    (WED, "Saturday's benefit gig will raise money for the shelter.", [("Saturday", "DATE", "2025-08-16")]),
    (WED, "Saturday's benefit gig raised money for the shelter.", [("Saturday", "DATE", "2025-08-09")]),
    # ---- a present-tense timetable verb with a day a few days before the DCT is a chronology's
    # present or a late filing, not next year's; "next year" still is
    (WED, "The port starts a trial of the new cranes on August 4.", [("August 4", "DATE", "2025-08-04")]),
    (WED, "The port starts the trial on August 4 next year.",
     [("August 4", "DATE", "2026-08-04"), ("next year", "DATE", "2026")]),
    # ---- "the weekend" before a word that merely starts like "in" or "to" is still the weekend
    (WED, "Over the weekend independent shops reopened.", [("the weekend", "DATE", "2025-W32-WE")]),
    (WED, "Tenants have roughly until the weekend to pay.", [("the weekend", "DATE", "2025-W33-WE")]),
    (WED, "The firm has only until Friday to respond.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "The firm had only until Friday to respond.", [("Friday", "DATE", "2025-08-08")]),
    # ---- a clock time with its conversion in brackets is on the day written after the brackets
    (SUN, "The valve was closed at 1315 local time (1815 GMT) on Thursday.",
     [("1315 local time", "TIME", "2025-08-14T13:15"), ("1815 GMT", "TIME", "2025-08-14T18:15Z"),
      ("Thursday", "DATE", "2025-08-14")]),
    # ---- a clock range written with a dash that runs past midnight ends the next day
    (WED, "8.30pm-1.15 am Late night radio.",
     [("8.30pm", "TIME", "2025-08-13T20:30"), ("1.15 am", "TIME", "2025-08-14T01:15")]),
    # ---- a limit with a word between it and its day ("until first thing Tuesday") takes its clause's tense
    (FRI, "The search began on Monday morning and went on until first thing Tuesday.",
     [("Monday morning", "TIME", "2025-08-11TMO"), ("Tuesday", "DATE", "2025-08-12")]),
    (FRI, "The search will go on until first thing Tuesday.", [("Tuesday", "DATE", "2025-08-19")]),
    # ---- "Now," before a reading taken now or a plan is a time; before an argument it is not
    (WED, "Now, 61% of residents back the plan.", [("Now", "DATE", "PRESENT_REF")]),
    (WED, "Now, the council said, it plans to rebuild the pier.", [("Now", "DATE", "PRESENT_REF")]),
    (WED, "Now, the good news is that it works.", []),
    (WED, "Now, the ferryman is reduced to selling bait.", [("Now", "DATE", "PRESENT_REF")]),
    # ---- the second season of a pair is as definite as the first
    (WED, "Planners expect more cases this autumn and winter.",
     [("this autumn", "DATE", "2025-FA"), ("winter", "DATE", "2025-WI")]),
    # ---- a season under way: a range written day first ("from 1 June to 30 November") still counts
    (dt.date(2025, 7, 2), "The storm season runs from 1 June to 30 November.",
     [("1 June", "DATE", "2025-06-01"), ("30 November", "DATE", "2025-11-30")]),
    # ---- a done event's date set off by commas ("its collapse, on 3 May, ...") is past
    (WED, "The foreman in charge at the time of its collapse, on 3 May, will not give evidence.",
     [("3 May", "DATE", "2025-05-03")]),
    # ---- "the first birds to be freed in May were ..." is no plan: the main verb decides
    (WED, "The first foxes to be freed in early May were tagged.", [("early May", "DATE", "2025-05", "START")]),
    # ---- "the next afternoon, April 16," is a story's day, not a plan
    (WED, "The engineer learned the next afternoon, April 16, that the test had failed.",
     [("the next afternoon", "TIME", "2025-08-14TAF"), ("April 16", "DATE", "2025-04-16")]),
    # ---- "opened on schedule" is no plan; "given" without an auxiliary is a preposition, not a limit set
    (WED, "The crab season opened on schedule on 16 July.", [("16 July", "DATE", "2025-07-16")]),
    (WED, "It is odd given the firm knew by 2 May that the pipe leaked.", [("2 May", "DATE", "2025-05-02")]),
    (WED, "The regulator has given the firm until 2 September to pay.", [("2 September", "DATE", "2025-09-02")]),
    # ---- a limit followed by ", when ..." is as past as that clause
    (WED, "Water poured into the mine for weeks until July 15, when crews sealed the shaft.",
     [("weeks", "DURATION", "PXW"), ("July 15", "DATE", "2025-07-15")]),
    # ---- a date in a clause with its own modal ("and that a second wave in the autumn could be
    # worse") takes no tense from another clause; a forecast "predicted for" a date lies ahead
    (dt.date(2025, 5, 4), "The fear was that the strain could change, she said, and that a second wave "
                          "in the autumn could be worse.", [("the autumn", "DATE", "2025-FA")]),
    (dt.date(2025, 5, 4), "Stock up before the storms predicted for the autumn.", [("the autumn", "DATE", "2025-FA")]),
    # ---- "by mid-August" is a limit like "by August"; "lasts until", "remains closed until" look ahead
    (dt.date(2025, 7, 25), "Repairs now look possible by mid-August.", [("now", "DATE", "PRESENT_REF"),
                                                                        ("mid-August", "DATE", "2025-08", "MID")]),
    (WED, "Traders have begun to price in that the strike lasts until October.", [("October", "DATE", "2025-10")]),
    (WED, "The ministry said the firm's bid fell short, and gave it until mid-November to improve it.",
     [("mid-November", "DATE", "2025-11", "MID")]),
    # ---- "the year 1989" is one expression, not "the year" of the report and a year beside it
    (WED, "It was as if the year 1989 never happened.", [("the year 1989", "DATE", "1989")]),
    # ---- a hyphenated fraction is no period; "weeks to come back" is "weeks", not "weeks to come"
    (WED, "Roughly one-quarter of the wells were dry and a one-quarter stake was sold.", []),
    (WED, "The tests could take weeks to come back.", [("weeks", "DURATION", "PXW")]),
    (WED, "The town will feel it for years to come.", [("years to come", "DURATION", "PXY")]),
    # ---- British and international holidays by fixed date
    (WED, "The May Day march was cancelled, but shops will open on Boxing Day.",
     [("May Day", "DATE", "2025-05-01"), ("Boxing Day", "DATE", "2025-12-26")]),
    (WED, "May day be kind to you.", []),
    # ---- a weekday takes its clause's main verb however far it stands ("will hold ... before a meeting ... on Wednesday")
    (FRI, "The directors will hold a board meeting on Monday to decide whether to cut the payout or offer some other "
          "gesture of goodwill to the regulator before a hearing at the ministry on Wednesday.",
     [("Monday", "DATE", "2025-08-18"), ("Wednesday", "DATE", "2025-08-20")]),
    # ---- "kept" before a gerund means "went on": no limit set, the past clause dates "by late May"
    (dt.date(2025, 9, 23), "Engineers kept lowering their estimate of the harvest by late May.",
     [("late May", "DATE", "2025-05", "END")]),
    (dt.date(2025, 9, 23), "The council kept the bridge closed until late October.",
     [("late October", "DATE", "2025-10", "END")]),
    # ---- a holiday in the purpose of a past journey is as past as the journey, and takes
    # the year the story names; only a holiday days ahead stays ahead
    (WED, "She flew back to Lisbon in 2021 to celebrate Christmas with her sisters.",
     [("2021", "DATE", "2021"), ("Christmas", "DATE", "2021-12-25")]),
    (WED, "The cousins travelled north to spend Easter on the farm.", [("Easter", "DATE", "2025-04-20")]),
    (dt.date(2025, 12, 19), "My brother flew in on Tuesday to spend Christmas here.",
     [("Tuesday", "DATE", "2025-12-16"), ("Christmas", "DATE", "2025-12-25")]),
    (WED, "The choir will travel to Vienna to celebrate Christmas.", [("Christmas", "DATE", "2025-12-25")]),
    # ---- "the fact remains that ...", "it remains unclear whether ...": a judgement, no timetable
    (dt.date(2025, 7, 24), "The fact remains that the bakery, with its first quarter loss of $2m, is a small firm.",
     [("first quarter", "DATE", "2025-Q1")]),
    (dt.date(2025, 7, 24), "The road remains closed until Friday.", [("Friday", "DATE", "2025-07-25")]),
    # ---- holiday names that are no common words are dates in lower case too; "good friday",
    # "election day" stay ambiguous; a lower-case "island" or "carol" after one is a name
    (WED, "We will light the candles on christmas eve and visit on mother's day.",
     [("christmas eve", "DATE", "2025-12-24"), ("mother's day", "DATE", "2026-05-10")]),
    (WED, "It was a good friday for the team, and on election day nobody came.", [("friday", "DATE", "2025-08-08")]),
    (WED, "The ship reached christmas island and sang a christmas carol.", []),
    # ---- "December the second, 2020": a month, "the" and an ordinal day; not before a noun
    (WED, "The shop closed on December the second, 2020.", [("December the second, 2020", "DATE", "2020-12-02")]),
    (WED, "The shop reopened on June the 14th.", [("June the 14th", "DATE", "2025-06-14")]),
    (WED, "In March the third survey was published.", [("March", "DATE", "2025-03")]),
    # ---- a thousands separator is part of the number before "-year"
    (WED, "Engineers called it a 1,000-year flood.", [("1,000-year", "DURATION", "P1000Y")]),
    # ---- "spent the summer watching": a season spent is a time, like one "during" or "over"
    (dt.date(2025, 9, 20), "The whole town spent the summer watching the river rise.", [("the summer", "DATE", "2025-SU")]),
    # ---- "in the month since the blast": the month that has passed since, a period, not May
    (dt.date(2025, 5, 20), "The shares lost a third of their value in the month since the blast.",
     [("the month", "DURATION", "P1M")]),
    (dt.date(2025, 5, 20), "Prices rose sharply in the month.", [("the month", "DATE", "2025-05")]),
    # ---- a done event after "after"/"since" is no object of the future verb: its month is past
    (WED, "The museum will reopen after the flood in March.", [("March", "DATE", "2025-03")]),
    (WED, "Crews will contain the spill in September.", [("September", "DATE", "2025-09")]),
    # ---- a timetable's "go" ("go to the polls", "go on sale") looks ahead; "let go" does not
    (WED, "Voters go to the polls on Sunday.", [("Sunday", "DATE", "2025-08-17")]),
    (WED, "The firm let go of its chief on Monday.", [("Monday", "DATE", "2025-08-11")]),
    # ---- an -ed verb with an object ("suffered a defeat") is the finite verb: a plan named
    # further left ("plans to cut ...") is its subject, not its tense
    (FRI, "Government plans to cut the number of judges suffered a heavy defeat in the upper house on Wednesday.",
     [("Wednesday", "DATE", "2025-08-13")]),
    (FRI, "The board is hoping to have finished the audit by the second week of September.",
     [("September", "DATE", "2025-09")]),
    # ---- "June of that year": the month in the year the story is in
    (WED, "The plant opened in 1998. By June of that year it employed 300 people, and in March of the "
          "following year it closed.",
     [("1998", "DATE", "1998"), ("June of that year", "DATE", "1998-06"),
      ("March of the following year", "DATE", "1999-03")]),
    # ---- a bare month before a verb of saying is a person ("June tells ..."); "in May admitted" is a time
    (WED, "June tells the presenter about her garden.", []),
    (WED, "The agency in May admitted its error.", [("May", "DATE", "2025-05")]),
    # ---- "earlier" right after a present verb compares ("if it returns earlier, in October"): no past
    (dt.date(2025, 6, 14), "If the virus returns earlier, in October, the clinics will not be ready.",
     [("October", "DATE", "2025-10")]),
    (dt.date(2025, 6, 14), "The minister said earlier that the clinics opened in October.",
     [("October", "DATE", "2024-10")]),
    # ---- "it was the year he died": the year of another event, not the report's; "later in the year
    # Smith left" keeps the report's year
    (WED, "That was the year Maria opened her first shop.", []),
    (WED, "Later in the year Smith left the band.", [("the year", "DATE", "2025", "END")]),
    # ---- "to safety", "to hospital" name where to, not an infinitive that would point ahead
    (FRI, "Crews on the platforms were getting ready to move to safety from Wednesday night, the navy said.",
     [("Wednesday night", "TIME", "2025-08-13TNI")]),
    (FRI, "Two climbers were flown to hospital on Thursday.", [("Thursday", "DATE", "2025-08-14")]),
    # ---- "ahead of" a date in a past sentence: ahead of that past time, so the nearest one
    (dt.date(2025, 10, 20), "Last month, ahead of her official October 1 start date, the new dean said she would "
                            "review the budget.", [("Last month", "DATE", "2025-09"), ("October 1", "DATE", "2025-10-01")]),
    (dt.date(2025, 5, 20), "Leaders will meet ahead of the March 3 summit.", [("March 3", "DATE", "2026-03-03")]),
    # ---- a year and the next joined by a slash are one stretch across the turn of the year ("the
    # 2009/10 season", as the news gold's "1997/98"), written by its first year; a dash stays two years
    (WED, "The flu of 1918/1919 and the 2009/10 season were both harsh.",
     [("1918/1919", "DATE", "1918"), ("2009/10", "DATE", "2009")]),
    # ---- "1997-8": a span ending in the next year, written with one digit; "1997-5" is no span
    (WED, "The crisis of 1997-8 hit the region hard; the form was 1997-5.", [("1997", "DATE", "1997"), ("8", "DATE", "1998")]),
    # ---- "one of these days" is some day ahead, not the present; "Weeks Bay" is a place
    (WED, "One of these days the old pier will fall into the river.", []),
    (WED, "These days the pier is closed.", [("These days", "DATE", "PRESENT_REF")]),
    (WED, "No oil has reached Weeks Bay, and for weeks the beach was clean.", [("weeks", "DURATION", "PXW")]),
    # ---- weekly schedules: a plural weekday, and every day of a list after "every", are sets; a
    # plural weekday after a capitalized word is a name
    (WED, "The clinic is open on Tuesdays.", [("Tuesdays", "SET", "XXXX-WXX-2")]),
    (WED, "The choir meets every Monday and Thursday.",
     [("every Monday", "SET", "XXXX-WXX-1"), ("Thursday", "SET", "XXXX-WXX-4")]),
    (WED, "She sang with the Happy Mondays for a decade.", [("a decade", "DURATION", "P1E")]),
    # ---- a first weekday that is the DCT's own does not set the way of the second one
    (WED, "Crews will paint the hall on Wednesday and Friday.",
     [("Wednesday", "DATE", "2025-08-13"), ("Friday", "DATE", "2025-08-15")]),
    # ---- "the weekend of" a date is the weekend it falls in; of anything else, the weekend itself
    (WED, "The family will drive to the coast the weekend of Aug. 23.", [("the weekend of Aug. 23", "DATE", "2025-W34-WE")]),
    (WED, "Inspectors came in the week of August 4.", [("the week of August 4", "DATE", "2025-W32")]),
    (WED, "Crowds filled the harbour over the weekend of the regatta.", [("the weekend", "DATE", "2025-W32-WE")]),
    # ---- "that morning" after a week-level date is a morning of that week, not its start
    (WED, "Earlier this week the mayor resigned. Earlier that morning she had met her lawyers.",
     [("Earlier this week", "DATE", "2025-W33", "START"), ("Earlier that morning", "DATE", "2025-W33", None)]),
    # ---- "hours later" without a number: the day the story just told, else the length, "later" outside (TimeBank)
    (WED, "The fire started on Sunday afternoon. Hours later the roof fell in.",
     [("Sunday afternoon", "TIME", "2025-08-10TAF"), ("Hours later", "DATE", "2025-08-10")]),
    (WED, "Days later, the mayor apologised.", [("Days", "DURATION", "PXD")]),
    (WED, "Months later, the town is still rebuilding.", [("Months", "DURATION", "PXM")]),
    (WED, 'Weeks later, a contrite mayor said: "Many people are to blame."', [("Weeks", "DURATION", "PXW")]),
    (WED, "The verdict will only come weeks later.", [("weeks", "DURATION", "PXW")]),
    (WED, "The bridge was finished weeks earlier than planned.", []),
    # ---- a past event just before a holiday only days away is before this year's holiday
    (dt.date(2025, 7, 2), "The plant was shut just before the July Fourth weekend.",
     [("July Fourth weekend", "DATE", "2025-W27-WE")]),
    (dt.date(2025, 7, 2), "Sales were strong over the Fourth of July weekend.",
     [("Fourth of July weekend", "DATE", "2024-W27-WE")]),
    (dt.date(2025, 7, 2), "The shop was robbed shortly before Christmas.", [("Christmas", "DATE", "2024-12-25")]),
    # ---- so many times a day, in words or digits, is how often; "the weekend before" a clause is the weekend ahead
    (WED, "Patients get the drops six times a day.", [("six times a day", "SET", "P1D")]),
    (WED, "The result may come late tomorrow or the weekend before we know more.",
     [("late tomorrow", "DATE", "2025-08-14", "END"), ("the weekend", "DATE", "2025-W33-WE")]),
    # ---- what a forecast or target names is not past, whatever the verb that reports it
    (FRI, "The mayor stuck to her prediction of a mid-October reopening.", [("mid-October", "DATE", "2025-10", "MID")]),
    # ---- "two weeks earlier than planned": a difference between two times, a duration
    (WED, "The bridge opened two weeks earlier than planned.", [("two weeks", "DURATION", "P2W")]),
    # ---- "virtually overnight" is very fast, not a night
    (WED, "The small bank vanished virtually overnight.", []),
    # ---- so is a change denied or made sudden: "won't change overnight", "made him famous overnight"; a night's work
    # ("will not work overnight", "did not come ashore overnight", "happened overnight") stays a night
    (WED, "\"Trust doesn't happen overnight,\" the mayor says.", []),
    (WED, "Habits won't change overnight, and the ferry can't be fixed overnight either.", []),
    (WED, "Her first novel made her famous overnight.", []),
    (WED, "Crews will not work overnight.", [("overnight", "TIME", "2025-08-13TNI")]),
    (WED, "The slick did not come ashore overnight.", [("overnight", "TIME", "2025-08-12TNI")]),
    (WED, "The break-in happened overnight.", [("overnight", "TIME", "2025-08-12TNI")]),
    # ---- "over the next month" ahead of the report, with no date named just before, is the DCT's next month
    (WED, "The plant opened on May 3. Its owners say output is steady, prices are firm and the staff like the new "
          "canteen, the car park and the extra training that came with the merger. The union agrees, and so do the "
          "suppliers, who have seen orders rise in every region they serve and hope for more of the same. The council "
          "said the new rules would be phased in over the next month.",
     [("May 3", "DATE", "2025-05-03"), ("the next month", "DATE", "2025-09")]),
    (WED, "The storm hit on May 3. Over the next month, the slick spread.",
     [("May 3", "DATE", "2025-05-03"), ("the next month", "DATE", "2025-06")]),
    # ---- days from a week-level anchor count from the day last named inside that week
    (SUN, "The mayor spoke on Friday night. The panel met this week. She denied what aides had said a day earlier.",
     [("Friday night", "TIME", "2025-08-15TNI"), ("this week", "DATE", "2025-W33"), ("a day earlier", "DATE", "2025-08-14")]),
    # ---- "in the evening on August 20": the evening of the date that follows, not the DCT's
    (WED, "Late in the evening on August 20, the council will vote.",
     [("Late in the evening", "TIME", "2025-08-20TEV", "END"), ("August 20", "DATE", "2025-08-20")]),
    # ---- "year olds", "-year-olds": ages, not periods
    (WED, "The vaccine is for one to four year olds and for 10-year-olds.", []),
    # ---- a bare date told in the past right after a full date of a past year, within weeks of
    # it, is that year's (an anniversary piece); not after a noun's date ("the May 2019 vote"),
    # not in a present perfect, a report or a plan seen from the day of the report
    (WED, "The ferry sank on July 30, 2019. Its owner had skipped a safety check on July 21.",
     [("July 30, 2019", "DATE", "2019-07-30"), ("July 21", "DATE", "2019-07-21")]),
    (WED, "The ferry sank on July 30, 2019. That night was calm. Divers had reached the hull by Aug. 3, "
          "and on Aug. 9 the search ended.",
     [("July 30, 2019", "DATE", "2019-07-30"), ("That night", "TIME", "2019-07-30TNI"), ("Aug. 3", "DATE", "2019-08-03"),
      ("Aug. 9", "DATE", "2019-08-09")]),
    (WED, "The ferry sank on Dec. 28, 2019. Divers recovered the bell on Jan. 4.",
     [("Dec. 28, 2019", "DATE", "2019-12-28"), ("Jan. 4", "DATE", "2020-01-04")]),
    (WED, "Voters backed the July 2019 referendum. The council had rejected the plan on July 21.",
     [("July 2019", "DATE", "2019-07"), ("July 21", "DATE", "2025-07-21")]),
    (WED, "The ferry sank on July 30, 2019. The town has held a vigil on July 28.",
     [("July 30, 2019", "DATE", "2019-07-30"), ("July 28", "DATE", "2025-07-28")]),
    (WED, "The ferry sank in August 2019. The owner said it would pay the families on Aug. 20.",
     [("August 2019", "DATE", "2019-08"), ("Aug. 20", "DATE", "2025-08-20")]),
    (WED, "She bought the boat in March 2019. It sank on 30 July that year.",
     [("March 2019", "DATE", "2019-03"), ("30 July", "DATE", "2019-07-30"), ("that year", "DATE", "2019")]),
    (WED, "The mayor spoke on Monday. Owners must declare their boats on Dec. 31 of the previous year.",
     [("Monday", "DATE", "2025-08-11"), ("Dec. 31 of the previous year", "DATE", "2024-12-31")]),
    # ---- generic uses that are no dates: a year's part or rank said of any year, "present" as an
    # adjective, trading "after hours", round-the-clock "24 hour" services, a clock time of a habit
    (WED, "New Year's Eve is the loudest night of the year.", [("New Year's Eve", "DATE", "2025-12-31")]),
    (WED, "The lagoon is too salty for fish most of the year.", []),
    (WED, "The lagoon was too salty for fish most of the year.", [("the year", "DATE", "2025")]),
    (WED, "Doctors fear the present outbreak, and the present value of the bonds fell.", []),
    (WED, "Focus on the present, she said.", [("the present", "DATE", "PRESENT_REF")]),
    (WED, "The stock slid in after hours trading.", []),
    (WED, "The city opened a 24 hour centre for flood victims and a 24-hour facility for testing.", []),
    (WED, "It takes 24 hours to test a sample.", [("24 hours", "DURATION", "PT24H")]),
    (WED, "Deliveries at 3am are common here, and the baker usually starts at 4.30 am.",
     [("3am", "TIME", "XXXX-XX-XXT03:00"), ("4.30 am", "TIME", "XXXX-XX-XXT04:30")]),
    (WED, "The baker started at 4.30 am.", [("4.30 am", "TIME", "2025-08-13T04:30")]),
    (WED, "The square glows like a Christmas tree, he is off her Christmas card list, and Operation Easter "
          "caught three thieves. They met at Christmas.", [("Christmas", "DATE", "2024-12-25")]),
    # ---- spans and ranges: "the 2004-06 period" in running text is two years (a table's "2004-06"
    # stays unread), centuries apart "between 1450 and 1600", "the 1940s/50s", a holiday of a story
    # told in a past year, "weeks later" after a present modal
    (WED, "Prices were stable in the 2004-06 period and during 2007-09, as table 2008-11 shows.",
     [("2004", "DATE", "2004"), ("06", "DATE", "2006"), ("2007", "DATE", "2007"), ("09", "DATE", "2009")]),
    (WED, "The maps date from between 1350 and 1500.", [("1350", "DATE", "1350"), ("1500", "DATE", "1500")]),
    (WED, "The guard said she left at about 1300 and returned between 1340 and 1350.", []),
    (WED, "Dance halls boomed in the 1920s/30s and again in the 1950/60s.",
     [("the 1920s", "DATE", "192"), ("30s", "DATE", "193"), ("1950", "DATE", "195"), ("60s", "DATE", "196")]),
    (WED, "The ship ran aground on Saturday 14 March 1970. The following day, tugs arrived. \"It was slow by the "
          "standards of today,\" he says. The minister had planned to spend his Easter holidays on the coast.",
     [("Saturday 14 March 1970", "DATE", "1970-03-14"), ("The following day", "DATE", "1970-03-15"),
      ("today", "DATE", "2025-08-13"), ("Easter", "DATE", "1970-03-29")]),
    (WED, "If the cap holds, the second well may not be needed to seal the leak weeks later.",
     [("weeks", "DURATION", "PXW")]),
    (WED, "Weeks later, the firm would admit the leak was larger.", [("Weeks", "DURATION", "PXW")]),
    # ---- written on a Monday, what was done "this week" was done in the week just ended; what
    # is ahead or in doubt ("hearings this week, senators said", "may shift this week") is this one's
    (MON, "Early in the week, inspectors doubled their count of dead birds.",
     [("Early in the week", "DATE", "2025-W33", "START")]),
    (MON, "The fungus was found this week in two orchards.", [("this week", "DATE", "2025-W33")]),
    (MON, "Ahead of hearings this week, two senators said the firm cut corners.", [("this week", "DATE", "2025-W34")]),
    (MON, "Forecasters said winds this week may push the slick north.", [("this week", "DATE", "2025-W34")]),
    (WED, "The fungus was found this week in two orchards.", [("this week", "DATE", "2025-W33")]),
    # ---- a year written once for two months joined by "of": "in May and June of 2019"
    (WED, "Tourists flocked there in May and June of 2019.", [("May", "DATE", "2019-05"), ("June of 2019", "DATE", "2019-06")]),
    # ---- "a day off" is how long someone is away; "the first One Day International" a cricket match
    (WED, "The mayor was criticised for taking a day off and the nurses have not had a week off since May.",
     [("a day", "DURATION", "P1D"), ("a week", "DURATION", "P1W"), ("May", "DATE", "2025-05")]),
    (WED, "Radio coverage of the first One Day International starts at noon.", [("noon", "TIME", "2025-08-13T12:00")]),
    # ---- a past modal ("could be seen") in a story told in a past year tells of that year's holiday,
    # and the story goes on past it; a modal beside the present ("warn", "is") looks ahead
    (WED, "The barge sank on Sunday 12 March 1972. The slick, as the paper noted, could be seen from the pier "
          "on Good Friday. On Easter Monday, the hull split.",
     [("Sunday 12 March 1972", "DATE", "1972-03-12"), ("Good Friday", "DATE", "1972-03-31"),
      ("Easter Monday", "DATE", "1972-04-03")]),
    (WED, "The barge sank on Sunday 10 December 1972. Divers say the wreck could be seen again at Christmas.",
     [("Sunday 10 December 1972", "DATE", "1972-12-10"), ("Christmas", "DATE", "2025-12-25")]),
    # ---- "as soon as March": the first moment something may happen, ahead; "May" and "March" after it are months
    (WED, "Shareholders could get a payout as soon as March, and the port may reopen as soon as June.",
     [("March", "DATE", "2026-03"), ("June", "DATE", "2026-06")]),
    # ---- a "will" governs its stretch of the sentence however long the name in it: the date is
    # ahead, whatever the reporting verb after the comma; a past verb after "will" keeps it past
    (WED, "Ortiz, who together with two deputies will appear before the Standing Committee on Fisheries and "
          "Coastal Affairs of the Lower House on Sept. 2, said the fleet was ready.", [("Sept. 2", "DATE", "2025-09-02")]),
    (WED, "Inspectors will study why the valve failed to close after the blast at the pumping station Sept. 2.",
     [("Sept. 2", "DATE", "2024-09-02")]),
    # ---- a bare month told in the past in a story set in a past year, up to half a year on, is
    # that year's, the story opened by a date written out or by an opening "In March 2019"
    (WED, "In March 2019 the ferry sank. In July, the owners paid the families.",
     [("March 2019", "DATE", "2019-03"), ("July", "DATE", "2019-07")]),
    (WED, "Shares fell between January and March 2019. From the end of March they rallied.",
     [("January", "DATE", "2019-01"), ("March 2019", "DATE", "2019-03"), ("the end of March", "DATE", "2019-03", "END")]),
    (WED, "In March 2019 the ferry sank. The owners have paid the families since July.",
     [("March 2019", "DATE", "2019-03"), ("July", "DATE", "2025-07")]),
    (WED, "The ferry sank on March 3, 2019. In December, the owners paid the families.",
     [("March 3, 2019", "DATE", "2019-03-03"), ("December", "DATE", "2024-12")]),
    # ---- an aside between dashes is another clause: its present does not make the weekday ahead
    (MON, "On a windy Saturday at the port, the only good news -- the tanker remains afloat -- was drowned out "
          "by warnings.", [("Saturday", "DATE", "2025-08-16")]),
    (MON, "On Saturday -- the port says -- the tanker will be towed.", [("Saturday", "DATE", "2025-08-23")]),
    # ---- days or weeks counted from a year are no day: that year, or now when told in the present
    (WED, "In 1998 the dam burst. Three days later, the army arrived.",
     [("1998", "DATE", "1998"), ("Three days later", "DATE", "1998")]),
    (WED, "The 1998 charter was weak. Three months later, we still have no answers.",
     [("1998", "DATE", "1998"), ("Three months later", "DATE", "2025-08")]),
    (WED, "On 3 March 1998 the dam burst. Three days later, the army arrived.",
     [("3 March 1998", "DATE", "1998-03-03"), ("Three days later", "DATE", "1998-03-06")]),
    # ---- "soon" told in the past is soon after the story's moment, not after the report: untagged
    (WED, "Smoke was soon all over the deck, and soon the old mill was burning.", []),
    (WED, "The crew will soon be home.", [("soon", "DATE", "FUTURE_REF")]),
    # ---- "most of the summer" is the summer, how much of it; "most of the summer lets" a modifier;
    # what takes place or happens "annually" recurs (a SET), a rise "annually" is a rate
    (WED, "Repairs could take most of the winter, and most of the winter ferries are docked.",
     [("the winter", "DATE", "2025-WI")]),
    (WED, "Landslides take place annually here and prices rise 3% annually.", [("annually", "SET", "P1Y")]),
    # ---- a modal of possibility with a weekday is ahead even inside past reporting ("could resume
    # Thursday"); past ability is not: a negation (the reporter's attempt), a perfect, or a verb of
    # perception in a past scene
    (WED, "Officials said crews could resume drilling Thursday morning.",
     [("Thursday morning", "TIME", "2025-08-14TMO")]),
    (WED, "The storm could reach the islands Friday night, Saturday or Sunday, forecasters said.",
     [("Friday night", "TIME", "2025-08-15TNI"), ("Saturday", "DATE", "2025-08-16"), ("Sunday", "DATE", "2025-08-17")]),
    (WED, "Crews can resume drilling Thursday, the agency said.", [("Thursday", "DATE", "2025-08-14")]),
    (WED, "A spokesman for the firm could not be reached Thursday.", [("Thursday", "DATE", "2025-08-07")]),
    (WED, "The company could have stopped the flood on Monday.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "Ash could be seen on Monday as the flames rose.", [("Monday", "DATE", "2025-08-11")]),
    # (guards on that rule: "later on Tuesday" is the day of the telling; a modal across ", and" or a
    # negated one rules no other clause; "must" is an obligation, no forecast)
    (WED, "Doctors said it was hoped one patient could return home later on Tuesday.", [("later on Tuesday", "DATE", "2025-08-12")]),
    (WED, "The test was delayed twice, once while engineers feared it could make the leak worse, and on Tuesday by "
          "a faulty valve.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "Why couldn't the agency warn us before Saturday?", [("Saturday", "DATE", "2025-08-09")]),
    (WED, "The firm must file its plan six months from Monday.",
     [("six months", "DURATION", "P6M"), ("Monday", "DATE", "2025-08-11")]),
    # ---- "from two to 10" is a range of numbers, not "two minutes to ten": a clock leaves out
    # "minutes" only for multiples of five, and "from ... to" makes a range
    (WED, "Confirmed cases in the region rose from two to 10 on Wednesday.", [("Wednesday", "DATE", "2025-08-13")]),
    (WED, "The stall sold eggs from nine to five on Tuesday.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "The train left at ten to three on Tuesday.", [("ten to three on Tuesday", "TIME", "2025-08-12T02:50")]),
    # ---- the present perfect takes no definite past time ("*has left on May 3"): a date it governs
    # that lies ahead of the DCT is this year's; "since" and a date modifying a noun stay past
    (WED, "The tour operator has canceled holidays to the resort until 22 October.", [("22 October", "DATE", "2025-10-22")]),
    (WED, "The regulator has set a hearing for Oct. 4.", [("Oct. 4", "DATE", "2025-10-04")]),
    (WED, "We have booked a cabin on the lake in September.", [("September", "DATE", "2025-09")]),
    (WED, "The ferry has carried 300 passengers since October 2.", [("October 2", "DATE", "2024-10-02")]),
    (WED, "Shares have recovered from their October low.", [("October", "DATE", "2024-10")]),
    # ---- a future seen from a past saying ("said he would ...", "had vowed to ... by", "would not
    # comment") is a plan told in the past: the days just after the saying, which may lie before
    # the report; six days ahead is the day before ("next week" keeps it ahead)
    (WED, "The minister said he would chair a crisis meeting on Tuesday.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "A spokesman for the port would not comment Tuesday night.", [("Tuesday night", "TIME", "2025-08-12TNI")]),
    (WED, "The firm had vowed to finish the repairs by midday Tuesday.", [("midday Tuesday", "TIME", "2025-08-12TMI")]),  # midday: a part of the day
    (WED, "The minister said he would chair a crisis meeting on Friday.", [("Friday", "DATE", "2025-08-15")]),
    (WED, "The minister said he would chair a crisis meeting on Tuesday next week.",
     [("Tuesday", "DATE", "2025-08-19"), ("next week", "DATE", "2025-W34")]),
    # ---- a dated act of saying is done, whatever the tense of what was said ("the announcement on
    # Tuesday that it will close"); a relative clause between commas is not the main verb
    (WED, "The council's announcement on Tuesday that it will close the library angered parents.",
     [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "On Tuesday the brothers, who will play at the festival, visited the old house.", [("Tuesday", "DATE", "2025-08-12")]),
    (WED, "On Friday the mayor, who was re-elected last year, will open the bridge.",
     [("Friday", "DATE", "2025-08-15"), ("last year", "DATE", "2024")]),
    # ---- a weekday heading a paper's or a show's name is no date, with the name between ("the Sunday
    # New York Times", "the Saturday Early Breakfast Show")
    (WED, "She reads the Sunday Boston Herald and hosts the Saturday Early Breakfast Show.", []),
    # ---- a planning participle between commas ("the hearing, set for Thursday, was delayed") is a
    # plan as it is without them: the date lies ahead of the main verb, not a week back
    (WED, "The hearing, set for Thursday, was delayed.", [("Thursday", "DATE", "2025-08-14")]),
    (WED, "The ferry talks, planned for Sept. 3, were called off.", [("Sept. 3", "DATE", "2025-09-03")]),
    (WED, "The concert, set for September, was cancelled.", [("September", "DATE", "2025-09")]),
    (WED, "The record, set in June, still stands.", [("June", "DATE", "2025-06")]),
    # ---- "this" before a month and its year belongs to the noun after them ("this June 2010 photo"):
    # the year is written, the month and year are one expression
    (WED, "This June 2019 photo shows the old pier.", [("June 2019", "DATE", "2019-06")]),
    (WED, "In this Sept. 2021 file picture, divers inspect the wreck.", [("Sept. 2021", "DATE", "2021-09")]),
    (WED, "The pier reopens this September.", [("this September", "DATE", "2025-09")]),
    # ---- a yearless date right after "N years ago" is that year's ("Three years ago on May 4")
    (WED, "Three years ago on May 4, the mill burned down.",
     [("Three years ago", "DATE", "2022"), ("May 4", "DATE", "2022-05-04")]),
    (WED, "Two years ago in June, the river flooded the square.",
     [("Two years ago", "DATE", "2023"), ("June", "DATE", "2023-06")]),
    (WED, "Four years ago, on the 9th of March, I met my wife and we married that day.",
     [("Four years ago", "DATE", "2021"), ("the 9th of March", "DATE", "2021-03-09"), ("that day", "DATE", "2021-03-09")]),
    (WED, "Two years ago the mayor said the pier would reopen on May 4.",
     [("Two years ago", "DATE", "2023"), ("May 4", "DATE", "2025-05-04")]),
    # ---- "a day after he ...": a span from an event told as a clause, as "a day after the vote" is
    (WED, "Her remarks came a day after he resigned.", [("a day", "DURATION", "P1D")]),
    (WED, "The ferry sailed a week after Parliament approved the fares.", [("a week", "DURATION", "P1W")]),
    (WED, "The plant pumps 400 tonnes a day after the repairs.", []),
    # ---- "about" before a weekday is the topic ("details about Thursday's meeting"), not an
    # approximation: nobody writes "roughly Thursday"
    (WED, "Details about Thursday's meeting were released by the council.", [("Thursday", "DATE", "2025-08-07")]),
    (WED, "Reporters asked her about Monday.", [("Monday", "DATE", "2025-08-11")]),
    (WED, "The fire began at about 10 p.m. Monday.", [("about 10 p.m. Monday", "TIME", "2025-08-11T22:00", "APPROX")]),
    # ---- a clock in another zone in parentheses after a zoned one is the same instant: an American
    # evening in GMT is the next day ("9 p.m. EDT (0100 GMT)")
    (WED, "The governor will speak at 9 p.m. EDT (0100 GMT).",
     [("9 p.m. EDT", "TIME", "2025-08-13T21:00-04:00"), ("0100 GMT", "TIME", "2025-08-14T01:00Z")]),
    (WED, "Polls closed at 8 p.m. ET (0001 GMT) on Tuesday.",
     [("8 p.m. ET", "TIME", "2025-08-12T20:00-04:00"), ("0001 GMT", "TIME", "2025-08-13T00:01Z"), ("Tuesday", "DATE", "2025-08-12")]),
    (WED, "Trading opened at 9:30 a.m. EDT (1330 GMT).",
     [("9:30 a.m. EDT", "TIME", "2025-08-13T09:30-04:00"), ("1330 GMT", "TIME", "2025-08-13T13:30Z")]),
]


@pytest.mark.parametrize(("dct", "sentence", "expected"), TABLE, ids=[row[1][:50] for row in TABLE])
def test_heldout_failure_classes(dct: dt.date, sentence: str, expected: list[tuple[str, ...]]) -> None:
    got = tag(sentence, dct)
    assert [(t.text, t.type, t.value) for t in got] == [e[:3] for e in expected]
    for t, e in zip(got, expected, strict=True):
        if len(e) > 3:
            assert t.mod == e[3]
