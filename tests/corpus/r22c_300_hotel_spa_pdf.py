"""8587-300 Understanding Good Practice in Coaching: a hotel spa manager, Word report saved as PDF.

Rhiannon Price manages the spa at a four-star country house hotel (eight treatment rooms, a
thermal suite, 22 therapists and receptionists). Her 300 is written as a proposal to the
hotel's general manager for in-house coaching of therapists, in Word with its own numbered
Heading 1 sections ("1. Introduction" ... "12. Conclusion") and numbered Heading 2
subsections, saved as PDF. A contents list at the top repeats the section titles with page
numbers. Her numbers are Word's, not the ACs': she never writes an AC number except in two
section titles.

Traps (her numbering against the ACs):
- "2. What coaching is and why the spa needs it" answers AC 1.1, with subsections "2.1 What
  coaching is" and "2.2 Why the spa needs it" (label in 2.2). Her "2.1"/"2.2" are not ACs
  2.1/2.2.
- "3. The coach's role, responsibilities and skills (1.2 and 1.3)" answers 1.2 and 1.3
  together in one run of four paragraphs with no subheadings: role as distinct from manager,
  trainer and mentor, then responsibilities from start to end (1.2 label, second paragraph),
  then knowledge, skills and behaviours (1.3 label, fourth paragraph).
- "4. Barriers" answers 1.4 under "4.1 Barriers for the coach", "4.2 Barriers for therapists"
  and "4.3 Barriers in the business" (label in 4.3). Her "4.1"/"4.2" are not ACs 4.1/4.2.
- "5. Getting started and contracting" answers 2.1 (first two paragraphs, label in the
  second) and 2.2 (the remaining paragraphs, label in the third of them).
- "6. Keeping coaching safe and ethical" is 2.3; "7. Managing the process: GROW" is 3.1 with
  subsections "7.1 How GROW works", "7.2 Strengths and weaknesses" (label in 7.1, the worked
  example); "8. Tools and techniques" is 3.2, three tools in a bulleted list (label in the
  third bullet); "9. Monitoring progress (AC 3.3)" is 3.3; "10. Records" is 4.1.
- "11. Reflective practice and supervision" describes Rolfe's model and what supervision
  is; the justification the brief asks for ("what may happen if the coach does not reflect
  or undergo supervision") only comes in "12. Conclusion", which opens by saying it finishes
  section 11. The 4.2 label is in that conclusion paragraph.
- No declaration: False. Unit 300 is an assignment with no evidence matrix: None (the
  contents list maps no criteria).

Clean: therapists by role ("a therapist of two years", "a senior therapist"); the general
manager, the HR manager and the spa's product house trainer by role. Not identifying: the
learner's own name, Whitmore, Rolfe, Hawkins and Shohet, the EMCC, the AC, UK GDPR, the
Equality Act, COSHH, the hotel group (not named).
"""

from .case import Case, H, P, B, SourceFile, T

