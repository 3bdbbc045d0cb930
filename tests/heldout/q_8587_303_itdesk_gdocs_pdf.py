"""8587-303 Reflecting on coaching skills (Google Docs PDF): a university IT service desk lead.

Daniel Whitfield, team leader on a university IT service desk in Sheffield, writes his 303
reflective journal in Google Docs and downloads it as PDF: a cover table (the centre's
form, with the tutor's name where it asks), then dated journal entries under 'Entry 1 -
3 October' style lines, a pasted link, a 'Summary' heading, and the development plan as a
table. The ACs are answered inside the entries, marked only by his own bracketed tags in
two places ('(this is my 1.2 bit)'). No declaration, no evidence matrix.

Clean but tricky: his own name and the tutor's name in the cover form, 'Client 1' and
'Client 2', Sheffield, the university (unnamed), the EMCC, the Association for Coaching,
ITIL, Schön, Gibbs, Whitmore, Hawkins and Smith, the 7-eyed model, OSCAR, GROW.
"""

from corpus.case import Case, H, P, SourceFile, T

COVER = T(
    ["Learner name", "Daniel Whitfield"],
    ["Unit", "8587-303 Reflecting on Coaching Skills within an Organisational Context"],
    ["Tutor", "Samira Haddad"],
    ["Submission", "Reflective journal (Google Doc)"],
)

PLAN = T(
    ["Development goal", "Actions", "By when", "Measure of success"],
    ["Ask fewer, better questions", "Record two sessions (with consent) and count questions; practise with peer coach",
     "December", "No more than one question in three is closed; no stacked questions on the recordings"],
    ["Listen without fixing", "Use a 'no solutions' rule for the first 20 minutes of every session",
     "January - March", "Client feedback rates 'I found my own answer' 4/5 or more"],
    ["Regular supervision", "Book monthly supervision; bring one recording each time",
     "From November, reviewed in April", "Six supervision sessions logged with outcomes"],
    ["Professional membership", "Join the Association for Coaching as an associate member; attend two webinars",
     "By February", "Membership confirmed; notes from both webinars in this journal"],
)

BLOCKS = [
    P("Reflective Journal - ILM 8587-303"),
    P("Last edited 28 November"),
    COVER,
    P("""This journal covers my 302 coaching with two service desk analysts, Client 1 and
      Client 2, from September to November, and my plans from here. Some entries were
      written on my phone on the tram home so apologies for the typos I have not caught."""),

    H(2, "Entry 1 - 3 October"),
    P("""Read back through my coaching records for the first four sessions. What jumps out
      is how much of each record is what I said. In session 2 with Client 1 I wrote half a
      page of my own suggestions about ticket triage and two lines about what she decided.
      Her feedback form for that session says 'useful tips' - which is nice but it is not
      coaching. My supervisor asked me on Monday what evidence I had that the coaching
      itself, not my ITIL knowledge, made a difference. Honest answer: not much, yet. Looking
      at the records, the feedback and what came up in supervision together, the sessions
      where I asked and waited were the ones where something changed: Client 2's first-call
      resolution went from 61% to 70% after the session where I asked one question and then
      said nothing for what felt like a week. So the evidence says my coaching works when
      I get out of the way, and it does not when I act like the service desk lead I am."""),

    H(2, "Entry 2 - 17 October"),
    P("""(this is my 1.2 bit) Did a SWOT on myself after reading Gibbs again.
      Strengths: I build rapport fast, clients say I am easy to talk to; I know the
      organisation so I understand the context; I keep good records; I am reliable about
      times. Areas for improvement: I stack questions - three in one breath - and the client
      answers the easiest one; I fix problems, because fixing problems is literally my job
      on the desk; I am uncomfortable with emotion, and when Client 1 got upset about a
      complaint from a professor I changed the subject to the process. Behaviour I want to
      keep: honesty about the limits of confidentiality, which both clients said made them
      trust me. Interpersonal skills are better face to face than on Teams."""),
    P("Link I found useful: https://www.emccglobal.org/leadership-development/ethics/"),

    H(2, "Entry 3 - 31 October"),
    P("""Supervision today, using Hawkins and Smith's 7-eyed model, and we spent most of it
      on 'eye 4' - me. What I took away for development: I need more practice than I get.
      Options we talked about: a peer coaching trio with two people from the library coaching
      pool, which would give me practice with people I do not manage; recording sessions
      with consent so I can actually hear my questions; the EMCC webinars; and eventually
      the Level 5. For questioning specifically, I am going to try the one-question rule from
      Whitmore - ask, then stop - and for listening, a 'no solutions' rule for the first part
      of every session. Communication strategy: say out loud at the start of each session
      that I am wearing my coach hat, not my team leader hat, because both clients said
      they were not always sure which one they were talking to."""),

    H(2, "Entry 4 - 21 November"),
    P("""Final sessions with both clients. Client 2 said in her final feedback that the
      best session was the one where I 'did not say much'. I am taking that as the headline
      for the next six months."""),

    H(1, "Summary and development plan"),
    P("""My plan runs from November to the end of May, six months and a bit, and I will
      review it with my supervisor at the April session. It builds on the evidence above -
      the records, the feedback and supervision - so each goal comes from something I
      actually did or did not do. (2.2 - plan below)"""),
    PLAN,
    P("""How I will monitor it: the journal carries on, one entry a fortnight, and I will
      score each goal out of 10 at every supervision so I can see if it is moving."""),
]

CASE = Case(
    name="q_8587_303_itdesk_gdocs_pdf",
    unit="8587-303",
    kind="structured-pdf",
    files=[SourceFile("Reflective Journal - ILM 8587-303 - Google Docs.pdf", BLOCKS)],
    labels={
        "1.1": "my coaching works when I get out of the way",
        "1.2": "I changed the subject to the process",
        "2.1": "a peer coaching trio with two people from the library coaching pool",
        "2.2": "from November to the end of May, six months and a bit",
    },
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Daniel's own name and the tutor (Samira Haddad) where the cover form asks for
        # them, Client 1/2, Sheffield, EMCC, ITIL, Gibbs, Whitmore, Hawkins and Smith
        "identifying": [],
    },
    about="University IT service desk lead's 303 journal as a Google Docs PDF: cover form with the tutor's name, dated entries, a pasted link, two bracketed AC tags, a development plan table; clean - own and tutor's names where the form asks, Client 1/2, EMCC, 7-eyed model.",
)
