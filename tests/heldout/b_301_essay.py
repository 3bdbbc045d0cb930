"""8587-301 Understanding Good Practice in Mentoring: a level 3 essay in the first person.

An engineering training manager writes about mentoring apprentices as one essay under a
cover sheet (her name, registration number, tutor). Criteria come in her own order, in
her own words; one answer is split between the opening and a later paragraph. Fully
anonymised, but full of authors, models, places and pseudonyms.
"""

from corpus.case import Case, P, SourceFile, T

BLOCKS = [
    T(
        ["ILM Level 3 Certificate in Effective Coaching and Mentoring", ""],
        ["Learner name", "Fiona McAllister"],
        ["ILM registration number", "R5518302"],
        ["Centre", "Teesside Skills Partnership"],
        ["Tutor", "Dr Helen Marsh"],
        ["Unit", "8587-301 Understanding Good Practice in Mentoring within an Organisational Context"],
        ["Date submitted", "14 November 2026"],
    ),
    P("Why apprentices at our works need mentors, and how I intend to do it well"),
    P("""When I started as an apprentice fitter in 1998 nobody used the word mentor, but an
      old turner called me over on my second week, showed me how he kept his tools, and for
      three years asked me every Friday what I had learned. I did not realise until much
      later that he was the reason I stayed. I now manage training at a precision engineering
      company in Stockton-on-Tees with 260 staff, and we take on about fourteen apprentices a
      year. Last year five of them left before the end of their first year. This essay is my
      attempt to set out, for our directors and for the supervisors who will become mentors,
      what I think good mentoring looks like in a place like ours."""),
    P("""At its simplest I see mentoring as a longer-term relationship in which someone who has
      been there before helps another person to learn, make sense of their experience and
      take the next step, with the learner setting the direction (Megginson et al., 2006).
      That separates it from the training our apprentices get from the college and from
      on-the-job instruction, both of which tell you how. Coaching, in the sense Whitmore
      (2017) uses it, is closer, but tends to be shorter and about a particular bit of
      performance."""),
    P("""Before anything else I want to be clear about keeping people safe, because many of our
      apprentices are sixteen or seventeen. Every mentor will have an enhanced DBS check and
      will complete our safeguarding training, and sessions will happen on site, in the
      working day, in rooms with glass panels. Mentors will not exchange personal numbers or
      follow apprentices on social media. What is said is confidential, except where there is
      a risk of harm, and the apprentice is told that limit on day one. We follow the EMCC
      Global Code of Ethics, which also asks mentors to stay within what they are competent to
      do: a mentor who spots signs of anxiety or debt problems passes the young person to our
      occupational health adviser or the apprenticeship provider's welfare team rather than
      trying to be a counsellor. Under the Equality Act 2010 we will make adjustments, for
      instance one of last year's apprentices is dyslexic and preferred voice notes to
      written actions. Finally, no supervisor will mentor someone in their own cell, so that
      nobody is mentored by the person who signs off their overtime."""),
    P("""To give the relationship a shape over its twelve months I have chosen Clutterbuck's
      five phases: building rapport, setting direction, progression, winding down and moving
      on (Clutterbuck, 2014). I like it because apprentices change a great deal in a year and
      the model expects the relationship to change with them; it also reminds mentors that an
      ending needs planning, which in our experience never happens, the mentor just gets moved
      to nights. In individual conversations mentors will use GROW as a simple route through
      a session. The weakness of the phases is that they describe rather than instruct, and
      real relationships slide back a phase when something goes wrong, such as a failed
      welding test. I will ask mentors to say at each quarterly review which phase they think
      they are in and why, so that the model is actually used rather than just written in the
      handbook."""),
    P("""The first few weeks decide a lot. Each new starter will be introduced to their mentor
      at the induction barbecue rather than in an office, and the mentor will then take them
      round the shop floor to introduce them to people by name. In the first proper meeting
      the mentor talks about their own apprenticeship, including what went badly, which
      usually gets a laugh and lowers the guard. Rapport grows from showing interest in them
      as a person: what football team, what they did at school, why engineering. Trust comes
      later and more slowly, from turning up when promised and from the apprentice finding
      out that what they said did not get back to their supervisor."""),
    P("""So what do we expect a mentor to do, and when? At the start, make contact, build the
      relationship and agree how it will work. Through the middle, meet every fortnight, help
      the apprentice reflect on what they are learning, challenge them kindly when they blame
      the machine for a bad part, share experience, and open doors, for instance arranging a
      day with the quality team. At the end, look back at the goals and hand over to the
      apprentice's own plans. All the way through the mentor is not their supervisor,
      assessor or parent. A mentor also owes something to the scheme: attending the mentor
      forum, keeping records and asking for help when out of their depth."""),
    P("""Several tools help us find out what an apprentice wants and how they learn. I will use
      the Honey and Mumford learning styles questionnaire, not as a label but as a
      conversation starter: an activist who wants to get on the machines and a reflector who
      wants to read the manual first need different actions. A skills self-rating against the
      apprenticeship standard, scored from one to five, shows where their confidence is low.
      A timeline exercise, where they draw the highs and lows of their life so far, often
      reveals what matters to them outside work. From these the apprentice and mentor agree
      two or three goals, written in the apprentice's own words and made SMART."""),
    P("""I would not start a mentoring relationship without an agreement, and the discussion
      matters more than the signed sheet. It has two layers here. First a short three-way
      meeting between the apprentice, the mentor and the apprenticeship coordinator sets out
      what the scheme is for, how much time the company gives it and, most importantly, that
      mentors do not report on apprentices to supervisors. Then mentor and apprentice agree
      their own terms: how often and where they meet, what happens when a meeting is missed,
      confidentiality and its limits, what notes are kept and who can read them, and how
      either of them can end it without anyone being blamed. Writing it down protects both
      people and gives them something to go back to if it goes wrong. We look at it again
      after three months."""),
    P("""The mentors themselves need to know things, be able to do things and behave in certain
      ways, and I think the last is hardest. They need to know the apprenticeship standard,
      the end-point assessment, our safeguarding and data procedures and a little theory of
      how adults and young people learn, including Kolb's cycle. They need the practical
      abilities of listening without jumping in, asking open questions, summarising, and
      giving feedback that a seventeen-year-old can hear. And they need to be patient,
      reliable and non-judgemental, and aware of their own biases. Our supervisors are
      brilliant engineers, but some still believe that shouting across the shop floor is
      how they were taught, so it must be good."""),
    P("""Progress gets checked in more than one way. Every session starts with a look at the
      actions from last time, which is quick but depends on the apprentice's honesty. Every
      three months the apprentice repeats the one-to-five self-rating so they can see the
      scores move, which is motivating but subjective. Third, we use evidence from the work
      itself: the apprentice's portfolio, test pieces and their college progress review,
      which is more objective but slower. Put together they give a fair picture."""),
    P("""Going back to why this matters to the company: mentoring should cut the number of
      apprentices we lose, which costs us about £9,000 each in recruitment and wasted
      training, and it passes on the know-how of an ageing workforce, a third of whom will
      retire within ten years. It also develops our supervisors, who learn to lead by helping
      someone else learn."""),
    P("""There will be obstacles. The biggest for mentors is production pressure, because when
      an order is late the first thing dropped is the fortnightly meeting. The directors have
      agreed to log mentoring time against a training code, so it appears in the numbers and
      is not seen as skiving. For apprentices, the obstacle is often embarrassment: a mentor is
      seen as something for people who are struggling, so every apprentice will have one, and
      the second-years will talk about theirs at induction. A third obstacle is the
      organisation's culture, where asking questions can look like weakness; the managing
      director has agreed to talk openly at the launch about her own mentor."""),
    P("""Records serve both people. For the mentor, a brief note of each session with agreed
      actions is a memory aid, shows progress over the year and is evidence for the scheme's
      review. For the apprentice, their own learning log helps them reflect and builds the
      habit of recording that their end-point assessment will demand. Good practice is to
      write factually, share notes with the apprentice, keep only what is needed, store it
      in the restricted mentoring folder on our HR system rather than in a notebook on the
      workbench, and delete it a year after the mentoring ends, in line with UK GDPR. Mentee
      A, one of last year's apprentices, asked to see what had been written about her and
      was reassured that it was exactly what we had agreed."""),
    P("""Lastly, reflection and supervision are what stop mentors going stale or getting into
      trouble. Kolb (1984) argues that we learn by reflecting on experience and testing what
      we have concluded, and Schön (1983) distinguishes reflecting in the moment from
      reflecting afterwards. Without that, a mentor repeats the same habits, usually drifting
      back into telling. Supervision adds another pair of eyes. Hawkins and Shohet (2012)
      describe it as developing the practitioner, supporting them and protecting quality. Our
      mentors will meet as a group every two months with an external supervisor, and if we
      did not do this I would expect mentors to burn out, to carry worries about an
      apprentice alone, and to make ethical mistakes nobody notices until too late."""),
    P("References"),
    P("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. London: CIPD."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Honey, P. and Mumford, A. (1992) The Manual of Learning Styles. Maidenhead: Peter Honey."),
    P("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    P("Megginson, D., Clutterbuck, D., Garvey, B., Stokes, P. and Garrett-Harris, R. (2006) Mentoring in Action. 2nd edn. London: Kogan Page."),
    P("Schön, D. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("""Declaration of authenticity: I confirm that this is my own work and that all sources
      used have been acknowledged."""),
]

CASE = Case(
    name="b_301_essay",
    unit="8587-301",
    kind="unstructured",
    files=[SourceFile("McAllister_301.docx", BLOCKS)],
    labels={
        "1.1": "ageing workforce",
        "1.2": "blame the machine for a bad part",
        "1.3": "shouting across the shop floor",
        "1.4": "log mentoring time against a training code",
        "2.1": "induction barbecue",
        "2.2": "three-way meeting between the apprentice",
        "2.3": "rooms with glass panels",
        "3.1": "failed welding test",
        "3.2": "timeline exercise",
        "3.3": "college progress review",
        "4.1": "notebook on the workbench",
        "4.2": "burn out",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Engineering training manager, level 3 essay: cover sheet, own order, split answer, theorists, clean.",
)
