"""8587-305 Reflecting on Mentoring Skills: a food bank coordinator's account, PDF from Google Docs.

Mariam Haddad coordinates volunteers at a food bank and mentored two new volunteer shift
leaders for unit 304. She drafted this reflective account in Google Docs on her phone and
downloaded it as PDF: every paragraph arrives as a run of short, hard-broken lines (each
line is its own block here, about 60 characters wide), so a passage has to be put back
together from many fragments. Her headings are her own words with no AC numbers; the
development plan is a table. Each label phrase sits whole on one line.

She calls her mentees Mentee A and Mentee B, but left in: Mentee A's full name under the
feedback form she pasted in (she signed it), then her first name alone later, Mentee A's
mobile number and personal e-mail in a pasted message, and Mentee B's first name in a
photo caption.
"""

import textwrap

from corpus.case import Case, H, P, SourceFile, T

LABELS = {
    "1.1": "the only sessions that slipped were the ones I moved",
    "1.2": "I over-prepare and then talk to fill the space",
    "2.1": "asking the second question before I reach for advice",
    "2.2": "Mentee feedback rates challenge at 4 or 5",
}
_KEEP = "\x00"


def lines(text: str, width: int = 60) -> list:
    """A paragraph as Google Docs exported it: short hard-broken lines, label phrases whole."""
    flat = " ".join(text.split())
    for phrase in LABELS.values():
        flat = flat.replace(phrase, phrase.replace(" ", _KEEP))
    return [P(line.replace(_KEEP, " ")) for line in textwrap.wrap(flat, width)]


