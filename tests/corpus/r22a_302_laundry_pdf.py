"""8587-302 coaching log as a PDF from an NHS hospital laundry: one table per coachee, each with Planned and Actual columns; Coachee 1's table has a session cancelled when the tunnel washer broke down (planned hour still in the Planned column) and rearranged two days later, an observed session, and a correct Subtotal row; Coachee 2's table runs over a page break with "Carried forward" and "Brought forward" rows, has a did-not-attend row, and a Subtotal that is ten minutes short; a Grand total built on the wrong subtotal; actual lengths "1:15", "1:30", "1:10" (h:mm), "1½ hrs", "1 hr 20", "55 mins"; a supervision table with the tutor's debrief after the observation, a group tutorial on Teams "14:00-15:30" and a supervision that is only booked; shadowing an L&D adviser "not counted"; informal chats with her line manager she says she does not count as supervision. Clean.

Lorraine Tait, production manager at an NHS linen and laundry unit serving three hospitals, coaches
Coachee 1 (a washroom team leader) and Coachee 2 (a finishing supervisor on the flatwork ironers).

Coachee 1 (Actual column):
  1  Mon 06/01  "1 hr" three-way contracting                         60
  2  Mon 13/01  "1:15"                                              75
  3  Mon 20/01  "Cancelled - tunnel washer breakdown"                0
  3  Wed 22/01  "55 mins" (rearranged)                              55
  4  Mon 03/02  "1:30"                                              90
  5  Mon 17/02  "1 hr (observed by tutor)"                          60
  6  Mon 03/03  "45 mins" review                                    45
  60 + 75 = 135; + 55 = 190; + 90 = 280; + 60 = 340; + 45 = 385 (6). Her Subtotal "6 h 25" = 385,
  right; Planned "6 h 45" = 405 counts the cancelled hour.
Coachee 2 (Actual column):
  1  Wed 08/01  "45 mins" chemistry                                 45
  2  Wed 15/01  "1½ hrs"                                            90
  3  Wed 29/01  "DNA - on leave, forgot to tell me"                  0
  4  Wed 05/02  "1:10"                                              70
     Carried forward / Brought forward "3 h 25" (45 + 90 + 70 = 205, right; not sessions)
  5  Wed 19/02  "50 mins"                                           50
  6  Wed 05/03  "1 hr 20"                                           80
  7  Wed 12/03  "40 mins" final review                              40
  45 + 90 = 135; + 70 = 205; + 50 = 255; + 80 = 335; + 40 = 375 (6). Her Subtotal "6 h 05" (365).
Grand total: hers "12 h 30" (6 h 25 + 6 h 05); true 385 + 375 = 760 = 12 h 40, in 6 + 6 = 12 sessions.
Not counted: Thu 27/02 sat in on the Trust L&D adviser coaching a porter, 1 hr ("shadowing - not
counted as my coaching").
Supervision table: Fri 10/01 supervision with the coaching supervisor "1 hr" 60; Mon 17/02 tutor
debrief after the observed session "30 mins" 30; Mon 24/02 group tutorial on Teams "14:00-15:30" 90;
Thu 20/03 supervision 2 "booked" 0. 60 + 30 + 90 = 180. Her chats with her line manager: "I don't
count those as supervision".

Practice truth: 760 minutes in 12 sessions with two coachees; supervision 180 minutes.
"""

