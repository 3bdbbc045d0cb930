"""8587-305 Reflecting on Mentoring Skills: a housing officer's answers, PDF from Google Docs.

Sunita Bal is a senior neighbourhood officer at a housing association and mentored two new
neighbourhood officers for unit 304. She wrote in Google Docs and downloaded a PDF: every
paragraph arrives as short hard-broken lines (each line its own block, about 70
characters). Her headings are 'Question 1' to 'Question 4'; under each she pasted the
criterion's full text, then wrote her answer. The labels sit in her answers, never in the
pasted criteria, and each stays whole on one line. Her plan (2.2) is written as lines,
one goal per short paragraph, not a table. No declaration, no matrix.

Clean, but full of traps: "Mentee 1" and "Mentee 2", her line manager ("Mr Besant") and her
supervisor by role, weekdays and months, Gibbs, Schon, Clutterbuck, Megginson, Garvey, the
Johari window, SWOT, the CIH, the Housing Ombudsman, places in the Black Country, Teams and
the housing management system by product name, and a reference list.
"""

import textwrap

from corpus.case import Case, H, P, SourceFile

LABELS = {
    "1.1": "my notes were a list of what I had told",
    "1.2": "I go quiet when a mentee disagrees with me",
    "2.1": "practise summarising before I ask the next question",
    "2.2": "Mentee 1 rates me 4 or more for challenge",
}
_KEEP = "\x00"


def lines(text: str, width: int = 70) -> list:
    """A paragraph as Google Docs exported it: short hard-broken lines, label phrases whole."""
    flat = " ".join(text.split())
    for phrase in LABELS.values():
        flat = flat.replace(phrase, phrase.replace(" ", _KEEP))
    return [P(line.replace(_KEEP, " ")) for line in textwrap.wrap(flat, width)]


