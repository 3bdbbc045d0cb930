"""8587-302 coaching: a veterinary hospital's coaching record as numbered entries, no styles.

Owen, clinical coach at a small-animal referral hospital, coaches two registered veterinary
nurses: Dev, and a second coachee called "Coachee B" in her contract and by her first name,
Leanne, in the notes. He typed one numbered entry per contact in plain paragraphs ("7.
Tuesday 24 September 2024 ...") with clock times or words for the length. Supervision with
his coaching supervisor sits in the same numbered list; one session was observed by his ILM
tutor, who debriefed him straight after. Dev did not attend one session; Owen sat in on his
supervisor coaching someone else (not counted); the last entry is booked. He adds a running
total after entry 7 and a correct total at the end.

Practice truth: Dev 40 + 90 + 60 + 75 + 90 + 60 = 415; Leanne 45 + 75 + 90 + 60 + 90 + 90 =
450; 865 minutes in twelve sessions with two coachees; supervision 60 + 30 + 45 = 135.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 8587-302: Undertaking an Extended Period of Coaching within an Organisational Context"),
    P("Candidate: Owen, Clinical Coach, small-animal referral hospital"),
    H(1, "Record of coaching"),
    P("""My coachees are two registered veterinary nurses. Dev is a theatre nurse who wants to
      step up to theatre lead. My second coachee is called Coachee B in our contract, as she
      asked; she was happy for me to use her first name, Leanne, in these notes. Leanne works in
      the intensive care unit and wants to manage her time on nights better. Each entry below is
      one contact, in date order."""),
    P("""1. Monday 2 September 2024, 10:00-10:40. Contracting meeting with Dev. Agreed six
      sessions fortnightly, confidentiality and what I would share with the head nurse (nothing
      without his say-so)."""),
    P("""2. Tuesday 3 September 2024, 14:00-14:45. Contracting meeting with Coachee B. Same
      terms; she asked that we meet off the ward."""),
    P("""3. Monday 9 September 2024, 10:00-11:30. Dev session 1. GROW on "theatre lead in 12
      months". Completed a strengths profile together."""),
    P("""4. Tuesday 10 September 2024, 14:00-15:15. Leanne session 1. Time log exercise set -
      she will log one night shift in 30-minute blocks."""),
    P("""5. Monday 16 September 2024, 12:00-13:00. Supervision with Nadia, my coaching
      supervisor. Discussed whether coaching someone I also rota is a conflict."""),
    P("""6. Monday 23 September 2024, 10:00-11:00. Dev session 2, observed by my ILM tutor Frank
      for my assessment. Frank then gave me a debrief from 11:00 to 11:30."""),
    P("""7. Tuesday 24 September 2024. Coachee B session 2, an hour and a half. We went through
      her time log; 40% of her night was interruptions she could batch."""),
    P("Running total so far: 6 hrs 40 mins of coaching."),
    P("""8. Monday 7 October 2024, 10:00. Dev session 3 - did not attend. He was pulled into an
      emergency surgery; I waited 20 minutes and then rebooked."""),
    P("""9. Monday 14 October 2024, 10:00-11:15. Dev session 3 (rearranged). Reviewed his first
      week deputising for the theatre lead."""),
    P("""10. Tuesday 15 October 2024, 1 hr. Leanne session 3. Wheel of life; she chose to work
      on sleep between shifts as well as time on shift."""),
    P("""11. Monday 21 October 2024, 2 hours. I sat in while Nadia coached one of the hospital's
      shift leads, with their agreement. This was Nadia's session, not mine, so I have not
      counted it."""),
    P("""12. Monday 28 October 2024, 10:00-11:30. Dev session 4. Rehearsed the theatre lead
      interview."""),
    P("""13. Tuesday 29 October 2024, 13:30-15:00. Leanne session 4. Reviewed two weeks of
      batching; she has cut her late handovers."""),
    P("""14. Monday 4 November 2024, 45 mins. Supervision with Nadia. Ending well with Dev, who
      got the job."""),
    P("""15. Monday 11 November 2024, 1h. Dev session 5 - review and closing."""),
    P("""16. Tuesday 12 November 2024, 14:00-15:30. Coachee B session 5 - review and closing."""),
    P("""17. Monday 25 November 2024, 10:00. Three-month follow-up with Dev - booked."""),
    P("""Total coaching delivered: 14 hours 25 minutes over twelve sessions (Dev 6, Leanne 6).
      Supervision and tutor debrief: 2 hours 15 minutes."""),
    H(1, "Reflection"),
    P("""Having Frank observe session 2 made me more aware of how often I filled silences. His
      debrief was blunt but fair, and in session 3 I counted to five before speaking. Dev said
      afterwards it was the first session where he felt he had worked things out himself."""),
    P("""Sitting in on Nadia's session in October showed me a much slower pace than mine. I
      brought some of that into the last sessions with Leanne."""),
    H(1, "Declaration"),
    P("""I declare that this is my own work and a true record of the coaching I undertook.
      Owen, 20 November 2024."""),
]

CASE = Case(
    name="pz_302_vet_numbered_entries",
    unit="8587-302",
    kind="numbered-unstyled",
    files=[SourceFile("Owen_302_coaching_record.docx", BLOCKS)],
    labels={},  # practice only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Dev:    1) 10:00-10:40 40 + 3) 10:00-11:30 90 + 6) 10:00-11:00 60 (observed, counts)
        #         + 9) 10:00-11:15 75 + 12) 10:00-11:30 90 + 15) "1h" 60 = 415
        # Leanne ("Coachee B"): 2) 14:00-14:45 45 + 4) 14:00-15:15 75 + 7) "an hour and a
        #         half" 90 + 10) "1 hr" 60 + 13) 13:30-15:00 90 + 16) 14:00-15:30 90 = 450
        # 415 + 450 = 865. Not: 8) DNA, 11) sitting in on Nadia (not counted), 17) booked,
        # the running total (6 h 40 = 400 after entry 7) or the closing total.
        "minutes": 865,
        "sessions": 12,
        "individuals": 2,  # Dev; Coachee B = Leanne
        # 5) Nadia 12:00-13:00 60 + 6) Frank's debrief 11:00-11:30 30 + 14) Nadia 45 = 135
        "supervision_minutes": 135,
    },
    about="Veterinary hospital clinical coach; numbered plain paragraphs, one per contact, clock times and words, Coachee B = Leanne, observed session with debrief, DNA, sitting-in not counted, running total.",
)
