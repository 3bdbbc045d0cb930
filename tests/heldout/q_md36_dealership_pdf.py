"""MD36 36-hour workplace mentoring diary, legacy (PDF): a car dealership's workshop controller.

Dean Okonjo, workshop controller at a franchised car dealership in Swindon, mentors three
apprentice technicians over September to November. Word saved as PDF with the task's four
sub-headings. The diary is one long table split by month: 'September total' and 'October
total' rows, 'Brought forward' rows, a 'Running total' row and a 'Grand total'; a group
session (an EV high-voltage safety workshop with all three); a shadowing row (he sat in on
the service manager's mentoring - not his own mentoring); a cancelled row; a planned
follow-up not yet held. Tutorials are in their own table. Mentees are 'Mentee 1 (Lewis)',
'Mentee 2', 'Mentee 3'; Mentee 1's signed feedback form carries his full name. No
declaration.

Practice, as an assessor counts it:
    Sept: 04/09 M1 contract 1 hr = 60, 05/09 M2 contract 1 hr = 60, 06/09 M3 contract 45
          mins = 45, 11/09 M1 2 hrs = 120, 12/09 M2 1 hr 30 = 90, 13/09 M3 1 hr 30 = 90,
          [18/09 shadowing 1 hr], 19/09 M1+M2+M3 group 2 hrs = 120 (once), 25/09 M1 1 hr 30
          = 90, 26/09 M2 2 hrs = 120, 27/09 M3 1 hr 15 = 75            = 870 (10 sessions)
    Oct:  02/10 M1 2 hrs = 120, 03/10 M2 1 hr 30 = 90, [04/10 M3 cancelled], 09/10 M3 1 hr
          45 = 105, 10/10 M1 1 hr 30 = 90, 16/10 M2 2 hrs = 120, 17/10 M3 1 hr 30 = 90,
          23/10 group all three 1 hr 30 = 90 (once), 30/10 M1 1 hr 15 = 75  = 780 (8)
    Nov:  06/11 M2 1 hr 30 = 90, 07/11 M3 2 hrs = 120, 13/11 M1 1 hr 30 = 90, 14/11 M2 1 hr
          15 = 75, 20/11 M3 1 hr 30 = 90, 21/11 M1 1 hr = 60, 27/11 M2 1 hr = 60,
          28/11 M3 1 hr 15 = 75, [04/12 planned]                        = 660 (8)
    => minutes 2310 (38 hrs 30), sessions 26, individuals 3,
       tutorials 20/09 1 hr + 18/10 1 hr 30 + 22/11 45 mins = 195.

Planted: Mentee 1's first name beside his pseudonym and his full name under his signed
feedback form. Not identifying: Dean's own name, the service manager and the head of
business (roles), Swindon, the IMI, the manufacturer's academy, GROW, Kolb, Honey and Mumford.
"""

from corpus.case import Case, H, P, SourceFile, T

HEAD = ["Date", "Mentee", "Duration", "Activity", "Progress / notes"]