from .case import B, Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 8587-302 Undertaking an Extended Period of Coaching - Coaching Log and Records"),
    P("Lorraine Tait - Production Manager, Linen and Laundry Services. ILM Level 3 Certificate in Effective Coaching and Mentoring."),
    H(1, "Background"),
    P("""Our unit washes, dries, irons and packs the linen for three hospitals - about 150,000 pieces a
      week: sheets, theatre gowns, patient wear, infected linen in red alginate bags that go straight
      into the washer unopened. Two shifts, 6am-2pm and 2pm-10pm, 58 staff. Coaching is new here;
      the Trust's L&D team runs it for ward managers but nobody had done it in the laundry."""),
    P("""Coachee 1 is the washroom team leader on the early shift: he runs the tunnel washer and the
      dryers and wants to lead the morning huddle himself and get our rewash rate down from 4% to
      2.5%. Coachee 2 is the finishing supervisor (flatwork ironers, folders, packing) and wants to
      handle her own attendance conversations without calling me in. I planned six one-hour
      sessions each over ten weeks, in the training room off the canteen, Mondays for Coachee 1 and
      Wednesdays for Coachee 2 at 10:30 after the first cage run goes out. Contracts agreed with
      each coachee and the Laundry Services Manager; notes kept on my H drive, not the shared one."""),
    H(1, "Coachee 1 - washroom team leader"),
    T(
        ["Session", "Date", "Planned", "Actual", "Focus / outcome"],
        ["1", "Mon 06/01", "1 hr", "1 hr", "Three-way contracting with the Laundry Services Manager. Goals agreed."],
        ["2", "Mon 13/01", "1 hr", "1:15", "GROW on the huddle. Wheel of confidence: 4/10 speaking to the whole shift."],
        ["3", "Mon 20/01", "1 hr", "Cancelled - tunnel washer breakdown", "Engineers in all day. Rearranged."],
        ["3", "Wed 22/01", "1 hr", "55 mins", "Rearranged. Rewash data - what is causing the 4%?"],
        ["4", "Mon 03/02", "1 hr", "1:30", "He brought the stain chart. Options for the huddle format."],
        ["5", "Mon 17/02", "1 hr", "1 hr (observed by tutor)", "Huddle rehearsal. Tutor's debrief with me after - see supervision."],
        ["6", "Mon 03/03", "45 mins", "45 mins", "Review. Has led 8 huddles; rewash at 2.9%."],
        ["Subtotal", "", "6 h 45", "6 h 25", ""],
    ),
    H(1, "Coachee 2 - finishing supervisor"),
    T(
        ["Session", "Date", "Planned", "Actual", "Focus / outcome"],
        ["1", "Wed 08/01", "45 mins", "45 mins", "Chemistry - what coaching is, what she wants from it."],
        ["2", "Wed 15/01", "1 hr", "1½ hrs", "Contract (with the Laundry Services Manager for the first 20 mins). Goals."],
        ["3", "Wed 29/01", "1 hr", "DNA - on leave, forgot to tell me", "-"],
        ["4", "Wed 05/02", "1 hr", "1:10", "Role play: a return-to-work conversation."],
        ["Carried forward", "", "", "3 h 25", ""],
    ),
    P("(continued)"),
    T(
        ["Session", "Date", "Planned", "Actual", "Focus / outcome"],
        ["Brought forward", "", "", "3 h 25", ""],
        ["5", "Wed 19/02", "1 hr", "50 mins", "She held her first attendance conversation on her own on the 17th."],
        ["6", "Wed 05/03", "1 hr", "1 hr 20", "A harder one coming - long-term sickness. Options."],
        ["7", "Wed 12/03", "30 mins", "40 mins", "Final review and feedback form."],
        ["Subtotal", "", "", "6 h 05", ""],
    ),
    P("Grand total coaching: 12 h 30 (Coachee 1 6 h 25 + Coachee 2 6 h 05)."),
    P("""Not included: on Thu 27/02 I sat in on the Trust's L&D adviser coaching a porter, 1 hr, to see how
      someone more experienced does it. Shadowing - not counted as my coaching."""),
    H(1, "Supervision and tutorials"),
    T(
        ["Date", "With", "Length", "What came out of it"],
        ["Fri 10/01", "Coaching supervisor (Trust L&D)", "1 hr", "I over-plan sessions. Go in with one question, not ten."],
        ["Mon 17/02", "Tutor - debrief after observing session 5 with Coachee 1", "30 mins", "I summarise too often and it breaks his flow."],
        ["Mon 24/02", "Group tutorial on Teams (ILM cohort)", "14:00-15:30", "Endings; how to use the feedback forms."],
        ["Thu 20/03", "Supervision 2", "booked", "-"],
    ),
    H(1, "Reflection on the log"),
    P("""Keeping a Planned and an Actual column showed me something I hadn't noticed: Coachee 2's
      sessions always ran over and Coachee 1's were short or cancelled. The washroom can't spare
      him when anything goes wrong with the tunnel, and I should have booked his sessions for the
      afternoon when the engineers are on site. The DNA in January was a gap in our contract - we
      never agreed what happens when one of us is on leave."""),
    P("""I also talk things over with my line manager most weeks - how the coachees are getting on, in
      general terms - but I don't count those as supervision; she isn't a coach and it's more of a
      catch-up."""),
    B("Key learning 1: one question, then wait (supervisor, January)."),
    B("Key learning 2: stop summarising every two minutes (tutor, February)."),
    B("Key learning 3: agree in the contract what happens with leave and breakdowns."),
    P("Declaration of authenticity: I confirm that this log and the records in it are my own work. L. Tait, 14/03/2025."),
]

CASE = Case(
    name="r22a_302_laundry_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Tait_8587-302_coaching_log.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,  # "Declaration of authenticity: I confirm ... my own work. L. Tait"
        "evidence_matrix": False,  # log and records only, no matrix
        # Clean: Lorraine Tait / L. Tait the learner; Coachee 1 / Coachee 2; Laundry Services Manager,
        # Trust L&D, line manager unnamed.
        "identifying": [],
        # Coachee 1: 06/01 "1 hr" 60; 13/01 "1:15" 75; 20/01 cancelled 0; 22/01 "55 mins" 55;
        #   03/02 "1:30" 90; 17/02 "1 hr (observed by tutor)" 60; 03/03 "45 mins" 45
        #   60 + 75 = 135; + 55 = 190; + 90 = 280; + 60 = 340; + 45 = 385 (6). Subtotal "6 h 25" right.
        # Coachee 2: 08/01 "45 mins" 45; 15/01 "1½ hrs" 90; 29/01 DNA 0; 05/02 "1:10" 70;
        #   [Carried forward / Brought forward "3 h 25" - not sessions]; 19/02 "50 mins" 50;
        #   05/03 "1 hr 20" 80; 12/03 "40 mins" 40
        #   45 + 90 = 135; + 70 = 205; + 50 = 255; + 80 = 335; + 40 = 375 (6). Her subtotal "6 h 05" is wrong.
        # 385 + 375 = 760 (12 h 40); her grand total "12 h 30".
        # Not: 27/02 shadowing the L&D adviser, 1 hr ("not counted").
        "minutes": 760,
        "sessions": 12,
        "individuals": 2,
        # 10/01 supervisor "1 hr" 60; 17/02 tutor debrief "30 mins" 30; 24/02 group tutorial
        # "14:00-15:30" 90; 20/03 booked 0. 60 + 30 + 90 = 180. Line-manager chats: "I don't count those".
        "supervision_minutes": 180,
    },
    about="NHS hospital laundry production manager; 302 PDF with one planned/actual table per coachee (cancelled and rearranged, DNA, observed session, carried/brought forward rows over a page break, one subtotal wrong), supervision table with tutor debrief and group tutorial, shadowing and line-manager chats not counted; clean.",
)
