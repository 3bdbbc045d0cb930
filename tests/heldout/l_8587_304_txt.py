"""8587-304 Extended period of mentoring (TXT exported from an e-portfolio): a housing officer.

Marcia Okonkwo-Reid, senior neighbourhood officer at a housing association in Bristol,
mentors two newly appointed neighbourhood officers (Mentee A, Mentee B) from January to
March. One plain text file exported from the centre's e-portfolio: a learner statement per
criterion, then her session records as blocks headed like 'Session 3 - Mentee A - 23 January
- 90 minutes', with her two tutorials listed among them in the same shape, then a closing
summary in which she states totals that are slightly wrong (she wrote 14 hours 45 and 1 hour
30 of tutorials; the records add up to 14h 30 and 1h 45). She never answers 2.1 (no
diagnostic or assessment tool: the statement jumps from 1.3 to 2.2). Warm, reflective voice;
electronic signature on the declaration.

Practice, as an assessor counts it (the session headers):
    Mentee A: S1 9 Jan 60, S3 23 Jan 90, S5 6 Feb 75, S7 20 Feb 60, S9 6 Mar 90,
              S11 20 Mar 60                                        = 435 (6 sessions)
    Mentee B: S2 11 Jan 75, S4 25 Jan 60, S6 8 Feb 90, S8 22 Feb 75, S10 8 Mar 60,
              S12 22 Mar 75                                        = 435 (6 sessions)
    => 870 minutes (14h 30m), 12 sessions, 2 individuals.
    Tutorials: 30 Jan 45 + 27 Feb 60 = 105 supervision minutes.
    Her summary's "14 hours 45 minutes" and "1 hour 30 minutes" are her arithmetic, not counted.

Clean: Mentee A and Mentee B throughout. Not identifying: Marcia's own name, her tutor
(a role), her team manager (a role), Bristol, Hartcliffe (an office), the Housing Ombudsman, CIH, Clutterbuck,
Megginson, Kolb, Gibbs, Hay's developmental mentoring, the 3-stage model.
"""

from corpus.case import Case, P, SourceFile


def session(header: str, *paragraphs: str) -> list:
    return [P(header)] + [P(p) for p in paragraphs]