DIARY = T(
    HEAD,
    ["04/09", "Mentee 1 (Lewis)", "1 hr", "Contract meeting", "Agreement signed; wants to pass his Level 3 EV module"],
    ["05/09", "Mentee 2", "1 hr", "Contract meeting", "Agreement signed"],
    ["06/09", "Mentee 3", "45 mins", "Contract meeting", "Agreement signed; quiet, wary"],
    ["11/09", "Mentee 1", "2 hrs", "1:1", "Diagnostics - Honey and Mumford"],
    ["12/09", "Mentee 2", "1 hr 30", "1:1", "Skills scan against IMI standards"],
    ["13/09", "Mentee 3", "1 hr 30", "1:1", "Skills scan; goals"],
    ["18/09", "(shadowing)", "1 hr", "Sat in on the service manager mentoring a sales exec", "Shadowing only - not my mentoring"],
    ["19/09", "Mentees 1, 2 and 3", "2 hrs", "Group - EV high-voltage safety workshop", "All three; isolation procedure"],
    ["25/09", "Mentee 1", "1 hr 30", "1:1", "Time on jobs vs. book time"],
    ["26/09", "Mentee 2", "2 hrs", "1:1", "Customer questions at handover"],
    ["27/09", "Mentee 3", "1 hr 15", "1:1", "Confidence asking for help"],
    ["September total", "", "14 hrs 30", "", "10 sessions"],
    ["Brought forward", "", "14 hrs 30", "", ""],
    ["02/10", "Mentee 1", "2 hrs", "1:1", "Diagnostic fault-finding on the ramp"],
    ["03/10", "Mentee 2", "1 hr 30", "1:1", "Handover role play"],
    ["04/10", "Mentee 3", "1 hr 30", "Cancelled", "Mentee 3 at the manufacturer's academy"],
    ["09/10", "Mentee 3", "1 hr 45", "1:1", "Rearranged from 04/10"],
    ["10/10", "Mentee 1", "1 hr 30", "1:1", "Mock EV assessment"],
    ["16/10", "Mentee 2", "2 hrs", "1:1", "Warranty paperwork"],
    ["17/10", "Mentee 3", "1 hr 30", "1:1", "Asking for help - what happened"],
    ["23/10", "Mentees 1, 2 and 3", "1 hr 30", "Group", "Peer review of each other's job cards"],
    ["30/10", "Mentee 1", "1 hr 15", "1:1", "After his EV module"],
    ["October total", "", "13 hrs", "", "8 sessions"],
    ["Running total", "", "27 hrs 30", "", ""],
    ["Brought forward", "", "27 hrs 30", "", ""],
    ["06/11", "Mentee 2", "1 hr 30", "1:1", "Customer complaint debrief"],
    ["07/11", "Mentee 3", "2 hrs", "1:1", "Working on the ramp next to a senior tech"],
    ["13/11", "Mentee 1", "1 hr 30", "1:1", "Next steps - master tech route"],
    ["14/11", "Mentee 2", "1 hr 15", "1:1", "Goal review"],
    ["20/11", "Mentee 3", "1 hr 30", "1:1", "Goal review"],
    ["21/11", "Mentee 1", "1 hr", "Final review", "Feedback form signed"],
    ["27/11", "Mentee 2", "1 hr", "Final review", "Feedback form signed"],
    ["28/11", "Mentee 3", "1 hr 15", "Final review", "Feedback form signed"],
    ["04/12", "Mentees 1, 2 and 3", "1 hr", "Planned follow-up", "Not yet held"],
    ["Grand total", "", "38 hrs 30", "", "26 sessions"],
)

TUTORIALS = T(
    ["Date", "Tutorial", "Duration", "What came out of it"],
    ["20/09", "Tutorial 1 with ILM tutor", "1 hr", "Contracts checked; too much telling in my first sessions"],
    ["18/10", "Tutorial 2 with ILM tutor", "1 hr 30", "Mentee 3 and the 'asking for help' problem"],
    ["22/11", "Tutorial 3 with ILM tutor", "45 mins", "Endings; my supervision plan"],
)

FEEDBACK_FORM = T(
    ["Mentee feedback form - Mentee 1", ""],
    ["What was most useful?", "The mock EV assessment and being asked what I would check first instead of being shown"],
    ["What could your mentor do better?", "Sometimes he answers his own questions"],
    ["Would you recommend mentoring to other apprentices?", "Yes"],
    ["Signed", "Lewis Harte 21/11"],
)

