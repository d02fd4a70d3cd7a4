"""The tagger on the language of current (2020s) wire and online news.

TimeBank (1989-1998 newswire) rarely says "Feb 27" without a period, "1Q26",
"FY2025", "YTD", "9/11" or "3 p.m. ET"; the product's users feed it modern
articles. Each row is a realistic sentence in the style of Reuters, AP, CNBC,
BBC or NYT with a fixed DCT and the TIMEX3 spans, types and values the TimeML
guidelines give (span conventions as in TimeBank: "last week" whole, "Friday"
without "on", "the weekend" without "over", the mod inside for "early"/"late"/
"about"). A fourth item in an expected tuple is the mod; without it the mod is
not checked. Negative rows (names, scores, product numbers) expect nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.tagger import tag

FRI = dt.date(2026, 2, 27)   # Friday, ISO week 2026-W09, Q1 2026
TUE = dt.date(2025, 11, 18)  # Tuesday, ISO week 2025-W47, Q4 2025
MON = dt.date(2024, 7, 15)   # Monday, election year

Row = tuple[dt.date, str, list[tuple[str, ...]]]

TABLE: list[Row] = [
    # ---- month and day without a year: tense picks the year
    (FRI, "The company said on Feb. 24 that it would cut 1,000 jobs.", [("Feb. 24", "DATE", "2026-02-24")]),
    (FRI, "The hearing is set for March 12.", [("March 12", "DATE", "2026-03-12")]),
    (FRI, "Apple unveiled the phone on Sept 9.", [("Sept 9", "DATE", "2025-09-09")]),
    (FRI, "Nvidia will report results on Feb 25 next year.", [("Feb 25", "DATE", "2027-02-25"), ("next year", "DATE", "2027")]),
    (FRI, "Thousands rallied in London on 14 February.", [("14 February", "DATE", "2026-02-14")]),
    (FRI, "Returns are due by 15 April.", [("15 April", "DATE", "2026-04-15")]),
    (TUE, "The trial is set to begin Jan. 12.", [("Jan. 12", "DATE", "2026-01-12")]),
    (TUE, "The law takes effect Jan. 1.", [("Jan. 1", "DATE", "2026-01-01")]),
    (FRI, "The patch will be released on 3 March.", [("3 March", "DATE", "2026-03-03")]),
    (FRI, "Apple's developer conference kicks off June 8.", [("June 8", "DATE", "2026-06-08")]),
    (FRI, "Congress certified the results on Jan. 6.", [("Jan. 6", "DATE", "2026-01-06")]),
    (FRI, "The hurricane season runs from June 1 to Nov. 30.",
     [("June 1", "DATE", "2026-06-01"), ("Nov. 30", "DATE", "2026-11-30")]),
    # ---- numeric dates
    (FRI, "The filing, dated 2026-02-20, was made public Thursday.",
     [("2026-02-20", "DATE", "2026-02-20"), ("Thursday", "DATE", "2026-02-26")]),
    (FRI, "The order was signed 2/20/26 and posted online.", [("2/20/26", "DATE", "2026-02-20")]),
    (FRI, "Memorials marked the 25th anniversary of 9/11 in September.",
     [("9/11", "DATE", "2001-09-11"), ("September", "DATE", "2025-09")]),
    (FRI, "Security has been tightened at airports since 9/11.", [("9/11", "DATE", "2001-09-11")]),
    # ---- years, fiscal periods, quarters, halves
    (FRI, "Candidates are already eyeing the 2028 election.", [("2028", "DATE", "2028")]),
    (FRI, "Courts rejected claims of fraud in the 2020 election.", [("2020", "DATE", "2020")]),
    (FRI, "Revenue for FY2025 rose 12%.", [("FY2025", "DATE", "2025")]),
    (FRI, "The chipmaker guided to FY26 revenue of $12 billion.", [("FY26", "DATE", "2026")]),
    (FRI, "The company expects fiscal 2026 sales of $40 billion.", [("fiscal 2026", "DATE", "2026")]),
    (FRI, "Deliveries rose 8% in Q4 2025.", [("Q4 2025", "DATE", "2025-Q4")]),
    (FRI, "Analysts expect a rebound in 1Q26.", [("1Q26", "DATE", "2026-Q1")]),
    (FRI, "Margins should improve in H2 2026.", [("H2 2026", "DATE", "2026-H2")]),
    (FRI, "Tesla reported fourth-quarter earnings on Wednesday.",
     [("fourth-quarter", "DATE", "2025-Q4"), ("Wednesday", "DATE", "2026-02-25")]),
    (FRI, "The merger is expected to close in the first half of 2026.", [("the first half of 2026", "DATE", "2026-H1")]),
    (FRI, "The company cut its outlook for 2026.", [("2026", "DATE", "2026")]),
    (FRI, "The company's 2025 revenue topped $10 billion.", [("2025", "DATE", "2025")]),
    (FRI, "Mortgage rates hit their highest level since 2000.", [("2000", "DATE", "2000")]),
    (FRI, "Prices have doubled since '22.", [("'22", "DATE", "2022")]),
    (FRI, "He scored '10 points' in the final.", []),
    (FRI, "It was 2025's best-selling car.", [("2025", "DATE", "2025")]),
    (FRI, "Revenue in fiscal Q3 rose 20%.", [("fiscal Q3", "DATE", "2025-Q3")]),
    # ---- year-to-date
    (FRI, "The stock is up 14% year-to-date.", [("year-to-date", "DATE", "2026")]),
    (FRI, "The Nasdaq has gained 9% YTD.", [("YTD", "DATE", "2026")]),
    (FRI, "The index is up 2.1% so far this year.", [("this year", "DATE", "2026")]),
    # ---- decades and parts of years
    (FRI, "Streaming took off in the 2010s.", [("the 2010s", "DATE", "201")]),
    (FRI, "The plant opened in mid-2025.", [("mid-2025", "DATE", "2025", "MID")]),
    (FRI, "The company plans an IPO in late 2026.", [("late 2026", "DATE", "2026", "END")]),
    (FRI, "Production resumed in early January.", [("early January", "DATE", "2026-01", "START")]),
    (FRI, "The flu season peaked in late December.", [("late December", "DATE", "2025-12", "END")]),
    (FRI, "He will step down at the end of March.", [("the end of March", "DATE", "2026-03", "END")]),
    (TUE, "The program expires at the end of 2025.", [("the end of 2025", "DATE", "2025", "END")]),
    (FRI, "The deal is expected to close by the end of the year.", [("the end of the year", "DATE", "2026", "END")]),
    (FRI, "The company aims to hire 500 people by year-end.", [("year-end", "DATE", "2026", "END")]),
    # ---- weekends, nights, parts of days
    (FRI, "Protests are planned this weekend.", [("this weekend", "DATE", "2026-W09-WE")]),
    (FRI, "Thousands marched over the weekend.", [("the weekend", "DATE", "2026-W08-WE")]),
    (FRI, "Oil prices jumped overnight.", [("overnight", "TIME", "2026-02-26TNI")]),
    (FRI, "Temperatures fell to minus 20 degrees overnight Tuesday.", [("overnight Tuesday", "TIME", "2026-02-24TNI")]),
    (FRI, "The attack came late Monday night.", [("late Monday night", "TIME", "2026-02-23TNI", "END")]),
    (FRI, "Rescuers reached the site early Tuesday morning.", [("early Tuesday morning", "TIME", "2026-02-24TMO", "START")]),
    (FRI, "A second round of storms is expected Sunday into Monday.",
     [("Sunday", "DATE", "2026-03-01"), ("Monday", "DATE", "2026-03-02")]),
    (FRI, "Officials met Monday night to discuss the plan.", [("Monday night", "TIME", "2026-02-23TNI")]),
    (FRI, "The Senate vote is scheduled for Tuesday morning.", [("Tuesday morning", "TIME", "2026-03-03TMO")]),
    (TUE, "Earlier Tuesday, the Senate passed the bill.", [("Earlier Tuesday", "DATE", "2025-11-18")]),
    (TUE, "The storm is forecast to make landfall late Thursday.", [("late Thursday", "DATE", "2025-11-20", "END")]),
    (FRI, "Dow futures slipped early Monday.", [("early Monday", "DATE", "2026-02-23", "START")]),
    (FRI, "Temperatures will drop below freezing Saturday night.", [("Saturday night", "TIME", "2026-02-28TNI")]),
    (FRI, "The Warriors beat the Celtics 112-108 on Wednesday night.", [("Wednesday night", "TIME", "2026-02-25TNI")]),
    # ---- relative days, weeks, months
    (TUE, "Prices will rise later this month.", [("later this month", "DATE", "2025-11", "END")]),
    (FRI, "The panel will meet next Thursday.", [("next Thursday", "DATE", "2026-03-05")]),
    (FRI, "A judge on Monday blocked the order.", [("Monday", "DATE", "2026-02-23")]),
    (FRI, "The winter storm could bring a foot of snow by Tuesday.", [("Tuesday", "DATE", "2026-03-03")]),
    (FRI, "The tournament runs through Sunday.", [("Sunday", "DATE", "2026-03-01")]),
    (FRI, "The company will report results after the bell on Thursday.", [("Thursday", "DATE", "2026-03-05")]),
    (FRI, "Storms battered the coast Tuesday into Wednesday.",
     [("Tuesday", "DATE", "2026-02-24"), ("Wednesday", "DATE", "2026-02-25")]),
    (FRI, "The heat wave is expected to last into next week.", [("next week", "DATE", "2026-W10")]),
    (FRI, "The measure passed the House last month.", [("last month", "DATE", "2026-01")]),
    (FRI, "Inflation cooled in January, the Labor Department said Wednesday.",
     [("January", "DATE", "2026-01"), ("Wednesday", "DATE", "2026-02-25")]),
    (FRI, "The Fed is expected to cut rates in March.", [("March", "DATE", "2026-03")]),
    (FRI, "Bitcoin hit a record in December.", [("December", "DATE", "2025-12")]),
    (FRI, "The Supreme Court will hear arguments in October.", [("October", "DATE", "2026-10")]),
    (FRI, "Schools will reopen in the fall.", [("the fall", "DATE", "2026-FA")]),
    (FRI, "The program was launched five years ago.", [("five years ago", "DATE", "2021")]),
    # ---- durations
    (FRI, "The results are due in two weeks.", [("two weeks", "DURATION", "P2W")]),
    (FRI, "The agency must respond within 90 days.", [("90 days", "DURATION", "P90D")]),
    (FRI, "The company has lost money for the past decade.", [("the past decade", "DURATION", "P1E")]),
    (FRI, "Shares have fallen 30% over the past 12 months.", [("the past 12 months", "DURATION", "P12M")]),
    (FRI, "The outage lasted about three hours.", [("about three hours", "DURATION", "PT3H", "APPROX")]),
    (FRI, "The president spoke for nearly two hours.", [("nearly two hours", "DURATION", "PT2H", "APPROX")]),
    (FRI, "He was sentenced to 30 years in prison.", [("30 years", "DURATION", "P30Y")]),
    (FRI, "The company has been profitable for three straight quarters.",
     [("three straight quarters", "DURATION", "P3Q")]),
    # ---- since, from/to, between
    (FRI, "Prices have doubled since 2019.", [("2019", "DATE", "2019")]),
    (FRI, "Sales have slumped since January.", [("January", "DATE", "2026-01")]),
    (FRI, "He served as CEO from 2019 to 2022.", [("2019", "DATE", "2019"), ("2022", "DATE", "2022")]),
    (FRI, "Rain is expected between March and May.", [("March", "DATE", "2026-03"), ("May", "DATE", "2026-05")]),
    (FRI, "Rates have been unchanged since December 2024.", [("December 2024", "DATE", "2024-12")]),
    (FRI, "The Chiefs won the Super Bowl in February 2024.", [("February 2024", "DATE", "2024-02")]),
    # ---- clock times and zones
    (FRI, "Trading halts at 3 p.m. ET.", [("3 p.m. ET", "TIME", "2026-02-27T15:00-05:00")]),
    (FRI, "The jobs report is released at 8:30 a.m. EST.", [("8:30 a.m. EST", "TIME", "2026-02-27T08:30-05:00")]),
    (FRI, "Polls close at noon Eastern.", [("noon Eastern", "TIME", "2026-02-27T12:00-05:00")]),
    (FRI, "Talks resume at 14:00 GMT.", [("14:00 GMT", "TIME", "2026-02-27T14:00Z")]),
    (FRI, "Tickets go on sale at 10 a.m. PT Friday.", [("10 a.m. PT Friday", "TIME", "2026-02-27T10:00-08:00")]),
    (MON, "The rally starts at 7 p.m. ET.", [("7 p.m. ET", "TIME", "2024-07-15T19:00-04:00")]),
    (FRI, "The ceasefire took effect at midnight.", [("midnight", "TIME", "2026-02-27T00:00")]),
    # ---- holidays, resolved per year
    (MON, "Early voting ends before Election Day.", [("Election Day", "DATE", "2024-11-05")]),
    (TUE, "Retailers expect record sales before Christmas.", [("Christmas", "DATE", "2025-12-25")]),
    (FRI, "Fireworks lit up the sky on New Year's Eve.", [("New Year's Eve", "DATE", "2025-12-31")]),
    (TUE, "Airlines expect record travel over Thanksgiving.", [("Thanksgiving", "DATE", "2025-11-27")]),
    (FRI, "The airline canceled 1,200 flights on Christmas Day.", [("Christmas Day", "DATE", "2025-12-25")]),
    (FRI, "Stores will close early on Memorial Day.", [("Memorial Day", "DATE", "2026-05-25")]),
    (FRI, "Markets were closed on Presidents Day.", [("Presidents Day", "DATE", "2026-02-16")]),
    (FRI, "He shopped on Black Friday last year.", [("Black Friday", "DATE", "2025-11-28"), ("last year", "DATE", "2025")]),
    (TUE, "Crowds are expected over Thanksgiving weekend.", [("Thanksgiving weekend", "DATE", "2025-W48-WE")]),
    (FRI, "Gas prices rose ahead of the Memorial Day holiday weekend.",
     [("Memorial Day holiday weekend", "DATE", "2026-W21-WE")]),
    # (the holiday in a name is no date; "decades of conflict" is a period, as TimeBank's "[months] of talks")
    (FRI, "The Good Friday Agreement ended decades of conflict.", [("decades", "DURATION", "PXE")]),
    (FRI, "Christmas Island is an Australian territory.", []),
    # ---- sets
    (FRI, "The agency publishes the data daily.", [("daily", "SET", "P1D")]),
    (FRI, "Trash is collected every other week.", [("every other week", "SET", "P2W")]),
    (FRI, "The company pays a dividend quarterly.", [("quarterly", "SET", "P3M")]),
    (FRI, "The rankings are updated annually.", [("annually", "SET", "P1Y")]),
    (FRI, "Elections are held every four years.", [("every four years", "SET", "P4Y")]),
    (FRI, "The council meets every Tuesday.", [("every Tuesday", "SET", "XXXX-WXX-2")]),
    # ---- international and online formats
    (FRI, "The deal was announced on 27/02/2026.", [("27/02/2026", "DATE", "2026-02-27")]),
    (FRI, "The filing is dated 2026/02/20.", [("2026/02/20", "DATE", "2026-02-20")]),
    # (a day and its clock with nothing between are one TIME, as TimeBank's "08-15-90 1337EDT")
    (FRI, "Fri 27 Feb 2026 14.30 GMT", [("Fri 27 Feb 2026 14.30 GMT", "TIME", "2026-02-27T14:30Z")]),
    (FRI, "Updated Tue, Feb 24, 2026 at 6:02 PM EST", [("Tue, Feb 24, 2026", "DATE", "2026-02-24"),
                                                      ("6:02 PM EST", "TIME", "2026-02-24T18:02-05:00")]),
    (FRI, "WASHINGTON, Feb 27 (Reuters) - The Senate passed the bill.", [("Feb 27", "DATE", "2026-02-27")]),
    (FRI, "The BBC reported on Friday 27 February 2026 that talks had stalled.",
     [("Friday 27 February 2026", "DATE", "2026-02-27")]),
    # ---- days that name events
    (FRI, "Congress created the panel after the Sept. 11 attacks.", [("Sept. 11", "DATE", "2001-09-11")]),
    (FRI, "The Jan. 6 attack on the Capitol led to hundreds of prosecutions.", [("Jan. 6", "DATE", "2021-01-06")]),
    # ---- company periods
    (FRI, "Sales rose in the December quarter.", [("the December quarter", "DATE", "2025-Q4")]),
    (FRI, "Apple will report results for the March quarter in April.",
     [("the March quarter", "DATE", "2026-Q1"), ("April", "DATE", "2026-04")]),
    (FRI, "The firm's first-half profit doubled.", [("first-half", "DATE", "2025-H1")]),
    (FRI, "The launch slipped to the fourth quarter of next year.", [("the fourth quarter of next year", "DATE", "2027-Q4")]),
    (FRI, "Officials expect the work to be completed by the end of the decade.",
     [("the end of the decade", "DATE", "202", "END")]),
    # ---- ranges
    (FRI, "The tournament runs from Thursday through Sunday.",
     [("Thursday", "DATE", "2026-03-05"), ("Sunday", "DATE", "2026-03-08")]),
    (FRI, "The storm dumped 2 feet of snow from Saturday night through Monday morning.",
     [("Saturday night", "TIME", "2026-02-21TNI"), ("Monday morning", "TIME", "2026-02-23TMO")]),
    (FRI, "Mr. Biden served as vice president from 2009 to 2017.", [("2009", "DATE", "2009"), ("2017", "DATE", "2017")]),
    (FRI, "The storm season peaks in August and September.",
     [("August", "DATE", "2026-08"), ("September", "DATE", "2026-09")]),
    (FRI, "The Oct. 7 attacks killed about 1,200 people.", [("Oct. 7", "DATE", "2023-10-07")]),
    (FRI, "Hamas attacked Israel on Oct. 7, 2023.", [("Oct. 7, 2023", "DATE", "2023-10-07")]),
    (TUE, "The October jobs report was delayed by the shutdown.", [("October", "DATE", "2025-10")]),
    (FRI, "Apple's September event drew record viewers.", [("September", "DATE", "2025-09")]),
    (FRI, "The May election was close.", [("May", "DATE", "2025-05")]),
    (FRI, "The March for Life drew thousands.", []),
    (FRI, "Brian May played the anthem.", []),
    (FRI, "The satellite will launch no earlier than March 15.", [("March 15", "DATE", "2026-03-15")]),
    (FRI, "Snow will begin after midnight and continue through Saturday morning.",
     [("midnight", "TIME", "2026-02-28T00:00"), ("Saturday morning", "TIME", "2026-02-28TMO")]),
    (FRI, "The hurricane made landfall early Wednesday as a Category 4 storm.",
     [("early Wednesday", "DATE", "2026-02-25", "START")]),
    (FRI, "He faces up to 20 years in prison.", [("up to 20 years", "DURATION", "P20Y", "EQUAL_OR_LESS")]),
    (FRI, "The company posted record revenue in the September quarter.", [("the September quarter", "DATE", "2025-Q3")]),
    (FRI, "Earlier in the week, the S&P 500 hit an all-time high.", [("the week", "DATE", "2026-W09", "START")]),
    (FRI, "Markets will be closed on April 3 for Good Friday.",
     [("April 3", "DATE", "2026-04-03"), ("Good Friday", "DATE", "2026-04-03")]),
    # ---- British and European style
    (FRI, "The strike will last 48 hours, starting at 00:01 on Monday.",
     [("48 hours", "DURATION", "PT48H"), ("00:01 on Monday", "TIME", "2026-03-02T00:01")]),
    (FRI, "The government spent £2bn over the last financial year.", [("the last financial year", "DATE", "2025")]),
    (FRI, "Voting takes place on Thursday 7 May.", [("Thursday 7 May", "DATE", "2026-05-07")]),
    (FRI, "The FTSE 100 rose 0.4% by 0800 GMT.", [("0800 GMT", "TIME", "2026-02-27T08:00Z")]),
    (FRI, "The inquiry's report is due in the autumn.", [("the autumn", "DATE", "2026-FA")]),
    # ---- sports fixtures and tech launches
    (FRI, "The Chiefs play the Bills in the AFC Championship on Sunday.", [("Sunday", "DATE", "2026-03-01")]),
    (FRI, "The Knicks host the Celtics Tuesday night.", [("Tuesday night", "TIME", "2026-03-03TNI")]),
    (FRI, "The Masters begins April 9 at Augusta National.", [("April 9", "DATE", "2026-04-09")]),
    (FRI, "The season was suspended in March 2020 because of the pandemic.", [("March 2020", "DATE", "2020-03")]),
    (FRI, "The chatbot launched in November 2022.", [("November 2022", "DATE", "2022-11")]),
    (FRI, "Meta's stock has tripled since late 2022.", [("late 2022", "DATE", "2022", "END")]),
    (FRI, "The feature will be available later this spring.", [("later this spring", "DATE", "2026-SP", "END")]),
    (FRI, "Shares have lost half their value since the start of the year.",
     [("the start of the year", "DATE", "2026", "START")]),
    # ---- limits: "by", "until", "through" point ahead unless the clause is past
    (FRI, "The forecast calls for rain through the weekend.", [("the weekend", "DATE", "2026-W09-WE")]),
    (FRI, "The offer is good through Dec. 31.", [("Dec. 31", "DATE", "2026-12-31")]),
    (FRI, "Lenders have extended the credit line through January.", [("January", "DATE", "2027-01")]),
    (TUE, "He had until Friday to respond.", [("Friday", "DATE", "2025-11-14")]),
    (FRI, "The Senate confirmed her in a 51-49 vote on Thursday.", [("Thursday", "DATE", "2026-02-26")]),
    # ---- not dates
    (FRI, "Apple's iPhone 16 went on sale to strong demand.", []),
    (FRI, "Microsoft pushed users to upgrade to Windows 11.", []),
    (FRI, "Section 230 shields platforms from liability.", []),
    (FRI, "They drove the length of Route 66.", []),
    (FRI, "The former president flew to Mar-a-Lago.", []),
    (FRI, "The 49ers beat the Rams in overtime.", []),
    (FRI, "May Mobility raised $100 million from investors.", []),
    (FRI, "United secured a 2-1 win at Anfield.", []),
    (FRI, "The board approved the plan in a 3-2 vote.", []),
    (FRI, "The premium tier costs $2024 a seat.", []),
    (FRI, "Theresa May said the deal was dead.", []),
    (FRI, "April Ryan asked the first question.", []),
    (FRI, "June Carter recorded the song with Johnny Cash.", []),
    (FRI, "The help line runs 24/7.", []),
    (FRI, "COVID-19 cases rose sharply last week.", [("last week", "DATE", "2026-W08")]),
    (FRI, "The Golden State Warriors won 121-117.", []),
]


@pytest.mark.parametrize(("dct", "sentence", "expected"), TABLE, ids=[row[1][:50] for row in TABLE])
def test_modern_news(dct: dt.date, sentence: str, expected: list[tuple[str, ...]]) -> None:
    got = tag(sentence, dct)
    assert [(t.text, t.type, t.value) for t in got] == [e[:3] for e in expected]
    for t, e in zip(got, expected, strict=True):
        if len(e) > 3:
            assert t.mod == e[3], (t.text, t.mod)
        assert sentence[t.start:t.end] == t.text


def test_table_is_big_enough() -> None:
    assert len(TABLE) >= 80
