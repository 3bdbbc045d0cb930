"""8587-302 coaching appendices as PDF: an NHS community podiatry clinical lead, four planted details.

Rachel Ibbotson, Clinical Lead Podiatrist in a community podiatry service in Sheffield,
coaches two Band 6 podiatrists moving into the diabetic foot team for her Level 5 Certificate.
This file holds only her appendices: the coaching log, two session records for Coachee A, a
coachee feedback form and a supervision record. No declaration (that is in her main file).
She codes the coachees "Coachee A" and "Coachee B" (and "CA"/"CB" in places), except:

Planted (4): one log row with Coachee A as initial and surname ("H. Nguyen"); her son by a
first name that is also a country and a river, in a session record ("Jordan"), in a file
that also has Jordanthorpe Health Centre; a patient by title and surname in the next
record ("Mrs Adeyemi"); and Coachee A's full name typed as her signature on the feedback
form ("Hoa Nguyen").

Clean but tricky: the learner's own name on the form lines; her coaching supervisor in the
supervision record's Supervisor field ("Marianne Okoro"); Hope Valley College and Hope,
Jordanthorpe and Beighton health centres, the Northern General; the Royal
College of Podiatry, HCPC, NICE NG19, Diabetes UK, SystmOne, Scholl; Whitmore's GROW,
Downey, Hawkins & Smith (2006), the wheel of life and the Johari window; "Band 7 Lead".
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Appendices C–F: coaching records"),
    P("Rachel Ibbotson – ILM Level 5 Certificate in Coaching and Mentoring – Unit 8587-302"),
    P("""These appendices go with my main portfolio document. Coachees are referred to as
      Coachee A and Coachee B throughout. Both are Band 6 podiatrists in the community
      service and both asked to be coached as they move into the diabetic foot team."""),

    H(1, "Appendix C – Coaching log"),
    T(
        ["Date", "Coachee", "Length", "Venue", "Focus", "Tool / model"],
        ["09/01/25", "Coachee A", "30 mins", "Teams", "Chemistry call – what coaching is and isn't", "–"],
        ["13/01/25", "Coachee B", "30 mins", "Teams", "Chemistry call", "–"],
        ["23/01/25", "Coachee A", "1 hr 30", "Beighton HC", "Contract signed; goals", "Wheel of life; GROW"],
        ["27/01/25", "Coachee B", "1 hr 30", "Jordanthorpe HC", "Contract signed; goals", "Wheel of life; GROW"],
        ["06/02/25", "H. Nguyen", "1 hr 30", "Jordanthorpe HC", "Confidence leading the high-risk clinic", "Scaling; GROW"],
        ["10/02/25", "Coachee B", "1 hr 30", "Teams", "Time management on caseload", "Urgent/important grid"],
        ["20/02/25", "Coachee A", "1 hr 30", "Beighton HC", "Hard conversations with patients", "GROW; Johari window"],
        ["24/02/25", "Coachee B", "1 hr 30", "Jordanthorpe HC", "Delegating to the foot care assistants", "GROW"],
        ["06/03/25", "Coachee A", "1 hr 30", "Beighton HC", "A patient she feels she has let down", "GROW; scaling"],
        ["10/03/25", "Coachee B", "1 hr 30", "Teams", "Review and next steps", "Wheel of life (repeat)"],
        ["20/03/25", "Coachee A", "1 hr", "Beighton HC", "Review and close", "Wheel of life (repeat)"],
    ),
    P("""CA = Coachee A, CB = Coachee B in the records below. HC = Health Centre. GROW is
      Whitmore's model (Goal, Reality, Options, Way forward) and the records follow it. All rooms were
      clinic rooms booked in SystmOne as "admin" so nobody walked in."""),

    H(1, "Appendix D – Session records (Coachee A)"),
    H(2, "Record – Coachee A, session 3 (06/02/25, Jordanthorpe HC)"),
    T(
        ["Field", "Notes"],
        ["Goal", """To feel confident leading the Thursday high-risk foot clinic on her own by
         the end of March (she scored herself 4/10 today)."""],
        ["Reality", """CA knows the clinical side – she has done the NICE NG19 update and the
         Diabetes UK module for her HCPC CPD – but freezes when the Band 7 Lead is not there. She is also
         tired: her son Jordan has just started at Hope Valley College and the school bus
         leaves at ten past seven, so she is on the road from Hope before it is light."""],
        ["Options", """Shadow the Band 7 Lead twice more; lead with the Lead in the room but
         silent; lead alone with the Lead on the phone; swap her Thursday start time."""],
        ["Way forward", """Lead on 13 and 20 Feb with the Band 7 Lead in the room but silent.
         Ask the service manager about a 9.00 start on Thursdays."""],
        ["My reflection", """I wanted to fix the school-run problem for her and caught myself.
         Downey's spectrum helped – I moved back to the non-directive end and asked what she
         could change rather than telling her. The scaling question worked well: she could
         say what a 6 would look like."""],
    ),
    H(2, "Record – Coachee A, session 5 (06/03/25, Beighton HC)"),
    T(
        ["Field", "Notes"],
        ["Goal", "To stop carrying one patient's case home with her every night."],
        ["Reality", """She brought the case of Mrs Adeyemi, who has had a neuropathic ulcer on
         her left heel since October, keeps missing the dressing clinic and was admitted to
         the Northern General last week. CA said she had "failed her"."""],
        ["Options", """Talk it through in the clinical case review; write down what was and
         wasn't in her control; ask for a joint visit with the tissue viability nurse."""],
        ["Way forward", """Take the clinical questions to Tuesday's case review (not
         coaching). In coaching: the control list, and one evening a week with no notes
         taken home."""],
        ["My reflection", """This came close to clinical supervision, which is not my role as
         her coach. I said so, pointed her to the case review for the wound care side and
         kept our time on how she was carrying it. I named a patient in my own notes, which I
         need to stop doing."""],
    ),

    H(1, "Appendix E – Coachee feedback form (session 5)"),
    T(
        ["Question", "Rating 1–5", "Comment"],
        ["I felt listened to", "5", "Always"],
        ["The session helped me think differently", "4", "The control list was useful"],
        ["My coach kept to what we agreed in the contract", "5", "Stopped me going into clinical stuff, fair"],
        ["I left with clear actions", "4", ""],
    ),
    P("""What would make the next session better? "More time at the end – we always run up to
      the wire." """),
    P("Coachee signature: Hoa Nguyen        Date: 06/03/2025"),
    P("Coach: Rachel Ibbotson"),

    H(1, "Appendix F – Supervision record"),
    T(
        ["Coach", "Rachel Ibbotson"],
        ["Supervisor", "Marianne Okoro (EMCC accredited coach supervisor)"],
        ["Date / length", "14/02/2025, 1 hour, Teams"],
        ["Focus", """Sessions 2 and 3 with Coachee A and session 2 with Coachee B, looked at
         through Hawkins & Smith's (2006) seven-eyed model."""],
        ["Outcomes", """Mode 4 (the coaching relationship): I am more comfortable with CB
         because she is like me. Mode 5 (me): my urge to solve is strongest when the coachee
         is tired or upset. Action: before each session write down the one thing I must not
         solve for them, and re-read the contract wording on clinical issues."""],
    ),
    P("""Pages printed from my Word file, 24 March 2025. Scholl and Royal College of Podiatry
      leaflets referred to in session 4 are not included."""),
]

CASE = Case(
    name="r19b_302_podiatry_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Ibbotson 302 Appendices C-F.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": False,
        "evidence_matrix": False,
        # Not: Rachel Ibbotson (learner), Marianne Okoro (supervisor in the form's field),
        # Jordanthorpe, Hope Valley College / Hope, Northern General, Coachee A/B, CA/CB.
        "identifying": ["H. Nguyen", "Jordan", "Mrs Adeyemi", "Hoa Nguyen"],
    },
    about="NHS community podiatry clinical lead's 302 appendices PDF, planted: initial+surname in one log row, the coachee's son 'Jordan' beside Jordanthorpe and Hope Valley College, a patient 'Mrs Adeyemi', the coachee's typed signature; supervisor in its field, Hawkins & Smith, NICE/HCPC clean; no declaration.",
)