BLOCKS = [
    H(0, "Workplace Mentoring Diary - 36 hours"),
    P("Dean Okonjo, Workshop Controller, franchised dealership, Swindon"),

    H(1, "Planning and organising mentoring sessions"),
    P("""Three mentees, all second-year apprentice technicians on the IMI Level 3
      programme: Mentee 1 (Lewis), Mentee 2 and Mentee 3. The head of business agreed the
      apprentices could come off the ramps for one session a week each. I planned
      September to November, weekly where possible, with two group sessions because the
      high-voltage safety side of electric vehicles is something all three needed and it
      is better learned together. Sessions in the technicians' rest room with the door shut,
      or at the ramp when the point was to look at a job."""),
    P("""Contracting: a one-page agreement each, signed at the first meeting - what
      mentoring is and is not (I am not their assessor and I do not do their reviews),
      confidentiality and its limits (safety, especially HV safety, and safeguarding - Mentee
      3 is 17), how to cancel, and notes. Goals were agreed in the second session after the
      diagnostics: Mentee 1 to pass his Level 3 EV module first time; Mentee 2 to do vehicle
      handovers to customers without calling a service adviser over; Mentee 3 to ask a
      senior technician for help within 15 minutes of getting stuck instead of two hours."""),

    H(1, "Undertake mentoring sessions"),
    P("""Diagnostics: Honey and Mumford for Mentee 1 (a strong pragmatist, so everything we
      did was on a real car), and a skills scan against the IMI standards for Mentees 2 and 3.
      Questioning and listening: I used GROW loosely and a lot of 'what would you check
      first?'. With Mentee 3 the listening mattered most - it took until 17/10 for him to
      say that the reason he did not ask for help was that a senior tech had laughed at
      him in his first week."""),
    DIARY,
    P("""Impact on role: Lewis passed his EV module on 27/10. Mentee 2 now does her own
      handovers. Mentee 3 timed himself and asked for help within 15 minutes on four jobs
      in November."""),

    H(1, "Feedback and reflections of effectiveness of mentoring activity"),
    P("""Each mentee filled in a feedback form at the final review, and I asked the service
      manager for his view of the three of them as a stakeholder. Mentee 1's form is below.
      Reflecting on the programmes: the group sessions worked better than I expected for
      technical content, but the 1:1s were where the confidence issues came out. Kolb's cycle
      helped me see I was stuck in 'doing' and rarely stopped to reflect. My own
      performance: good on the technical side, too quick to answer my own questions."""),
    FEEDBACK_FORM,

    H(1, "Tutorial reflections of effectiveness of mentoring activity"),
    P("""Tutorials were with my ILM tutor at the training provider, recorded separately
      from the mentoring above."""),
    TUTORIALS,
    P("""The second tutorial challenged me most: my tutor asked whether I had done anything
      about the senior tech who laughed at Mentee 3. I had not, because it was told to me in
      confidence. We agreed I would raise the culture in the workshop generally with the
      service manager without naming anyone, which I did. Future supervision: I will ask the
      service manager to be my supervisor for the next intake, monthly for an hour, and
      keep a reflective note after each session."""),
]

CASE = Case(
    name="q_md36_dealership_pdf",
    unit="MD36",
    kind="structured-pdf",
    files=[SourceFile("Okonjo MD36 mentoring diary.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": False,
        "evidence_matrix": None,
        # Sept 60+60+45+120+90+90+120(group)+90+120+75 = 870; Oct 120+90+105+90+120+90+
        # 90(group)+75 = 780; Nov 90+120+90+75+90+60+60+75 = 660; shadowing, cancelled,
        # planned, month totals, brought forward, running and grand totals excluded.
        # re-added: 870 (60,120,165,285,375,465,585,675,795,870) + 780 (120,210,315,405,525,
        # 615,705,780) + 660 (90,210,300,375,465,525,585,660) = 2310.
        "minutes": 2310,
        "sessions": 26,
        "individuals": 3,
        "supervision_minutes": 195,  # tutorials 60 + 90 + 45
        "identifying": ["Lewis", "Lewis Harte"],
    },
    about="Car dealership workshop controller's 36-hour diary as PDF: one long table with month totals, brought-forward, running and grand total rows, two group sessions, a shadowing row, a cancelled and a planned row; tutorials in their own table; 'Mentee 1 (Lewis)' and his full name under a signed feedback form.",
)
