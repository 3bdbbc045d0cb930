"""8587-304 Extended mentoring: a Markdown portfolio whose log is a bulleted list.

Lucy Tran, a ward sister, mentors two newly qualified nurses (Mentee J and Mentee K) and
types her portfolio in Markdown. Her log is one bullet per contact, "date – who – time –
what": "1 hr", "1 hr 15", "2 x 45 mins" (two short sessions in one week), "1.30", "1:30",
"90 mins"; one session was observed by her supervisor (still a session she delivered);
one was cancelled; one she could only give as a range ("1-1½ hrs"); a subtotal line at the
end of February. Supervision and a tutorial are a list of their own.

Practice truth: ten sessions with a length written out, 60+75+45+45+120+90+90+120+105+60 =
810 minutes, two mentees; the 6 March range and the bare "1.30" and "1:30" (a length or the
time the session started?) are listed as uncertain and not counted. Supervision 60 + 60 + 30
= 150 minutes in three sessions.
"""

from .case import B, Case, H, P, SourceFile

BLOCKS = [
    H(1, "Unit 304 Extended Mentoring – Lucy Tran"),
    P("Registration R3318840, Tyneside Nursing Academy. This portfolio is my own work."),
    H(2, "1.1 Plan"),
    P("""I planned to mentor two newly qualified nurses for at least twelve hours between them,
      around our shifts, in the ward seminar room, with the rota coordinator keeping one long
      day a fortnight free for each of them."""),
    H(2, "1.2 Goals"),
    P("""Mentee J wanted to give a confident handover to the night team; Mentee K wanted to take
      charge of the ward on a weekend shift before her preceptorship ended."""),
    H(2, "1.3 Contract"),
    P("""We agreed in writing, with the ward manager as the third party, that nothing said would
      reach her unless a patient was at risk."""),
    H(2, "2.1 Diagnostic tools"),
    P("""Both mentees rated themselves against the preceptorship competencies, and I added a
      SWOT analysis that Mentee K filled in on the back of a drug chart."""),
    H(2, "2.2 Model"),
    P("""I used the Egan skilled helper model: current scenario, preferred scenario, then the way
      forward, which suited Mentee J's need to see where she was heading."""),
    H(2, "2.3 Skills and ethics"),
    P("""When Mentee K told me about a drug error she had not reported, I explained that this was
      the one thing I could not keep confidential and went with her to report it."""),
    H(2, "2.4 Mentoring log"),
    B("5 Jan – Mentee J – 1 hr – contracting and goals"),
    B("12 Jan – Mentee K – 1 hr 15 – contracting and goals"),
    B("19 Jan – Mentee J – 2 x 45 mins (Monday and Wednesday) – two short sessions while she was on nights"),
    B("26 Jan – Mentee K – 1.30 – role play of a handover to the night team"),
    B("2 Feb – Mentee J – 1:30 – observed by my supervisor, Sue Grant, who gave me feedback afterwards"),
    B("9 Feb – Mentee K – cancelled, she was off sick"),
    B("16 Feb – Mentee K – 2 hrs – catching up on the missed week"),
    B("23 Feb – Mentee J – 1 hr 30 mins – medicines round confidence"),
    P("Hours so far (end of February): 10 hrs 15 mins."),
    B("2 Mar – Mentee K – 90 mins – her first shift in charge"),
    B("6 Mar – Mentee J – 1-1½ hrs – I lost my note of the time"),
    B("9 Mar – Mentee J – 2 hrs – preparing for her preceptorship review"),
    B("16 Mar – Mentee K – 1 hr 45 – review of goals"),
    B("23 Mar – Mentee J and Mentee K – 1 hr – joint closing session"),
    H(2, "3.4 Supervision and tutorials"),
    B("30 Jan – Sue Grant (my supervisor) – 1 hr – boundaries with a mentee who is also a friend"),
    B("27 Feb – Sue Grant – 1 hr – what she saw when she observed me on 2 Feb"),
    B("13 Mar – ILM tutor – 30 mins – tutorial on my reflective account"),
    H(2, "3.1 Reflection"),
    P("""Being observed made me realise how often I rescue Mentee J when she hesitates; since then
      I count to five before I speak."""),
    H(2, "3.2 Feedback"),
    P("""I asked for one word at the end of each session; Mentee K's words went from 'nervous' in
      January to 'ready' in March."""),
    H(2, "3.3 Communication skills"),
    P("""My questions improved most: I replaced 'did you' questions with 'what happened when', and
      my feedback moved from general praise to naming the exact moment."""),
]

CASE = Case(
    name="pr_304_bullets_md",
    unit="8587-304",
    kind="structured-docx",
    files=[SourceFile("lucy-tran-304.md", BLOCKS)],
    labels={
        "1.1": "one long day a fortnight free",
        "1.2": "confident handover to the night team",
        "1.3": "unless a patient was at risk",
        "2.1": "on the back of a drug chart",
        "2.2": "Egan skilled helper model",
        "2.3": "went with her to report it",
        "2.4": "5 Jan – Mentee J – 1 hr – contracting and goals",
        "3.1": "I count to five before I speak",
        "3.2": "'ready' in March",
        "3.3": "'what happened when'",
        "3.4": "boundaries with a mentee who is also a friend",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 810,
        "sessions": 10,
        "individuals": 2,
        "supervision_minutes": 150,
    },
    about="Ward sister; Markdown bullet log, '2 x 45 mins', '1.30' and '1:30', observed by her supervisor, a range, supervision list.",
)
