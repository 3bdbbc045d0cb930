"""8587-304 Extended mentoring: a reflective account with the practice only in prose.

Hannah Okafor, a housing officer, mentors two new colleagues (Mentee A and Mentee B) and
writes her whole portfolio as continuous paragraphs: no log table, no headings. Session
times are written in sentences ("lasted an hour and a half", "for 1h 45m", two sessions
in one sentence), with her own subtotal ("By the end of January I had completed 6 hours
15 minutes"), a planned schedule, a phone call she says she has not counted, a summary
sentence ("I mentored 2 individuals over ten sessions") and two supervisions with her tutor.

Practice truth: ten sessions, 90+75+120+90+105+45+90+60+75+45 = 795 minutes, two mentees;
supervision 60 + 90 = 150 minutes.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Extended Mentoring Portfolio – Hannah Okafor – Reflective Account"),
    P("""I declare that this account is my own work and describes mentoring that I carried out
      myself. Learner registration R7702315, Riverside Housing Training Centre."""),
    P("""I work as a neighbourhood housing officer for a housing association in the north west,
      and between January and March I mentored two colleagues who had just joined the team,
      whom I call Mentee A and Mentee B. Before we started I drew up a plan: twelve sessions of
      an hour each over ten weeks, alternating between the two mentees, in the small interview
      room at the Eccles office because tenants never use it in the mornings. The unit asks
      for a minimum of 12 hours, so I planned to keep a careful note of how long each meeting
      took, and I booked every session in both our calendars before the first one."""),
    P("""In our first meetings we agreed what each of them wanted from mentoring. Mentee A wanted
      to stop taking complaints home with her and to be able to close a neighbour dispute case
      within the eight-week standard. Mentee B, who came from a lettings agency, wanted to
      understand the legal side of tenancy enforcement well enough to present a case at the
      monthly panel without notes by the end of March."""),
    P("""We agreed a written mentoring contract covering confidentiality, the limits of it where
      a tenant or colleague could be at risk, how often we would meet, and how to end the
      arrangement. Because their line manager had asked me to mentor them, we also had a short
      three-way meeting where she agreed that she would hear about progress only from the
      mentees themselves, never from me."""),
    P("""My first session with Mentee A, on 6 January, lasted an hour and a half, most of it
      spent on contracting and her goals. I met Mentee B for the first time on 8 January for
      1 hour 15 minutes. The second session with Mentee A on 20 January ran to two hours,
      because she brought a dispute case that had escalated over the weekend, and Mentee B's
      second session on 22 January was 90 minutes. By the end of January I had therefore
      completed 6 hours 15 minutes of mentoring."""),
    P("""To understand where each mentee was starting from I used two diagnostic tools. Both
      completed a learning styles questionnaire, and I asked each to rate their confidence on
      the nine parts of the housing officer competency framework from one to five. Mentee B
      rated herself a one on possession proceedings, which told me where to start, while
      Mentee A's lowest score was for managing her own workload."""),
    P("""The model I used was Clutterbuck's five Cs, moving from the challenge through choices,
      consequences and creative solutions to conclusions. With Mentee A the consequences stage
      was where she realised that answering tenants' texts at night was making the disputes
      worse rather than better, and she decided to switch her work phone off at six."""),
    P("""On 3 February Mentee A and I met for 1h 45m, and on 5 February I saw Mentee B for
      45 minutes, cut short by a fire drill. There was also a ten-minute phone call with Mentee
      B to rearrange, which I have not counted. On 17 February Mentee A and I had an hour and a
      half together, and on 19 February Mentee B and I met for an hour. Our final sessions were
      on 3 March with Mentee A, for 1 hour 15 minutes, and on 5 March with Mentee B, which took
      45 minutes. In total I mentored 2 individuals over ten sessions, 13 hours 15 minutes in
      all, which is over the minimum the unit requires."""),
    P("""Being an ethical mentor meant being honest about what I did not know. When Mentee B
      asked me about a complicated succession case I told her I was not sure and we looked it
      up together in the tenancy agreement, rather than me guessing. I was careful with
      questioning: I used open questions and reflected back her words, and I noticed that
      listening without planning my reply was harder than I expected."""),
    P("""My records of the whole process are kept in one password protected notebook on the
      association's system: the first email from each mentee, the contract, a note of each
      meeting with the date, duration and actions, and the closing review. Anyone auditing it
      could follow each relationship from the first contact to the final review."""),
    P("""After each session I wrote a few lines of reflection. The most important learning came
      after the February session with Mentee A, when I realised I had spent twenty minutes
      telling her about my own first year in the job. It felt helpful at the time, but it took
      the session away from her, so my development point became to share a story only when
      she asks for one."""),
    P("""I asked for feedback at the end of every meeting using a simple traffic light card,
      where green meant the session was useful, amber partly and red not at all, with a line
      for comments. Mentee B gave an amber after the shortened fire drill session and wrote
      that she needed more time on the panel paperwork, so I moved that to the start of the
      next meeting."""),
    P("""Looking back at my communication skills, my questions became shorter and more open as
      the sessions went on, and I gave feedback in a more balanced way once Mentee A told me
      that she only heard the criticism and not the praise. I now describe what I saw and what
      it led to, which helps her decide what to do differently herself."""),
    P("""I had two supervision sessions with my tutor, Marcus, the first on 28 January for an
      hour and the second on 24 February for 1 hour 30 minutes. In the first we looked at my
      habit of storytelling and he suggested I keep a tally of who talked more. In the second
      the outcome was to plan the ending of both relationships early, which is why both final
      sessions were reviews rather than ordinary meetings. The tally showed my share of the
      talking fell from about half to a quarter."""),
]

CASE = Case(
    name="p304_prose",
    unit="8587-304",
    kind="unstructured",
    files=[SourceFile("hannah-okafor-304.docx", BLOCKS)],
    labels={
        "1.1": "small interview room at the Eccles office",
        "1.2": "present a case at the monthly panel",
        "1.3": "never from me",
        "2.1": "housing officer competency framework",
        "2.2": "Clutterbuck's five Cs",
        "2.3": "complicated succession case",
        "2.4": "one password protected notebook",
        "3.1": "share a story only when she asks for one",
        "3.2": "traffic light card",
        "3.3": "only heard the criticism and not the praise",
        "3.4": "keep a tally of who talked more",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 795,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Housing officer; 304 portfolio written only as paragraphs; practice durations in sentences with subtotals.",
)
