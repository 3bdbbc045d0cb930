"""8587-303 Reflecting on Coaching Skills: a museum learning manager's journal, plain text.

Inès Carvalho-Reid is Learning and Engagement Manager at an independent museum in Bath. She
coached two gallery assistants she calls "Coachee 1" and "Coachee 2", and wrote a loose
journal in a text editor with dated entries, a strengths list and a six-month plan. She gives
no declaration. Nothing is to be flagged.

Clean but tricky: her own name (with an accent) in the first line and her own first name in a
quoted comment from her supervisor; her coaching supervisor named, with her role, in a
"Supervisor:" line of the supervision note and then as "Helen" in later entries; exhibition
titles and a café named after people ("Gainsborough in Bath", "Jane Austen's Bath", the Beau
Nash Café), the painter Gainsborough, places named after people (Pulteney Bridge, the
Holburne), the Roman Baths and the Royal Crescent, bodies (Arts Council England, the Museums
Association, Kids in Museums), software (Tessitura, Mailchimp, Microsoft Teams, Zoom),
theorists in prose with and without first names (Nancy Kline, Timothy Gallwey, Schön, Gibbs,
Johns, Brookfield, Rolfe, Hawkins and Shohet), a book title ("Time to Think"), days, months
and the Spring Bank Holiday at line starts, job titles (Visitor Experience Manager,
Director), and "Learner X", a school pupil she anonymised.
"""

from .case import B, Case, P, SourceFile

JOURNAL = [
    P("Inès Carvalho-Reid - ILM Level 3 Unit 303 Reflective Journal - Bath"),
    P("""Context. I lead the learning team at an independent museum near Pulteney Bridge. Between
      February and July I coached two gallery assistants: Coachee 1, who wanted to lead school
      workshops, and Coachee 2, who was returning from long-term sick leave and wanted to
      rebuild confidence on the front desk. Twelve hours in total, recorded in my Unit 302
      evidence. This journal is my reflection on that coaching."""),
    P("""Tuesday 4 February. First session with Coachee 1 in the Beau Nash Café before opening.
      Bad choice of venue: too public, and the Director walked past twice. I noticed Coachee 1
      glance at the door every time. Next time a closed room. Gibbs would call this the
      evaluation stage; mine is simple, the setting undermined the trust I was trying to
      build."""),
    P("""Thursday 13 February. Coachee 2, on Zoom because she was not yet back on site. I used
      scaling questions. She scored her confidence as 3. I wanted to fix it and started offering
      ideas. Nancy Kline's Time to Think says the quality of everything we do depends on the
      quality of the thinking we do first; I was not giving her the chance to think."""),
    P("""March. Supervision with my coaching supervisor."""),
    B("Supervisor: Helen Marchetti, accredited coach supervisor"),
    B("Date: Monday 10 March, 60 minutes, Microsoft Teams"),
    B("Focus: my urge to rescue; using the seven-eyed model to look at the relationship"),
    P("""Helen took me through Hawkins and Shohet's seven-eyed model. When we got to the
      relationship between me and Coachee 2 I realised I was treating her as fragile, which is
      not what she asked for. Helen's comment: "Inès, you are coaching the sick note, not the
      person." Uncomfortable, fair."""),
    P("""Wednesday 26 March. Coachee 1 observed a school workshop in the "Gainsborough in Bath"
      exhibition and we debriefed afterwards. Her insight was that the best moment came when
      a Year 5 pupil (I will call him Learner X) asked why the painted lady looked sad. The
      facilitator stopped and asked the class. Coachee 1 said, "That's what you do to me." I
      took it as a compliment but also a sign that she notices technique, which is good for a
      coachee who wants to lead."""),
    P("""April. Easter holidays, family trails, no sessions. I read Timothy Gallwey again on the
      train to a Museums Association event. Performance equals potential minus interference.
      My interference: wanting to be liked."""),
    P("""Monday 12 May. Coachee 2's fourth session, back on site. We used the front desk after
      closing. She set her own goal: handle the Saturday queue for the Roman Baths overflow
      without calling the Visitor Experience Manager. I stayed quiet for most of the
      session. Afterwards she said it was the first time she felt like the expert on her own
      job."""),
    P("""Spring Bank Holiday weekend. She did it. Not perfectly; she called for help once, but
      on her own terms. Tessitura showed the desk processed the busiest Saturday since
      2019."""),
    P("""June. Second supervision, Helen again, Thursday 19 June, 60 minutes on Teams. We talked
      about endings. I tend to let coaching drift on. Agreed to contract the final session
      as a review, not a chat."""),
    P("""Thursday 3 July. Final session with Coachee 1. She has now led three workshops for
      Kids in Museums week. We reviewed her original goals. I asked her what she would tell
      someone starting where she started; she said, "Ask for the observation early." I
      wrote that down for myself too."""),
    P("""Effectiveness of my coaching (looking back). Using Brookfield's four lenses: my own view
      is that both coachees met their goals. The coachees' view (feedback forms) is positive
      but both said I could challenge more. My supervisor's view is that I rescue. The
      literature (Schön's reflection-in-action, Johns' structured reflection) tells me that
      noticing in the moment is the skill to build. Rolfe's "What? So what? Now what?" is
      the framework I used for most entries."""),
    P("Strengths:"),
    B("Building rapport quickly, even on Zoom."),
    B("Good at noticing body language (Coachee 1 and the door)."),
    B("Keeping tidy records in a locked Teams channel."),
    P("Areas to develop:"),
    B("Silence. I fill it."),
    B("Challenge. Both coachees asked for more."),
    B("Endings. Contract them from the start."),
    P("Development plan, August to January:"),
    B("August: read Time to Think again and practise a ten-minute thinking round at our team meeting. Measure: done three times, team feedback via Mailchimp survey."),
    B("September: ask Helen to listen to one recorded session (with consent) and count my interruptions. Measure: fewer than five in an hour."),
    B("October: attend the Arts Council England coaching network webinar on challenge. Measure: one new technique tried in the next session."),
    B("November: coach one new member of staff, contracting the ending at the first session. Measure: ending session held as a review."),
    B("December to January: write up a case study for the Museums Association blog, with the coachee's consent and using a pseudonym. Measure: submitted by 31 January."),
    P("""A last note. I walked along the Royal Crescent after the final session and thought about
      the Gainsborough portrait the Holburne lent to the "Jane Austen's Bath" exhibition, the
      one the school pupils liked. Everyone in that painting is watching someone else.
      Coaching has taught me to watch less and listen more."""),
]

CASE = Case(
    name="nk_303_museum_journal_txt",
    unit="8587-303",
    kind="unstructured",
    files=[SourceFile("303 journal - Ines Carvalho-Reid.txt", JOURNAL)],
    labels={},
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Museum learning manager's plain-text 303 journal: exhibitions, a café and bridge named after people, the Holburne, Bath sights, Kline/Gallwey/Schön by full name, her supervisor named on the supervision lines and then by first name, Learner X; no declaration; nothing to flag.",
)