STATEMENT = [
    P("=== E-PORTFOLIO EXPORT ==="),
    P("Learner: Marcia Okonkwo-Reid | Qualification: ILM Level 3 Certificate in Leadership and Management (Mentoring) | Unit: 8587-304 Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("Exported: 29 March | Status: Submitted for assessment"),
    P("--- Learner statement ---"),
    P("About my role and context"),
    P("""I am a senior neighbourhood officer for a housing association with around 9,000 homes
      across Bristol and South Gloucestershire. Neighbourhood officers deal with tenancy
      breaches, anti-social behaviour, estate inspections and a lot of people in difficult
      situations. It is a job where new starters can feel out of their depth quickly. In
      December we recruited two new officers, both from outside housing, and my team manager
      asked me to mentor them. I have called them Mentee A and Mentee B in everything I have
      uploaded."""),
    P("1.1 Plan for 12 hours of mentoring"),
    P("""I planned six sessions with each mentee, a fortnight apart, of about an hour to an hour
      and a half, so that the total would be comfortably over twelve hours even if something
      fell through. I alternated them so that Mentee A was on the Tuesday and Mentee B on the
      Thursday of the same week, which meant I could block the whole week in my calendar and
      not let estate inspections swallow it. I planned the first session with each as a getting
      to know you and contracting meeting, the middle four around their goals, and the last as
      a review and ending. I booked two tutorials with my tutor, one after the first month and
      one after the second. I also planned to meet at our satellite office in Hartcliffe rather
      than head office because it is quieter and nobody from the senior team wanders in."""),
    P("1.2 Agreeing goals"),
    P("""Mentee A came from retail management and is very organised but found the emotional side
      hard, especially tenants in debt who cry or shout. Her goals were to feel able to stay
      calm and kind in a difficult visit, and to get her case notes up to date within 48 hours
      of each visit. Mentee B came from the police as a PCSO and was confident on doorsteps
      but struggled with the paperwork and with the slower pace of housing enforcement. His
      goals were to understand the legal stages of an anti-social behaviour case well enough to
      explain them to a complainant, and to prepare his first notice of seeking possession file
      without it being sent back. We wrote the goals in their own words on the mentoring
      agreement and we looked at them at the start of every session."""),
    P("1.3 Contract and confidentiality"),
    P("""Each mentee and I signed a mentoring agreement in session 1. It covers how often we meet,
      that the content of our sessions is confidential, and the limits of that: safeguarding of
      a tenant or a child, or a serious breach of the code of conduct. Because I am senior to
      them in the same team, we agreed that I would not use anything from mentoring in their
      probation reviews, and that if either of them wanted a different mentor they could say so
      to the team manager without needing a reason. I then met the team manager, who is their
      line manager, and she signed the stakeholder part of the agreement, which says she will
      ask them, not me, how the mentoring is going and that she gives them protected time to
      attend."""),
    P("2.2 Model of mentoring"),
    P("""I used Clutterbuck and Megginson's developmental mentoring approach, mainly the
      three-stage model of exploration, new understanding and action planning. I liked it because
      it does not rush. With Mentee A the exploration stage was most of the work: we spent two
      whole sessions on what it feels like to walk into a flat where someone is in crisis, and it
      was only in session 5 that she moved into action planning and built herself a short routine
      for before and after a hard visit. With Mentee B it was the opposite. He wanted actions
      straight away, and I had to keep bringing him back to the new understanding stage so the
      actions were his and not mine."""),
    P("2.3 Knowledge, skills and behaviours"),
    P("""I think the most important behaviour was being honest about what I do not know. When
      Mentee B asked about a legal point on injunctions, I said I was not sure and we looked it up
      together on the Housing Ombudsman and CIH guidance. I used open questions, reflecting back
      and summarising. With Mentee A, listening without rushing to reassure was the skill that
      mattered. Ethically, the tricky moment was when Mentee B told me about a colleague in
      another team sharing tenant information on a WhatsApp group. I reminded him of our
      agreement and we agreed he would raise it with the data protection lead himself, and I
      checked the following week that he had."""),
    P("2.4 Auditable record"),
    P("""The whole process is recorded in this e-portfolio: the team manager's referral email
      (uploaded 4 January), the two signed agreements, a record for every session below, my two
      tutorial notes, and the closing reviews. Each session record was written the same day and
      uploaded within the week, and each one has the mentee's own comment at the end, which they
      typed themselves on my laptop before leaving."""),
    P("3.1 Reflection on each session"),
    P("""My reflection for each session is in its record below, using Gibbs. Looking across them,
      the key learning for my CPD is that I am much better with a mentee who is like me. Mentee A,
      who is organised and anxious, was easy for me to understand; Mentee B, who is confident and
      impatient, made me impatient back. I have put "working with people unlike me" on my
      development plan for next year, and I have booked onto the CIH course on coaching
      conversations in June."""),
    P("3.2 Feedback on my mentoring"),
    P("""At the end of every session I asked each mentee to score the session from 1 to 5 for
      usefulness and write one sentence on what would make it better. Scores were mostly 4s,
      with one 2 from Mentee B in session 4 when he said I had talked too much about my own
      cases. I also asked the team manager in March whether she had seen a difference, and she
      said that Mentee A's case notes were now the most up to date in the team."""),
    P("3.3 Communication skills"),
    P("""Questioning is my strength. I learned to ask one question and then stop, instead of three
      in a row, after my tutor pointed it out. Listening I have improved at, but I still notice
      myself planning my next question while the mentee is talking. Feedback is where I have
      grown most. At the start I softened everything so much that Mentee B said he did not know
      what I actually thought. By the end I was giving feedback that was clear about what he did
      well and what he could change, and he told me that was what he wanted."""),
    P("3.4 Supervision"),
    P("""I had two tutorials with my tutor, recorded among the sessions below. In the first, the
      outcome was that I needed to stop rescuing Mentee A by offering to come on visits with her,
      because it was stopping her building her own confidence; I stopped offering and she did
      her first solo eviction warning visit in February. In the second, we talked about ending
      mentoring well and about the WhatsApp disclosure; the outcome was a written ending plan for
      both mentees, and a note to check our policy on what a mentor must pass on."""),
]

RECORDS = (
    [P("--- Session records ---")]
    + session("Session 1 - Mentee A - 9 January - 60 minutes",
              "Getting to know each other and contracting. Signed the agreement. Talked about her first four weeks and what she is finding hard.",
              "Reflection: I talked too much about myself trying to put her at ease. Next time ask more and tell less.",
              "Mentee comment: Really helpful to know it is normal to find this hard.")
    + session("Session 2 - Mentee B - 11 January - 75 minutes",
              "Contracting and goals. He was keen to get going and had a list of questions about ASB law.",
              "Reflection: I answered all his questions like a trainer, not a mentor. Gibbs action plan: agree the goals first, then park the questions.",
              "Mentee comment: Good start, would like more on the legal stuff.")
    + session("Session 3 - Mentee A - 23 January - 90 minutes",
              "The visit to a tenant in rent arrears who became very upset. Exploration only.",
              "Reflection: I managed to stay quiet and let her talk. Long session but she needed it.",
              "Mentee comment: I did not expect to talk about how I felt. Glad I did.")
    + session("Session 4 - Mentee B - 25 January - 60 minutes",
              "ASB case stages. He drew them out on the whiteboard.",
              "Reflection: Scored me 2 out of 5 - I told too many of my own stories. Fair.",
              "Mentee comment: Less war stories please.")
    + session("Tutorial - with my tutor - 30 January - 45 minutes",
              "First tutorial. Went through sessions 1 to 4. Outcome: stop rescuing Mentee A; one question at a time.")
    + session("Session 5 - Mentee A - 6 February - 75 minutes",
              "Action planning. She built a before-and-after routine for hard visits.",
              "Reflection: Felt like a turning point. I did not offer to go on a visit with her.",
              "Mentee comment: Going to try the routine this week.")
    + session("Session 6 - Mentee B - 8 February - 90 minutes",
              "First NOSP file. Went through it line by line, at his request.",
              "Reflection: Was this mentoring or supervision? I asked him and he said both. Need to check with tutor.",
              "Mentee comment: Would not have known where to start.")
    + session("Session 7 - Mentee A - 20 February - 60 minutes",
              "How the solo visit went. Case notes now within 48 hours.",
              "Reflection: She is ahead of where I was at this stage.",
              "Mentee comment: Proud of myself.")
    + session("Session 8 - Mentee B - 22 February - 75 minutes",
              "The WhatsApp group disclosure. Agreed he would raise it himself.",
              "Reflection: Uncomfortable, but the agreement made it easier to be clear.",
              "Mentee comment: Glad I told you.")
    + session("Tutorial - with my tutor - 27 February - 60 minutes",
              "Second tutorial. Ending well; the WhatsApp disclosure. Outcome: written ending plan.")
    + session("Session 9 - Mentee A - 6 March - 90 minutes",
              "Looking ahead: what she wants from her second six months. Started the ending conversation.",
              "Reflection: Ran over because she raised a new worry about a court hearing.",
              "Mentee comment: Can we keep meeting informally after?")
    + session("Session 10 - Mentee B - 8 March - 60 minutes",
              "NOSP file came back with no changes. Celebrated. Started the ending.",
              "Reflection: Clearer feedback from me this time, he said so.",
              "Mentee comment: Straight talking, good.")
    + session("Session 11 - Mentee A - 20 March - 60 minutes",
              "Final session. Reviewed both goals. Both met.",
              "Reflection: A good ending. Agreed a coffee in three months, not mentoring.",
              "Mentee comment: Thank you for not giving me the answers.")
    + session("Session 12 - Mentee B - 22 March - 75 minutes",
              "Final session. Goal 1 met; goal 2 met on 8 March.",
              "Reflection: I was more patient than in January. Still work to do.",
              "Mentee comment: Better than any course.")
)

SUMMARY = [
    P("--- Closing summary ---"),
    P("""Total mentoring delivered: 14 hours 45 minutes over 12 sessions with 2 mentees
      (6 each). Tutorials with my tutor: 2, total 1 hour 30 minutes. Both mentees met their
      goals and the team manager has asked me to mentor next year's intake."""),
    P("""Declaration: I confirm that the evidence in this portfolio is my own work and that the
      mentoring took place as recorded. Electronically signed: Marcia Okonkwo-Reid, 29 March."""),
]

CASE = Case(
    name="l_8587_304_txt",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("8587-304 export Okonkwo-Reid.txt", STATEMENT + RECORDS + SUMMARY)],
    labels={
        "1.1": "not let estate inspections swallow it",
        "1.2": "without it being sent back",
        "1.3": "without needing a reason",
        "2.1": None,  # no diagnostic or assessment tool anywhere: the statement skips 2.1
        "2.2": "moved into action planning and built herself",
        "2.3": "we looked it up together",
        "2.4": "typed themselves on my laptop before leaving",
        "3.1": "much better with a mentee who is like me",
        "3.2": "score the session from 1 to 5",
        "3.3": "what I actually thought",
        "3.4": "did her first solo eviction warning visit",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # A: 60 + 90 + 75 + 60 + 90 + 60 = 435; B: 75 + 60 + 90 + 75 + 60 + 75 = 435; = 870.
        # Her closing "14 hours 45 minutes" (885) is her slip; the records are the truth.
        "minutes": 870,
        "sessions": 12,
        "individuals": 2,  # Mentee A, Mentee B
        "supervision_minutes": 105,  # tutorials 30 Jan 45 + 27 Feb 60 (she wrote 1h 30)
        "identifying": [],
    },
    about="Housing association senior officer mentoring two new neighbourhood officers; TXT e-portfolio export with a statement per criterion, session blocks 'Session 3 - Mentee A - 23 January - 90 minutes', tutorials among them, a closing summary with wrong totals; 2.1 unanswered; clean.",
)