BLOCKS = [
    H(0, "Reflective account – Unit 305"),
    *lines("""Mariam Haddad, volunteer coordinator, Riverside Community Food Bank, Stockport.
      ILM Level 3 Certificate in Effective Coaching and Mentoring."""),

    H(1, "Where this comes from"),
    *lines("""For unit 304 I mentored two of our new volunteer shift leaders between September and
      January, 13 and a half hours altogether. I call them Mentee A and Mentee B. Both had
      been volunteers for a while but had never run a distribution session, which means
      managing up to fifteen other volunteers, the queue, the referral vouchers and
      sometimes people who are very upset. This account looks back at how I did, using my
      mentoring records, the two supervision sessions I had with our charity's
      safeguarding and training lead, and the feedback both mentees gave me. I have
      loosely followed Gibbs' cycle and Rolfe's 'What? So what? Now what?'."""),

    H(1, "What the evidence says about my mentoring"),
    *lines("""What? My mentoring records show eleven sessions planned and eleven held, though
      three were moved. Looking at the dates, the only sessions that slipped were the ones I
      moved, never the mentees, and always because of a delivery or a van problem. That
      tells me I said mentoring was a priority but treated it as the first thing to give
      way. The records also show that both mentees set goals in the first session and
      reviewed them every time, which I am pleased with."""),
    *lines("""So what? In supervision in November my supervisor read two of my session records
      and asked where Mentee B's voice was in them. They were written as my summary, not
      hers. Since then I have written the action section with the mentee at the end of each
      session. The feedback forms back this up. Both mentees said I was supportive and
      knowledgeable but Mentee A gave me 2 out of 5 for 'challenges me to think
      differently'. Her form is below."""),
    T(
        ["Mentee feedback form – Riverside Community Food Bank", ""],
        ["What has the mentoring helped you with?", "Running the Tuesday session on my own, dealing with the queue when it gets tense"],
        ["What could your mentor do differently?", "Let me work things out a bit more, she is quick to tell me the answer"],
        ["Challenges me to think differently (1–5)", "2"],
        ["Signed", "Bethany Rourke"],
        ["Date", "14/01/2026"],
    ),
    *lines("""Now what? Overall I think the mentoring worked, because both mentees now run
      sessions on their own and Mentee B has started training new volunteers herself. But
      the evidence points the same way three times: I support well and I challenge
      badly."""),
    P("[Photo: Dev and me unloading the supermarket donation, November]"),

    H(1, "What I'm good at and what I'm not"),
    *lines("""Knowledge. I know the food bank inside out, including the referral system, the
      safeguarding policy and where to signpost people for debt or housing advice, and that
      knowledge was useful to both mentees. My knowledge of mentoring itself is newer. I
      understand Clutterbuck's stages of a mentoring relationship and the GROW model, and I
      have read some of Kram on the career and psychosocial functions of a mentor, but I
      am not yet confident choosing between approaches."""),
    *lines("""Skills. My strongest skill is building rapport; people tell me things. Listening is
      good when I am calm and poor when I am busy. My questioning is the area I most need
      to improve, because my first question is usually a good open one and my second is
      usually advice dressed as a question ('have you thought about...?')."""),
    *lines("""Behaviour. I am reliable, warm and I keep confidences. The behaviour I need to change
      is rescuing people. Before a session I over-prepare and then talk to fill the space
      when the mentee goes quiet. Bethany said in our last session that she sometimes let me
      talk because it was easier than disagreeing with me, which I found hard to hear."""),
    *lines("""Communication and interpersonal. I communicate clearly in writing and in a crisis,
      but I soften difficult messages so much that they get lost. Interpersonally I get on
      with everyone, which I now think sometimes stops me from saying the uncomfortable
      thing."""),
    *lines("""To check this wasn't just my opinion, I asked a fellow coordinator who has done the
      same course to read my records and say what she saw; she picked out the same two
      things, talking too much and avoiding challenge."""),

    H(1, "Where next"),
    *lines("""Looking at my ability as a mentor now, I am a good supporter and a beginner
      challenger. For questioning, my development opportunity is to practise asking the
      second question before I reach for advice, and I have asked our training lead if I
      can mentor the next new shift leader with a short observation by her, since we have
      no budget for external courses. For listening, I want to try recording a practice
      conversation (with consent) with the other coordinator, so I can hear where I cut in.
      For communication, the free webinars from the Mentoring and Befriending Foundation
      and the local Council for Voluntary Service's peer mentoring network both cover
      giving honest feedback, and the network meets monthly in the town centre. Longer
      term, supervision every two months will keep me honest."""),
    *lines("""When I had to rearrange one session I messaged Mentee A rather than ringing, which
      she said she preferred. Her reply is pasted here because it shows how much the
      relationship had changed by December:"""),
    *lines("""From: bethrourke94@hotmail.co.uk – "No worries Mariam, Thursday is fine, or text me on
      07912 448306 if it changes again. I sorted the voucher mix-up myself before I even
      thought to ask you!" """),

    H(1, "My plan for the next six months (February – July 2026)"),
    T(
        ["What I want to develop", "How", "By when", "How I'll know"],
        ["Questioning: more open second questions", "Observed mentoring with the training lead; my own tally after each session",
         "Observation in March; tally every session to July", "Mentee feedback rates challenge at 4 or 5"],
        ["Listening when busy", "Recorded practice conversation with a fellow coordinator; no phone in sessions",
         "Recording in February, listen back in March", "I can name three points where I interrupted and the next recording has fewer"],
        ["Giving honest feedback", "CVS peer mentoring network; webinar on feedback",
         "Network monthly from February; webinar by April", "Supervisor agrees my feedback is clear in the May supervision"],
        ["Protecting mentoring time", "Book sessions on the rota like a delivery slot",
         "From February", "No sessions moved by me between February and July"],
    ),
    *lines("""I will review the plan with my supervisor in May and again at the end of July."""),

    *lines("""Declaration: I confirm that this reflective account is my own work. Signed: M. Haddad,
      2 February 2026."""),
]

CASE = Case(
    name="d_305_gdocs",
    unit="8587-305",
    kind="unstructured",
    files=[SourceFile("Reflective account unit 305 - Google Docs.pdf", BLOCKS)],
    labels=dict(LABELS),
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Mentee A: full name signed under her feedback form, first name alone later,
        # her e-mail and mobile in a pasted message; Mentee B's first name in a caption
        "identifying": ["Bethany Rourke", "Bethany", "bethrourke94@hotmail.co.uk", "07912 448306", "Dev"],
    },
    about="Food bank coordinator's 305 account as a Google Docs PDF: paragraphs in short hard-broken lines, own headings, plan table; feedback-form signature, e-mail, phone and a caption name left in.",
)
