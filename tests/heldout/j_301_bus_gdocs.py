"""8587-301 Understanding the Mentoring Process: a bus depot supervisor's answers, PDF from Google Docs.

Dev Chauhan is an operations supervisor at a bus garage and mentors newly qualified
drivers. He wrote in Google Docs and downloaded a PDF: every paragraph arrives as short
hard-broken lines (each its own block, about 65 characters). His only headings are 'Task 1'
to 'Task 4', as the centre's brief grouped the criteria (Task 1 = 1.1-1.4, Task 2 =
2.1-2.3, Task 3 = 3.1-3.3, Task 4 = 4.1-4.2); inside each task he answers the criteria
in running prose with no numbers. In Task 4 he explains the purpose of records and then
writes that the reflective practice and supervision part is 'still to do', so 4.2 is
genuinely unanswered (None). No declaration; no matrix (a knowledge unit).

Planted: a mentee's e-mail pasted whole in Task 1, with her full name and her address,
and a second mentee by initial and surname in Task 3. Otherwise "Driver A"/"Driver B",
the Garage Manager and his tutor by role, Ashford Road garage, the Ticketer machines,
Clutterbuck, Megginson, Kram and Egan, months and weekdays.
"""

import textwrap

from corpus.case import Case, H, P, SourceFile

LABELS = {
    "1.1": "new drivers who stay past their first year",
    "1.2": "a critical friend who has driven the routes",
    "1.3": "knowing the rule book without hiding behind it",
    "1.4": "swap the mentor onto the same duty board",
    "2.1": "ride the first week of service with them",
    "2.2": "so neither of us is guessing what the other expects",
    "2.3": "never be the person who writes up their incident",
    "3.1": "the second stage, which is when it really starts",
    "3.2": "a confidence scale from one to ten",
    "3.3": "compare the two wheels side by side",
    "4.1": "a record the driver keeps in their own words",
    "4.2": None,
}
PLANTED = ["Shannon Pryce", "shannon.pryce87@gmail.com", "K. Dhillon"]
_KEEP = "\x00"


def lines(text: str, width: int = 65) -> list:
    """A paragraph as Google Docs exported it: short hard-broken lines, labels and names whole."""
    flat = " ".join(text.split())
    for phrase in [p for p in LABELS.values() if p] + PLANTED:
        flat = flat.replace(phrase, phrase.replace(" ", _KEEP))
    return [P(line.replace(_KEEP, " ")) for line in textwrap.wrap(flat, width)]