BLOCKS = [
    H(0, "Coaching in the Spa: a proposal"),
    P("ILM Level 3 Certificate in Coaching - Unit 300 Understanding Good Practice in Coaching within an Organisational Context"),
    P("Rhiannon Price, Spa Manager"),
    H(1, "Contents"),
    T(["Section", "Page"],
      ["1. Introduction", "1"],
      ["2. What coaching is and why the spa needs it", "1"],
      ["3. The coach's role, responsibilities and skills (1.2 and 1.3)", "2"],
      ["4. Barriers", "3"],
      ["5. Getting started and contracting", "4"],
      ["6. Keeping coaching safe and ethical", "5"],
      ["7. Managing the process: GROW", "5"],
      ["8. Tools and techniques", "6"],
      ["9. Monitoring progress (AC 3.3)", "7"],
      ["10. Records", "7"],
      ["11. Reflective practice and supervision", "8"],
      ["12. Conclusion", "8"],
      ["References", "9"]),

    H(1, "1. Introduction"),
    P("""Our spa has eight treatment rooms, a thermal suite and a relaxation lounge, and is used by
      hotel guests, day-spa visitors and about 300 members. I manage 22 staff: therapists,
      senior therapists and spa receptionists. Most of our therapists join straight from
      college. They are technically good, but the things that make or break them here are
      harder to teach: talking to guests about products without feeling pushy, getting guests
      to rebook, managing a fully booked day without running late, and handling a guest who
      is unhappy. We lose about a third of new therapists in their first year. This proposal
      sets out how in-house coaching could help, who would coach, how it would work and how
      we would keep it safe and ethical."""),

    H(1, "2. What coaching is and why the spa needs it"),
    H(2, "2.1 What coaching is"),
    P("""Coaching is a one-to-one conversation, usually over a set number of sessions, in which the
      coach helps someone to set goals and find their own way of reaching them, mainly through
      questions and listening rather than telling. Whitmore describes it as unlocking a
      person's potential to maximise their own performance. It is different from training,
      where a trainer teaches a skill such as a new facial protocol; from mentoring, where a
      more experienced person shares their experience and advice over a longer period; and
      from counselling, which deals with personal and emotional difficulties and needs a
      qualified counsellor."""),
    H(2, "2.2 Why the spa needs it"),
    P("""In the spa, coaching would be used for specific, work-related goals that training has not
      fixed. We already run product training with our product house trainer, yet our retail
      figures are the lowest in the group, and when I ask therapists why, the answer is nearly
      always a feeling, not a lack of knowledge: "I don't want the guest to think I'm selling
      at them." Coaching works on exactly that kind of gap between knowing and doing. The
      benefits for the therapist are confidence, a better relationship with guests and a
      faster path to senior therapist; for the business they are higher retail and rebooking,
      fewer complaints and fewer leavers, because therapists who feel invested in tend to
      stay. Coaching would also help senior therapists preparing to become supervisors."""),

    H(1, "3. The coach's role, responsibilities and skills (1.2 and 1.3)"),
    P("""The coach's role is to help the therapist think, not to think for them. The coach will be a
      senior therapist or duty manager who has done the ILM course and who is not the
      coachee's line manager for the period of the coaching. That separation matters: as a
      manager I set targets and deal with lateness and complaints, whereas the coach has no
      say in any of that. The coach is also not a trainer (they don't demonstrate a technique)
      and not a mentor (they keep their own experience mostly out of the room)."""),
    P("""The coach's responsibilities run through the whole relationship. At the start they meet
      the coachee, explain what coaching is and isn't, and agree a contract with them and,
      where needed, with the line manager. During the coaching they run each session, help the
      coachee set and review goals, choose suitable tools, keep confidences within the agreed
      limits and keep records. They are responsible for noticing when something is outside
      coaching, for example a therapist who is clearly unwell or in a personal crisis, and
      referring them on rather than carrying on. At the end they review progress with the
      coachee, close the coaching properly and ask for feedback. Throughout, they take their
      own practice to supervision."""),
    P("""The knowledge a coach needs is: what coaching is and how it differs from other
      interventions, at least one coaching model (we will use GROW), the tools in section 8,
      the spa's policies and where to refer people, the EMCC code of ethics, and data
      protection. They also need to understand the therapist's job well enough to follow what
      the coachee is describing."""),
    P("""The skills are active listening, asking open and powerful questions, summarising and
      reflecting back, helping someone set a clear goal, and giving feedback when asked for
      it. The behaviours matter as much: being non-judgemental, patient, honest, encouraging
      and reliable, and being aware of their own values. A senior therapist who believes
      everyone should retail the way she does will find it very hard to coach someone who
      does it differently, so self-awareness is as important as technique."""),

    H(1, "4. Barriers"),
    H(2, "4.1 Barriers for the coach"),
    P("""Coaches are senior therapists with full columns of treatments. If coaching is squeezed in
      between a hot stones massage and a facial, they will arrive late and distracted. I will
      block one hour a week out of each coach's column in the booking system so they have
      time to prepare, coach and write up. New coaches may also slip back into telling,
      because that is what seniors do all day on the floor; supervision and a peer group will
      help them notice this."""),
    H(2, "4.2 Barriers for therapists"),
    P("""Some therapists will think being offered coaching means they are in trouble, especially if
      they have had a difficult conversation with me recently. Others, from salons where the
      manager shouted, have no experience of being asked what they think. We will present
      coaching as something every new therapist is offered in their first year, not a fix for
      poor performers, and the first session will be about the therapist, not targets."""),
    H(2, "4.3 Barriers in the business"),
    P("""The spa runs seven days a week from 7am to 9pm and there is no private space other than the
      treatment rooms. A treatment room with a couch in it and the lights dimmed is the wrong
      setting for a coaching conversation, so I have arranged to use the small meeting room
      behind reception in the hotel on weekday afternoons. The other business barrier is
      cost: an hour of a senior therapist's time is an hour not selling treatments. I will
      show the general manager the cost of replacing a therapist (recruitment, uniform,
      training, lost bookings) next to the cost of coaching hours."""),

    H(1, "5. Getting started and contracting"),
    P("""The first contact will be an informal chat over a coffee in the staff room, not a
      meeting request from a manager. The coach explains who they are and how they came to
      coaching, and asks the therapist what they enjoy about the job and what they find
      hard. The aim is to build rapport, to let the therapist decide whether they want to go
      ahead, and to give them a say in who coaches them where we have a choice."""),
    P("""Trust is built by listening more than talking, by the coach being open about their own
      early mistakes when it helps the therapist relax, and by keeping every promise made in
      the first few weeks, however small. Matching the coach's style to the person helps too:
      a shy therapist in her first year may open up more to a quiet senior than to our most
      confident retailer."""),
    P("""Contracting is agreeing, before the coaching starts, how it will work. The reason for it is
      that coaching depends on trust, and trust needs both people to know the rules. A
      contract protects the coachee (they know what is confidential and what isn't), protects
      the coach (they can point back to what was agreed if asked to report on a colleague),
      and reassures the business that coaching time is being used properly."""),
    P("""The process will have two parts. First a short three-way meeting with the coachee, the
      coach and the line manager, to agree the overall aim (for example, to raise retail per
      treatment) and what the manager will be told, which is only whether sessions are
      taking place and, at the end, whether the aim was met if the coachee agrees. Then the
      manager leaves and the coach and coachee agree the rest on their own."""),
    P("""The contract will cover: the number and length of sessions (six sessions of 45 minutes
      over three months), where and when, how to cancel, confidentiality and its limits,
      what records are kept and who sees them, how long records are kept under UK GDPR, each
      person's responsibilities, and how the coaching ends. It is signed by both and reviewed
      at the third session. A contract that nobody reads again is worthless, so the third
      session starts with a five-minute look at it."""),

    H(1, "6. Keeping coaching safe and ethical"),
    P("""Practical safety: sessions will take place in the meeting room behind reception, with the
      door closed but a glass panel, never in a treatment room or in a car, and never at the end
      of a twelve-hour day. If sessions are held on Teams, the coachee should be somewhere
      private. Confidentiality: what is said in coaching stays there except where there is a
      risk of harm to the coachee or others, a safeguarding concern, a serious breach of
      health and safety (for example a therapist not following COSHH rules on a chemical peel)
      or something illegal; these exceptions are in the contract. Conflicts of interest: a
      coach will not coach someone they manage, are related to or share a house with, and will
      declare any relationship that could affect their judgement. Values: coaches must respect
      differences and not push their own views, in line with the Equality Act and the EMCC
      Global Code of Ethics. Coaching is not appropriate when the coachee doesn't want it,
      when the issue needs counselling or occupational health, or when the goal is really a
      disciplinary matter; the coach will stop and refer on."""),

    H(1, "7. Managing the process: GROW"),
    H(2, "7.1 How GROW works"),
    P("""I propose using Whitmore's GROW model because it is simple to learn, easy to remember in the
      middle of a busy day and can be used both for the whole coaching programme and for a
      single session. Goal: what the coachee wants to achieve. Reality: what is happening now,
      what they have tried, what gets in the way. Options: what they could do, as many ideas
      as possible. Will: what they will do, by when, and how committed they are."""),
    P("""For example, a therapist of two years wanting to rebook more guests might set a Goal of
      rebooking one in three guests by the end of the quarter. In Reality she explains that she
      finishes treatments running late and rushes guests out. In Options she comes up with
      ideas: finishing five minutes early, asking the question in the relaxation lounge
      rather than at the desk, or offering a home-care card with a suggested next date. In
      Will she chooses the relaxation lounge question for the next two weeks and reviews it at
      the next session."""),
    H(2, "7.2 Strengths and weaknesses"),
    P("""GROW's strengths are that it is widely known, gives a new coach a structure to lean on, and
      ends each session with a commitment. Its weaknesses are that a new coach can rush through
      it like a checklist and go straight to Options before the Reality is understood, and it
      says nothing about the relationship around the sessions. For that reason coaches will
      also use the contracting process in section 5 and the review methods in section 9."""),

    H(1, "8. Tools and techniques"),
    P("Three tools will help coachees identify their preferences and set goals:"),
    B("""A wheel of work: the coachee scores themselves from 1 to 10 on eight parts of the job
      (treatments, retail, rebooking, timekeeping, guest care, teamwork, product knowledge,
      confidence). It shows where they feel weakest and makes it easier to pick a goal."""),
    B("""Learning preferences: a short learning styles questionnaire tells the coach whether the
      therapist learns best by doing, watching, reading or talking it through, which shapes
      the options they come up with and the actions they agree."""),
    B("""Role play: the coachee practises a retail conversation with the coach playing a guest,
      first the easy guest and then the one who says "I just want to relax, please don't sell
      to me". They then set a goal based on what felt hardest."""),
    P("""Goals are written as SMART goals in the coachee's own words, and the coach uses a scaling
      question ("how confident are you, from 1 to 10, that you will do this?") to check
      commitment before the session ends."""),

    H(1, "9. Monitoring progress (AC 3.3)"),
    P("""Progress will be monitored in three ways. Each session opens with a review of the actions
      from the last one, so problems appear early. The coachee re-scores the wheel of work at
      the halfway point and at the end, which shows changes they may not have noticed. And,
      because our booking system records retail and rebooking per therapist, we can compare
      the coachee's figures before and after. The figures are the most objective measure but
      can be affected by things like a quiet month, so they are never used on their own; the
      wheel is more personal but depends on honest self-scoring. Using them together gives
      a fairer picture."""),

    H(1, "10. Records"),
    P("""Coaches will keep the signed contract, the wheel of work and other tools the coachee
      completes, a short record of each session (date, goal, main points, actions) and their
      own reflective notes. The coachee keeps their own copy of their goals and actions. The
      records help the coach prepare for the next session and spot patterns, show progress,
      give material for supervision and show the coaching was done properly if ever
      questioned. For the coachee, looking back at their first wheel is often the moment they
      realise how far they have come. Records hold personal data, so under UK GDPR they must be
      kept to what is needed, stored in the locked cabinet in my office or the restricted
      coaching folder on the spa drive (not on personal phones), seen only by coach, coachee
      and supervisor, and deleted twelve months after the coaching ends. Nothing from
      coaching records goes on a personnel file."""),

    H(1, "11. Reflective practice and supervision"),
    P("""Reflective practice means looking back on what happened in a session, making sense of it
      and deciding what to do differently. Our coaches will use Rolfe's three questions after
      each session: What? (what happened), So what? (what it means, what I learned), Now what?
      (what I will do next time). They will write a few lines in their reflective log after
      each session and bring it to supervision."""),
    P("""Supervision is a regular meeting with a more experienced coach to talk through the
      coaching, get support and check practice. Hawkins and Shohet describe three functions:
      developmental (building the coach's skills), resourcing (supporting the coach
      personally) and qualitative (making sure the work is ethical and of good quality). The
      EMCC expects coaches to have supervision. Our coaches will meet as a group every six
      weeks with the hotel group's learning and development coach, with one-to-one time when
      needed."""),

    H(1, "12. Conclusion"),
    P("""To finish section 11, why this matters. A coach who does not reflect will keep making the
      same mistakes without knowing it, such as always jumping to solutions because they feel
      under time pressure, and their coaching will not improve however many sessions they do.
      Without supervision, a coach can get drawn into a therapist's personal problems, end up
      reporting on colleagues without meaning to, or carry worries about a coachee with no one
      to share them with, and nobody would notice until something went wrong. A coach with no
      supervisor is marking their own homework. Reflection and supervision are what make
      coaching safe for the coachee and sustainable for the coach, so they are a condition of
      being a coach here, not an extra."""),
    P("""In summary, I am asking for one hour a week for four trained coaches, the meeting room on
      weekday afternoons, and supervision from the group's learning and development coach. In
      return I expect to see better retail and rebooking figures and, more importantly, more
      therapists still with us at the end of their first year."""),

    H(1, "References"),
    P("""Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey. Rolfe, G.,
      Freshwater, D. and Jasper, M. (2001) Critical Reflection for Nursing and the Helping
      Professions. Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions.
      EMCC (2021) Global Code of Ethics."""),
]

CASE = Case(
    name="r22c_300_hotel_spa_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("R Price Unit 300 Coaching in the Spa.pdf", BLOCKS)],
    labels={
        "1.1": "that kind of gap between knowing and doing",
        "1.2": "referring them on rather than carrying on",
        "1.3": "everyone should retail the way she does",
        "1.4": "the wrong setting for a coaching conversation",
        "2.1": "a quiet senior than to our most confident retailer",
        "2.2": "A contract that nobody reads again is worthless",
        "2.3": "not following COSHH rules on a chemical peel",
        "3.1": "asking the question in the relaxation lounge",
        "3.2": "please don't sell to me",
        "3.3": "can be affected by things like a quiet month",
        "4.1": "how far they have come",
        "4.2": "A coach with no supervisor is marking their own homework",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Hotel spa manager's 300 as a Word report saved as PDF: own numbered sections and subsections ('2.1 What coaching is', '4.1 Barriers for the coach') clashing with AC numbers, contents list, 1.2 and 1.3 together, 2.1/2.2 in one section, 4.2's justification finished in the conclusion; no declaration.",
)