BLOCKS = [
    *lines("Unit 305 Reflecting on Mentoring Skills within an Organisational Context"),
    *lines("""Sunita Bal - Senior Neighbourhood Officer, Ambervale Homes (Dudley and
      Wolverhampton patches). ILM Level 3 Certificate in Effective Coaching and Mentoring.
      March 2026."""),

    H(1, "Question 1"),
    *lines("""Examine the effectiveness of their own mentoring practice based on evidence,
      including records, supervision and feedback"""),
    *lines("""Between October and February I mentored two neighbourhood officers who joined
      Ambervale in the summer, who I will call Mentee 1 and Mentee 2. Mentee 1 came from a
      call centre and had never done a home visit; Mentee 2 had worked for a council housing
      department but never in a patch with as much antisocial behaviour as ours. We met
      every two weeks, mostly on Teams on a Friday afternoon and once a month face to face at
      the Brierley Hill office. I have three kinds of evidence: my mentoring records
      (the agreement, session notes and my own log), notes from three supervision sessions
      with the association's learning and development partner, and feedback forms each
      mentee filled in at the midpoint and at the end."""),
    *lines("""The records first. When I went back through the session notes in January, what I
      noticed was that in the first month my notes were a list of what I had told them: how
      to log a repair on the housing system, how to word a tenancy warning letter. There
      were hardly any of their own words. From November the notes change: the goals are in
      their words and the actions are ones they chose. The records also show that we only
      lost one session in five months, which I am proud of given the winter."""),
    *lines("""Supervision confirmed what the records suggested. In the November supervision I
      was asked to describe a session with Mentee 2, and I realised I was describing what I
      had done, not what she had learnt. My supervisor asked me to try Gibbs' cycle after
      each session for a month, which I did. It made me slower to jump in."""),
    *lines("""The feedback was the most useful and the most uncomfortable. Both mentees said
      I was approachable and knew the job. Mentee 2 said she felt more confident on visits
      and had taken on her first ASB case on her own. But Mentee 1 gave me 2 out of 5 for
      'challenges my thinking' and wrote that I was too nice to disagree with. Putting the
      three together, I think my mentoring was effective for confidence and job knowledge
      but weak on stretching people, and the records and feedback both show that."""),

    H(1, "Question 2"),
    *lines("""Identify own strengths and areas for improvement of their own knowledge, skills
      and behaviour, including communication and interpersonal skills"""),
    *lines("""I did a SWOT and then used the Johari window with my supervisor, because she
      could tell me things about myself I could not see."""),
    *lines("""Strengths. Knowledge: twelve years in housing, so I know tenancy law, the
      Housing Ombudsman's expectations and our own policies well, and mentees trust that.
      Skills: I am organised, my records are up to date, I can break a big goal into small
      steps. Behaviour: I am reliable, patient and I keep confidences. Communication: I
      explain things clearly without jargon, which matters when the mentee is new to
      housing. Interpersonal: people find me easy to talk to and I build rapport quickly,
      which is a big part of the job anyway."""),
    *lines("""Areas to improve. Knowledge: I know the job but I do not know much about
      mentoring theory beyond what the course covered, and I want to read Clutterbuck and
      Megginson properly. Skills: I ask too many closed questions and I do not summarise
      enough. Behaviour: I avoid conflict, and I go quiet when a mentee disagrees with me
      instead of exploring it, which is probably why Mentee 1 thought I did not challenge
      her. Communication: I talk more than I should in the first ten minutes of a session.
      Interpersonal: I find it hard to sit with someone's frustration without trying to fix
      it for them."""),

    H(1, "Question 3"),
    *lines("""Review own mentoring ability to identify future development opportunities,
      including the use of questioning, listening and communication strategies"""),
    *lines("""Overall I am a capable mentor for someone new who needs support and
      information, and a less capable one for someone who needs to be stretched. The
      development opportunities I have found are these."""),
    *lines("""Questioning: I want to ask fewer questions and better ones. The course handout on
      Garvey's approach suggests a few 'big' questions prepared before each session, and I
      will try that. My supervisor also suggested I ask one challenging question per session
      on purpose and write down how the mentee reacted."""),
    *lines("""Listening: I tend to listen for the problem so I can solve it. I want to practise
      summarising before I ask the next question, because that forces me to listen to the
      whole answer. The CIH runs a free webinar on listening in tenancy sustainment which I
      have booked for April, and there is a peer mentoring group across the association's
      three regions that I can join."""),
    *lines("""Communication: I want to get better at disagreeing kindly. Schon's idea of
      reflection in action fits here, because I need to notice in the moment that I have
      gone quiet and say what I think. I would also like to observe an experienced mentor
      from our leadership programme and ask to be observed myself."""),

    H(1, "Question 4"),
    *lines("""Produce a relevant development plan covering a minimum of 6 months, including
      timescales and measures of success"""),
    *lines("""My development plan runs from April to September 2026. I will review it with my
      line manager, Mr Besant, in my one-to-ones and with my supervisor every two months."""),
    *lines("""Goal 1 - Challenge. April to September. Ask at least one deliberately
      challenging question in every session and note the response in my log. Measure: at
      the September review Mentee 1 rates me 4 or more for challenge, and my log shows a
      challenging question in every session."""),
    *lines("""Goal 2 - Listening. Webinar in April, then May to September practice. Summarise
      before every new question in sessions. Measure: by July, a recorded session shows me
      summarising at least five times, checked with my supervisor."""),
    *lines("""Goal 3 - Questioning. May to August. Prepare three open 'big' questions before
      each session. Measure: half or fewer of my questions in a recorded session are closed
      by August, counted by me and checked in supervision."""),
    *lines("""Goal 4 - Theory. April to June. Read Clutterbuck (2014) and one chapter a month
      of Garvey, Stokes and Megginson. Measure: a one-page summary of each discussed in
      supervision by the end of June."""),
    *lines("""Goal 5 - Peer learning. From June. Join the peer mentoring group and be observed
      once. Measure: written feedback from the observer by the end of September."""),

    H(1, "References"),
    *lines("Clutterbuck, D. (2014) Everyone Needs a Mentor. 5th edn. CIPD."),
    *lines("Garvey, B., Stokes, P. and Megginson, D. (2018) Coaching and Mentoring: Theory and Practice. Sage."),
    *lines("Gibbs, G. (1988) Learning by Doing. Oxford Further Education Unit."),
    *lines("Schon, D. (1983) The Reflective Practitioner. Basic Books."),
    *lines("Luft, J. and Ingham, H. (1955) The Johari window."),
]

CASE = Case(
    name="g_305_housing_gdocs",
    unit="8587-305",
    kind="structured-pdf",
    files=[SourceFile("Unit 305 - Sunita Bal - Google Docs.pdf", BLOCKS)],
    labels=dict(LABELS),
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # "Mentee 1/2", her line manager and supervisor, theorists, places: none identifying
        "identifying": [],
    },
    about="Housing association officer's 305 as a Google Docs PDF in short lines: 'Question N' headings, each criterion's full text pasted before the answer, plan as lines; clean with pseudonyms and theorists.",
)