BLOCKS = [
    *lines("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    *lines("Unit 301 Understanding the Mentoring Process - Dev Chauhan - Operations Supervisor, Redline Buses, Ashford Road garage"),

    H(1, "Task 1"),
    *lines("""Mentoring at Redline is mostly about new drivers. We train about sixty a year at
      Ashford Road and for a long time we lost nearly a third of them inside twelve months,
      usually in the first winter when they get the late duties and the difficult routes.
      The company started a mentoring scheme three years ago, and its purpose is simple:
      new drivers who stay past their first year, who drive safely and who feel part of the
      garage. For the organisation that means lower recruitment and training costs, fewer
      collisions and complaints, and a better punctuality figure for the local authority
      contract. For the driver it means someone to turn to who is not their manager."""),
    *lines("""I think the best way to show the purpose is an e-mail one of my mentees sent me
      last year, which I have kept:"""),
    *lines("""'From: Shannon Pryce <shannon.pryce87@gmail.com> Sent: Sunday 12 January. Hi Dev,
      just wanted to say thanks for Friday. I was ready to hand my notice in after the
      thing on the 47 but talking it through made me see it wasn't all me. Still here!'"""),
    *lines("""The role of the mentor here is to be a critical friend who has driven the routes,
      someone a new driver can ask the questions they would not ask the Garage Manager. The
      mentor listens, helps the driver make sense of bad days, shares experience, helps set
      goals, and encourages them to solve things themselves. The responsibilities are to
      meet regularly as agreed, keep what is said confidential apart from safety matters,
      keep records, stay in the role (not become the driver's trainer or their manager),
      and refer on to the union rep, occupational health or the driving standards team when
      something is beyond mentoring."""),
    *lines("""An effective mentor needs skills, knowledge and behaviours. Skills: listening,
      questioning, summarising, giving feedback, helping someone set goals. Knowledge: how
      the garage works, the routes and the duty system, knowing the rule book without hiding
      behind it, and enough about mentoring to use a model. Behaviours: patience, honesty,
      reliability, being non-judgemental, being a good role model on the road and in the
      canteen, and respecting confidentiality."""),
    *lines("""The barriers are mostly about shifts. A mentor on earlies and a mentee on lates
      may never meet; the answer is to swap the mentor onto the same duty board for the
      first month, or meet at the changeover. Another barrier is that new drivers fear
      looking weak, so they say everything is fine; having mentors who are drivers, not
      supervisors, helps, and so does the mentor talking about their own bad days. A third
      is the canteen culture, where some old hands tell new ones the scheme is a waste of
      time; the Garage Manager backing it in the monthly briefing makes a difference. The
      last is the mentor's own time, which is solved by paying for the hour."""),

    H(1, "Task 2"),
    *lines("""To get a good working relationship going, I would first meet the new driver in
      their last week of training, before they are on their own, so I am a familiar face.
      I ride the first week of service with them as a passenger on one trip, which says
      more about being on their side than any form. At the first proper meeting I ask about
      them, not just the job, share a bit of my own story, and use a short questionnaire on
      what worries them most. Being matched with someone from a different part of the rota
      so they are not mentored by someone they compete with for overtime also helps."""),
    *lines("""Contracting matters because mentoring is voluntary and informal, and without an
      agreement it drifts or turns into moaning sessions. The reason for a contract is to
      agree what we are both there for, so neither of us is guessing what the other expects.
      The process is: talk through what the driver wants from the next six months; agree
      how often we meet (fortnightly for three months, then monthly), where (the quiet room
      upstairs, never the canteen) and how to contact each other; agree what stays
      confidential and what I would have to pass on, such as anything about fitness to
      drive; agree how we will review it; and how either of us can end it with no hard
      feelings. We both sign a one-page agreement and keep a copy."""),
    *lines("""Safe and ethical practice for me means confidentiality with clear limits told at
      the start, not gossiping in the canteen, staying within my competence and signposting
      to the employee assistance line for anything like debt or mental health, respecting
      the driver's own decisions, avoiding any conflict of interest, and keeping notes
      secure. In our setting it also means a mentor should never be the person who writes
      up their incident or sits on their disciplinary, so we swap mentors if that happens.
      Clutterbuck's point that mentoring is off-line help fits this exactly."""),

    H(1, "Task 3"),
    *lines("""I manage the mentoring with Kram's four phases, which match how it goes with our
      drivers. Initiation is the first few weeks, when we get to know each other and agree
      the contract. Cultivation is the second stage, which is when it really starts: the
      driver brings real problems, we set goals and I help them build confidence and
      skills, usually over four to six months. Separation comes when the driver needs me
      less; I plan this with them rather than letting it fizzle out, and we have a final
      session looking back. Redefinition is what happens afterwards, often a friendly
      relationship between colleagues, and sometimes the driver becomes a mentor in turn.
      Within each session I use a simple structure based on Egan's skilled helper: the
      present situation, what they want instead, and how to get there."""),
    *lines("""Tools and techniques to find out what a driver prefers and to agree goals: a
      short learning preferences questionnaire, so I know whether they would rather talk,
      see a route map or ride the route; a wheel of driving life with segments for routes,
      customers, timekeeping, the Ticketer machine, health and home, scored out of ten; a
      confidence scale from one to ten on the things they find hardest, such as night
      duties; and SMART goals written in their words. K. Dhillon, for example, scored
      'customers' a three and chose 'handle a fare dispute without calling control by the
      end of March' as his goal."""),
    *lines("""Monitoring progress happens in three ways. At the start of each meeting we go over
      the actions from last time, which keeps things moving. At three months and six months
      we redo the wheel and compare the two wheels side by side, so the driver sees the
      change for himself. And with the driver's agreement we look at hard data such as
      their punctuality figures and any complaints or commendations, so progress is not
      just a feeling. If a goal is not moving we change it rather than keep failing at it."""),

    H(1, "Task 4"),
    *lines("""Records are kept for both of us. For the mentor, records are a memory between
      meetings that can be a month apart, show that we are keeping to the agreement, help
      me see patterns across my mentees, and protect both of us if anything is ever
      questioned. For the mentee, a record the driver keeps in their own words of their
      goals and actions keeps them accountable and lets them look back and see how far they
      have come, which matters on the days when they think they are not improving. Our
      records are kept in a locked drawer and on the company's secure drive, not on the
      depot noticeboard or in WhatsApp."""),
    *lines("""Reflective practice and supervision - still to do, I will send this part to my
      tutor after our next session in May."""),
]

CASE = Case(
    name="j_301_bus_gdocs",
    unit="8587-301",
    kind="structured-pdf",
    files=[SourceFile("Unit 301 - Dev Chauhan - Google Docs.pdf", BLOCKS)],
    labels=dict(LABELS),
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # a mentee's pasted e-mail: full name and address; a second mentee by initial+surname
        "identifying": list(PLANTED),
    },
    about="Bus garage supervisor's 301 as a Google Docs PDF in short lines: 'Task 1'-'Task 4' each grouping several criteria, 4.2 left 'still to do'; a mentee's e-mail (name, address) and an initial+surname left in.",
)
