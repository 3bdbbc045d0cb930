"""8587-302 coaching: a hospital pharmacy log kept as one table per coachee, with subtotals.

Nadine, a senior pharmacy technician at an acute hospital, coaches two pharmacy
technicians, Ash and Mei. Her coaching log has one table per coachee, each ending in a
"Subtotal" row; the two coachees' joint session appears in both tables (she notes it is the
same session) and her grand total counts it once. Durations are in whatever form she typed
that week: "30 mins", "1 hr 15", "1.25 hrs", "2½ hours", "ninety minutes", "14:00-15:30".
Mei's table has a ten-minute corridor conversation marked "not counted", a cancelled row and
a planned row. Supervision and the ILM tutorial are in a third table with a cancelled and a
booked row.

Practice truth: Ash 30 + 75 + 75 + 90 + 90 (joint) + 90 = 450; Mei 45 + 60 + 150 + 75 + 75
= 405 (joint not again); 855 minutes in eleven sessions with two coachees; supervision and
tutorial 60 + 45 + 90 = 195 minutes.
"""

from .case import Case, H, P, SourceFile, T

BLOCKS = [
    H(0, "Unit 302 - Undertaking an Extended Period of Coaching in an Organisational Context"),
    P("Learner: Nadine, Senior Pharmacy Technician (Dispensary)"),
    P("ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    H(1, "Section 1 - Coaching log"),
    P("""I coached two pharmacy technicians between January and April 2025. Ash works on the
      wards and wanted to get faster and more accurate at medicines reconciliation; Mei runs
      the aseptic unit rota and wanted to become more confident managing conflict in her team.
      Both names are the ones they asked me to use."""),
    H(2, "Coachee 1 - Ash"),
    T(
        ["No.", "Date", "Session", "Duration", "Status"],
        ["1", "Mon 20 Jan", "Chemistry meeting", "30 mins", "Held"],
        ["2", "Mon 27 Jan", "Contracting and goals (GROW)", "1 hr 15", "Held"],
        ["3", "Mon 10 Feb", "Learning styles questionnaire and review", "1.25 hrs", "Held"],
        ["4", "Mon 24 Feb", "Reconciliation timings - what gets in the way", "1½ hours", "Held"],
        ["5", "Mon 10 Mar", "Joint session with Mei - team goals (same session as Mei's no. 6)", "14:00-15:30", "Held"],
        ["6", "Mon 17 Mar", "Progress review against SMART goals", "ninety minutes", "Held"],
        ["7", "Mon 31 Mar", "Final review", "1 hr", "Cancelled - Ash on annual leave, to rebook"],
        ["", "", "Subtotal Ash", "7.5 hrs", ""],
    ),
    H(2, "Coachee 2 - Mei"),
    T(
        ["No.", "Date", "Session", "Duration", "Status"],
        ["1", "Tue 21 Jan", "Chemistry meeting", "45 mins", "Held"],
        ["2", "Tue 28 Jan", "Contracting and goals", "1 hr", "Held"],
        ["3", "Tue 11 Feb", "360 feedback debrief (extended at Mei's request)", "2½ hours", "Held"],
        ["4", "Tue 25 Feb", "Conflict styles (TKI) and options", "1 hr 15", "Held"],
        ["5", "Mon 3 Mar", "Corridor catch-up after a difficult handover", "10 mins", "Informal - not counted"],
        ["6", "Mon 10 Mar", "Joint session with Ash - team goals (same session as Ash's no. 5)", "14:00-15:30", "Held"],
        ["7", "Tue 18 Mar", "Rehearsing a difficult conversation", "1.25 hrs", "Held"],
        ["8", "Tue 1 Apr", "Final review", "1 hr", "Planned"],
        ["", "", "Subtotal Mei", "8 hrs 15", ""],
    ),
    P("""Total coaching: 14.25 hours (Ash 7.5 + Mei 8.25, less the joint session of 1.5 hours,
      which is in both tables but only happened once)."""),
    H(1, "Section 2 - Supervision and tutorials"),
    T(
        ["Date", "With", "Type", "Length", "Notes"],
        ["Thu 6 Feb", "Claire (coaching supervisor)", "Supervision", "1 hr", "Contracting with Ash; boundaries"],
        ["Wed 19 Feb", "Declan (ILM tutor)", "Tutorial (Teams)", "45 mins", "Evidence check"],
        ["Thu 6 Mar", "Claire", "Supervision", "1 hr", "Cancelled by Claire - rebooked for 13 Mar"],
        ["Thu 13 Mar", "Claire", "Supervision", "1h30m", "Mei's 360 results; my own tendency to rescue"],
        ["Thu 3 Apr", "Declan", "Tutorial", "45 mins", "Booked"],
    ),
    H(1, "Section 3 - Reflection"),
    P("""Using two diagnostic tools - a learning styles questionnaire with Ash and 360 feedback
      with Mei - gave each of them something concrete to react to early. Mei's 360 debrief ran
      to two and a half hours because the results surprised her, and Claire helped me see that
      I had been trying to reassure her rather than let her sit with the feedback."""),
    P("""The joint session was Mei's idea. It worked for shared team goals but I would not do it
      again for individual goals, because Ash said less with Mei in the room."""),
    H(1, "Declaration"),
    P("""I declare that this coaching log and the work submitted for this unit are my own and are
      an accurate record of the coaching I carried out. Signed: Nadine, 4 April 2025."""),
]

CASE = Case(
    name="pz_302_pharmacy_per_coachee",
    unit="8587-302",
    kind="structured-docx",
    files=[SourceFile("302 coaching log - Nadine.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Ash: 20 Jan 30 ("30 mins") + 27 Jan 75 ("1 hr 15") + 10 Feb 75 ("1.25 hrs")
        #      + 24 Feb 90 ("1½ hours") + 10 Mar joint 90 (14:00-15:30) + 17 Mar 90
        #      ("ninety minutes") = 450; not 31 Mar (cancelled), not "Subtotal Ash".
        # Mei: 21 Jan 45 + 28 Jan 60 + 11 Feb 150 ("2½ hours") + 25 Feb 75 ("1 hr 15")
        #      + 18 Mar 75 ("1.25 hrs") = 405; not 3 Mar corridor (not counted), not 10 Mar
        #      (the joint session, already in Ash's table), not 1 Apr (planned), not subtotal.
        # 450 + 405 = 855 (= her 14.25 hours)
        "minutes": 855,
        "sessions": 11,  # Ash 6 (joint included) + Mei 5
        "individuals": 2,  # Ash and Mei
        # Claire 6 Feb 60 + Declan 19 Feb 45 + Claire 13 Mar 90 ("1h30m") = 195;
        # not 6 Mar (cancelled) or 3 Apr (booked)
        "supervision_minutes": 195,
    },
    about="Hospital pharmacy technician; one Word table per coachee with subtotal rows, a joint session listed in both tables, mixed duration formats, separate supervision table with cancelled/booked rows.",
)
