"""8587-302 coaching practice: a water treatment works process manager's diary, PDF, durations only in prose.

Nadia Rowe manages process operations at a water treatment works and coaches two staff,
called throughout "Coachee A" (a shift supervisor) and "Coachee B" (a laboratory
technician). Her evidence is a reflective diary: each entry says in words how long the session
ran ("just under an hour, fifty minutes", "an hour and a half") and ends with her own running
subtotal, which is correct at every step. Two supervision sessions are written up in the same
diary but are kept out of her subtotals, as they should be. Nothing to flag.

Assessor's arithmetic, entry by entry:
   4 Sep  A  contracting, "fifty minutes"            -> 50   (running 50)
  11 Sep  B  first meeting, "an hour and ten minutes" -> 70  (running 2 h)
  18 Sep  A  "an hour and a half"                     -> 90  (running 3 h 30)
  25 Sep  B  "an hour"                                -> 60  (running 4 h 30)
   2 Oct  A  site walk, "two hours"                   -> 120 (running 6 h 30)
   9 Oct  B  "an hour and a quarter"                  -> 75  (running 7 h 45)
  16 Oct  A  "an hour"                                -> 60  (running 8 h 45)
  20 Oct  supervision, "an hour"                      -> supervision 60, not practice
  23 Oct  B  "forty-five minutes"                     -> 45  (running 9 h 30)
  30 Oct  A  "an hour and a half"                     -> 90  (running 11 h)
   6 Nov  B  "an hour"                                -> 60  (running 12 h)
  10 Nov  supervision, "forty minutes"                -> supervision 40
  13 Nov  A  closing review, "forty-five minutes"     -> 45  (running 12 h 45)
  minutes 765 (= 12 h 45, her final subtotal); sessions 11 (A six, B five); individuals 2;
  supervision 60+40 = 100.
"""

from corpus.case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "8587-302 Undertaking an Extended Period of Coaching - Coaching Diary"),
    P("Nadia Rowe, Process Operations Manager, Hollins Reservoir Water Treatment Works."),
    H(1, "Planning the coaching"),
    P("""Before anything else I set out a plan on one page: two coachees, roughly six sessions
      each spread over ten weeks, a mix of office sessions and time on the plant, and a review
      point at the halfway mark so the total would pass twelve hours with room to spare if a
      session ran short. Sessions were booked around the shift pattern so that Coachee A never
      came in on a rest day."""),
    H(1, "Goals and contract"),
    P("""Coachee A wants to move from shift supervisor to duty manager and asked to work on
      delegating during chemical deliveries and on speaking up in the morning operations call.
      Coachee B wants to present lab results to the operations team without reading off the
      sheet. We agreed these goals by each of them writing their own version first and then
      tightening the wording together so each one had a date and something visible."""),
    P("""The contract was a two-page agreement signed by each coachee, me and the works manager
      as sponsor. It says what stays between us, the one exception being anything that affects
      drinking water safety, and that the sponsor only hears progress in the coachee's own words."""),
    H(1, "The diary"),
    P("""4 September. First session with Coachee A, just under an hour, fifty minutes. Mostly
      contracting and how we would work. The first email had come through the works manager, so
      I made a point of asking whether coaching was really her choice. Running total: 50 minutes."""),
    P("""11 September. First session with Coachee B, an hour and ten minutes. I used a strengths
      questionnaire as a starting point and she scored herself lowest on influencing, which
      surprised her. Running total: 2 hours."""),
    P("""18 September. Coachee A, an hour and a half. We worked through GROW on the delegation goal;
      the Reality stage took most of the time because she kept finding jobs she does herself
      that her operators could do. Running total: 3 hours 30."""),
    P("""25 September. Coachee B, an hour. A wheel of life exercise on confidence at work. Feedback
      slip at the end said the wheel was more useful than she expected. Running total: 4 hours 30."""),
    P("""2 October. Coachee A, two hours, most of it walking the filter beds while she talked me
      through who does what. Walking side by side made it easier for her to say what she thought.
      Running total: 6 hours 30."""),
    P("""9 October. Coachee B, an hour and a quarter, rehearsing her results slot. I asked what she
      noticed about her own voice and she said it sped up at every number. Running total: 7 hours 45."""),
    P("""16 October. Coachee A, an hour. Review at halfway. Both goals still right. Running total: 8 hours 45."""),
    P("""20 October. Supervision with my coach supervisor, an hour, not counted in my coaching
      hours. I brought my habit of filling silences on the plant walk. She asked what I was afraid
      the silence meant, and I realised I took it as the coachee being bored rather than thinking.
      Outcome: I would let at least one silence run in every session and note what followed."""),
    P("""23 October. Coachee B, forty-five minutes, short because of a sampling failure. Running total: 9 hours 30."""),
    P("""30 October. Coachee A, an hour and a half. She ran the delivery on Tuesday and delegated the
      paperwork for the first time. Running total: 11 hours."""),
    P("""6 November. Coachee B, an hour. She presented at the operations call without notes. Running total: 12 hours."""),
    P("""10 November. Second supervision, forty minutes, again outside my hours. We talked about
      ending well and not creating dependency; agreed I would hand the final review to Coachee A to lead."""),
    P("""13 November. Coachee A, closing review, forty-five minutes. She led it. Final total: 12 hours 45."""),
    H(1, "Looking back"),
    P("""Each entry above has a line of reflection; the main learning across them is that I plan well
      and over-explain. After every session I asked each coachee for one word for how useful it was
      and one thing to change, and kept the slips in the file: the most common change asked for was
      fewer examples from me. Listening back to my notes, my questions got shorter as the weeks went
      on, and my feedback moved from praise to specific observations such as the voice speeding up."""),
    P("I declare that this is my own work. N. Rowe"),
]

CASE = Case(
    name="r_8587_302_waterworks_pdf",
    unit="8587-302",
    kind="structured-pdf",
    files=[SourceFile("Rowe_8587-302_coaching_diary.pdf", BLOCKS)],
    labels={
        "1.1": "a review point at the halfway mark",
        "1.2": "writing their own version first",
        "1.3": "anything that affects drinking water safety",
        "2.1": "scored herself lowest on influencing",
        "2.2": "the Reality stage took most of the time",
        "2.3": "Walking side by side made it easier",
        "2.4": "The first email had come through the works manager",
        "3.1": "I plan well and over-explain",
        "3.2": "fewer examples from me",
        "3.3": "my questions got shorter as the weeks went on",
        "3.4": "took it as the coachee being bored rather than thinking",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        "minutes": 765,
        "sessions": 11,
        "individuals": 2,
        "supervision_minutes": 100,
    },
    about="Water treatment works process manager; durations only in words in a reflective diary with the learner's own correct running subtotals, supervision written in the same diary but outside them; nothing to flag.",
)
