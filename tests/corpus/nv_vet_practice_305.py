"""8587-305 Reflecting on Mentoring Skills: a head veterinary nurse's reflective journal.

Niamh Doherty, head nurse at a small-animal practice near Harrogate, mentors a student
veterinary nurse she calls "Mentee N" (she says the letter is not the student's initial).
Nothing is to be flagged.

Traps: her own name in a file-name-like title and a running header, her tutor named where
the cover asks; the practice's rooms named after an author (the Herriot Suite) and a
founding vet's nickname, a TV vet and his programme, James Herriot's books and the museum in
Thirsk, RCVS and BVNA, the Nursing Progress Log, pet-food and drug brands, practice software,
an award, a radio song, "Mum", job titles (Clinical Coach, Clinical Director), weekdays and
months, and theorists with and without dates (Clutterbuck, Daloz, Johns, Gibbs, Kolb).
"""

from .case import B, Case, H, P, SourceFile, T

JOURNAL = [
    H(0, "Doherty_N_Unit305_ReflectiveJournal_v3_FINAL"),
    P("Niamh Doherty | Unit 305 | Reflecting on Mentoring Skills | page header"),
    T(
        ["Learner name", "Niamh Doherty RVN"],
        ["Learner registration number", "R7730925"],
        ["Centre", "Dales Leadership Academy, Ripon"],
        ["Tutor", "Malcolm Fairbairn"],
    ),
    P("""Declaration: I confirm that this reflective journal is my own work and that the
      student I mentored has agreed to it being read by my tutor and the assessor.
      Signed: Niamh Doherty, 14 March 2025"""),
    H(1, "About this journal"),
    P("""I am the head nurse at Nidd Valley Veterinary Centre, a four-vet small-animal
      practice on the edge of Harrogate with a branch surgery in Knaresborough. Since
      September I have mentored a first-year student veterinary nurse who is on the FdSc
      Veterinary Nursing at Askham Bryan College and spends three days a week with us. I call
      her Mentee N throughout. The letter was picked at random from the practice rota
      and is not her initial; the only people who know who she is are the Clinical Director
      and her college placement tutor, who both agreed to her taking part."""),
    P("""Mentoring is different from the clinical coaching she also receives. Her Clinical
      Coach, a role the RCVS requires for every student nurse, signs off the skills in her
      Nursing Progress Log (the NPL). My job was the other half: how she copes with long
      shifts, euthanasia consults, angry owners and her own doubts about whether she chose the
      right career. I kept the two roles apart on purpose, as Clutterbuck (2004) recommends,
      so that she could tell me things she would not want her assessor to hear."""),
    H(1, "1.1 How effective was my mentoring?"),
    P("""My evidence is the session notes I kept after each of our fourteen meetings, three
      feedback sheets the student filled in (October, December and February), the notes from
      two supervision meetings with my tutor, and what the practice itself can see: her NPL
      progress, the rota, and two comments from the Practice Manager."""),
    P("""The clearest measure is her own goal. In September she told me she wanted to stop
      crying in the car after a euthanasia. We agreed that this was not a goal to fix but to
      understand, and we used Gibbs' reflective cycle on three of those appointments. By
      December she was sitting in with the owners in the Herriot Suite, our quiet consult room
      with its own door to the car park, and in February she led the aftercare conversation
      with an elderly client while I waited outside. Her February feedback sheet says she now
      feels sad rather than frightened, which I think is the right outcome and not a failure
      to toughen up."""),
    P("""The records show weaker spots too. Four sessions in October and November were cut
      to fifteen minutes because of emergencies, and each time I let the session go rather
      than rebooking it. My tutor pointed out in our first supervision that I was treating
      the mentoring as the first thing to drop, and that the student had noticed. Since
      January I have booked our hour on Tuesday afternoons in the Fitzwilliam Room (named
      after the practice's founder, a vet long retired, whose portrait still hangs there) and
      asked reception to treat it as theatre time. Only one session has been moved since,
      and I had been protecting the booking better than I believed."""),
    P("""The Practice Manager's comments agree with the student's. She noticed in December
      that the student had volunteered to run the puppy party on Thursday evenings, which she
      would never have done in the autumn. She also noticed, less kindly, that I sometimes
      answered on the student's behalf when a vet asked her a question on the ward. I had not
      seen that at all."""),
    P("""Taken together, the evidence says my mentoring has been effective for her
      confidence and for how she handles grief at work, and less effective for her voice in
      front of senior colleagues, which is partly my fault."""),
    H(1, "1.2 Strengths and areas for improvement"),
    P("""Strengths. I am calm, and students tell me so; after twenty years in practice very
      little on the ward frightens me, and that steadiness seems to transfer. I remember
      what people tell me, so I could pick up a thread from three weeks earlier without
      notes. I am honest about my own mistakes: in November I told her about the cat I lost
      under anaesthetic in my first year at a practice in Leeds, and she said afterwards it
      was the most useful thing I had said."""),
    P("""Areas for improvement. The first is knowledge. I had read almost nothing about
      mentoring before this course. I now know Daloz's balance of support, challenge and
      vision, and I can see I was all support and little challenge until Christmas. The
      second is behaviour: I rescue. When she stalls on a question from a vet I jump in. The
      third is interpersonal: I find it hard to raise something awkward, and put off telling
      her about her lateness for a month, which made the conversation harder, not
      easier. My tutor called this kindness that costs the other person, and the
      phrase stuck."""),
    T(
        ["Area", "Evidence", "What I will change"],
        ["Knowledge of mentoring theory", "Could not name a model in September",
         "Read Clutterbuck and Megginson; use one model deliberately"],
        ["Rescuing on the ward", "Practice Manager's comment, December",
         "Count to five before I speak when a vet asks her something"],
        ["Raising difficult points", "Lateness conversation delayed by a month",
         "Raise it within a week, in a booked session"],
    ),
    H(1, "2.1 Questioning, listening and communication"),
    P("""When I listened to the two sessions I recorded (with her permission) in January, I
      heard myself ask good open questions at the start of each hour and then drift into
      closed ones as soon as she said something I recognised. "Did that make you feel
      guilty?" is a question with my answer in it. Johns' model of structured reflection,
      which my tutor lent me, has a cue I now keep on a card in my tunic pocket: what was I
      trying to achieve, and what were the consequences for the other person? Asking myself
      that after a session shows me how often I steer."""),
    P("""My listening is better than my questioning. I summarise well and I notice when she
      goes quiet. What I do not do is leave silence. The radio in the prep room plays all
      day, and in one recording I can hear Dancing Queen in the background while I fill a
      pause she clearly needed. My next step is to hold the silence and to swap my closed
      questions for what, how and tell me more."""),
    P("""I have also started to think about communication outside our sessions. The student
      reads the practice WhatsApp group, and my jokey messages there set a tone she then
      copies with clients. I have asked the Clinical Director whether we can agree a short
      guide for the group, and I have stopped posting after nine at night."""),
    H(1, "2.2 Development plan"),
    P("""My plan covers April to the end of September 2025 and links to the appraisal I have
      with the Clinical Director in May."""),
    T(
        ["Development goal", "Actions", "Timescale", "Measure of success"],
        ["Ask more open questions", "Use the Johns card; record one session a month",
         "April to September 2025", "Half or fewer of my questions closed in the recordings"],
        ["Stop rescuing on the ward", "Agree a signal with the student; count to five",
         "From April 2025", "Practice Manager sees no rescuing at the July review"],
        ["Learn one mentoring model properly", "Read Clutterbuck and Megginson; try the 5C model",
         "By June 2025", "A session plan written around the model, checked by my tutor"],
        ["Raise difficult points sooner", "Book a slot the same week something comes up",
         "From April 2025", "No concern left unspoken for longer than seven days"],
        ["Mentor a second student", "Offer to mentor September's new student through BVNA Congress week",
         "September 2025", "Second mentoring agreement signed"],
    ),
    P("""The last goal matters most to me. The BVNA Congress in Telford in October is where I
      first decided to train nurses rather than just work beside them, and I would like to
      take a student with me."""),
    H(1, "Reading and sources"),
    B("Clutterbuck, D. (2004) Everyone Needs a Mentor. 4th edn. London: CIPD."),
    B("Daloz, L. (2012) Mentor: Guiding the Journey of Adult Learners. San Francisco: Jossey-Bass."),
    B("Gibbs, G. (1988) Learning by Doing. Oxford: Further Education Unit."),
    B("Johns, C. (2013) Becoming a Reflective Practitioner. Chichester: Wiley-Blackwell."),
    B("Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall."),
    B("RCVS (2024) Veterinary Nursing Clinical Coach Guidance. London: RCVS."),
    H(1, "Why I do this"),
    P("""Mum took me to The World of James Herriot in Thirsk when I was nine, and I read
      every one of the All Creatures Great and Small books that summer. I tell students this
      because the job is nothing like the books and everything like them: the hours are
      worse and the rewards are the same. Last year the practice was shortlisted for Vet
      Nurse Team of the Year at the Petplan Veterinary Awards, and the citation mentioned our
      students. I would like the next citation to mention our mentoring."""),
    P("""Several students have told me they chose nursing after watching The Supervet on
      Channel 4, and I have learnt not to roll my eyes. Noel Fitzpatrick's programme shows the
      operating theatre; it does not show the Saturday night when three dogs eat the same
      box of Maltesers and the out-of-hours vet is in Ripon. Mentoring is where a student
      hears about the second part from someone who stayed anyway. In our last session Mentee
      N told me she had booked her Year 2 placement at our branch in Knaresborough rather
      than at a referral hospital in Leeds, because she wanted to keep the same mentor. I
      am taking that as the best feedback of the year, and as a reason to get better at this
      rather than to relax."""),
    P("""On the practical side, I have learnt to use our practice management system (RxWorks)
      to block out mentoring time the same way we block a dental list, and to file my session
      notes in a locked folder on the shared drive that only I and the Clinical Director can
      open. I have also learnt the limits of what I should carry: when the student told me in
      January about a family bereavement, I helped her contact the Vetlife Helpline rather
      than trying to be her counsellor, and checked with my tutor afterwards that I had drawn
      the line in the right place. He thought I had, and suggested I note it here as evidence
      of ethical practice as much as of kindness."""),
]

CASE = Case(
    name="nv_vet_practice_305",
    unit="8587-305",
    kind="structured-docx",
    files=[SourceFile("Doherty_N_Unit305_ReflectiveJournal_v3_FINAL.docx", JOURNAL)],
    labels={
        "1.1": "I had been protecting the booking better than I believed",
        "1.2": "kindness that costs the other person",
        "2.1": "swap my closed questions for what, how",
        "2.2": "Half or fewer of my questions closed",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Vet nursing reflective journal: own name in a file-name title and header, a room named after a founder, Herriot and a TV vet, RCVS/BVNA, brands, software, Mum, a radio song, a declared pseudonym; nothing to flag.",
)
