"""8587-300 coaching assignment as PDF: a motor racing circuit's track operations manager, clean.

Callum Rennie, Track Operations Manager at a motor racing circuit in Kent, writes a short
8587-300 assignment about coaching in the circuit's track operations team (recovery crews,
track safety, the race control staff), under his own headings that carry the AC numbers
("1.1 Why coach in track operations?"). His examples use two coachees, Coachee A (a senior
recovery crew driver) and Coachee B (newly appointed Track Safety Officer), and he never
names them.

Clean but tricky: the learner's own name and ILM number on the title line and in the
declaration; his tutor where the title line asks ("Dr Morven Strachan"); corners named
after drivers and riders (Graham Hill Bend, Surtees, Hawthorn Bend, Clark Curve, Sheene
Curve) beside Paddock Hill Bend and Druids; Brands Hatch, West Kingsdown, Fawkham, the
A20; the BTCC, British Superbikes, the Formula Ford Festival; Motorsport UK, the FIA, the
British Motorsport Marshals Club; Ford, Honda, Pirelli; job titles (Clerk of the Course,
Chief Marshal, Track Safety Officer, Circuit Director); Whitmore's GROW, OSKAR (Jackson and
McKergow), Downey, Egan, Luft and Ingham, Hawkins and Shohet, Kolb, Gibbs, Schön; the EMCC
Global Code of Ethics, GDPR, Microsoft Teams and Forms; months and weekdays.
"""

from .case import Case, H, P, SourceFile

BLOCKS = [
    H(0, "Understanding Good Practice in Coaching within an Organisational Context (8587-300)"),
    P("Callum Rennie | ILM no. 60871149 | Track Operations Manager | Tutor: Dr Morven Strachan"),
    P("""I manage track operations at Brands Hatch, near West Kingsdown in Kent: the recovery
      crews, the track safety team and the staff side of race control, about twenty-five
      people plus several hundred volunteer marshals on a race weekend. The examples
      below come from coaching two of the team this year. I call them Coachee A (a senior
      recovery crew driver with eleven years on the circuit) and Coachee B (newly appointed
      Track Safety Officer)."""),

    H(1, "1.1 Why coach in track operations?"),
    P("""Coaching is a one-to-one, goal-focused conversation that helps a person improve
      their performance by drawing out their own thinking rather than telling them what to
      do (Whitmore, 2017). In a circuit its purpose is practical. The technical side of the
      job is well covered – Motorsport UK licences, FIA track safety standards, recovery
      training with the British Motorsport Marshals Club. What people struggle with is the
      rest: briefing forty marshals at 7am on a BTCC weekend, staying calm on the radio when
      there is a car in the gravel at Paddock Hill Bend and the Clerk of the Course wants it
      gone, or telling a team manager from the paddock that his Honda is not going back out.
      Coaching helps with those. For the circuit it means quicker, safer recoveries, fewer
      red flags, better decisions under pressure and keeping experienced staff who might
      otherwise leave for other circuits."""),

    H(1, "1.2 The coach's role and responsibilities"),
    P("""The coach's role is to help the coachee reach their own goals by listening, asking
      questions and challenging, not by giving instructions. This is different from my
      normal job as a manager, where on a race day I give orders that must be followed
      straight away, and from training, where I would show a new recovery driver how to
      rig a strop on a Ford Fiesta race car. My responsibilities as a coach are to contract
      clearly, keep to the agreement, keep confidences within the limits we agreed, keep
      records, stay within my competence and refer on when something is beyond coaching
      (for example, trauma after a serious accident, which goes to occupational health),
      and to look after my own development through supervision."""),

    H(1, "1.3 Skills, knowledge and behaviours"),
    P("""Skills: active listening, open and probing questions, summarising, giving feedback,
      goal setting. Knowledge: at least one coaching model, ethical codes such as the EMCC
      Global Code of Ethics, the limits of coaching, GDPR, and enough of the working
      context to understand the coachee's world – a coach who did not know what a
      "full course yellow" means would lose a recovery crew in five minutes. Behaviours:
      patience, curiosity, respect, being non-judgemental, and being willing to hold back
      my own opinion, which after twenty years in race control is the hardest part."""),

    H(1, "1.4 Barriers and how to overcome them"),
    P("""The first barrier is time: from March to November there is a race meeting most
      weekends and testing in the week. I book coaching on Tuesdays, which are usually
      track-day days and quieter for my team, and do more in the winter. The second is the
      power gap: I am their manager, so people may say what they think I want to hear.
      Contracting openly about that, and being clear that coaching notes do not go into
      appraisals, helps. The third is the culture – motorsport is full of people who
      believe you learn by being shouted at in the pit lane. Starting with a volunteer and a
      real problem (Coachee A wanted to stop losing his temper with the Chief Marshal on
      the radio) showed the others that coaching was useful."""),

    H(1, "2.1 Starting a productive relationship"),
    P("""I start with a chemistry conversation away from race control, in the meeting room
      in the Kentagon building, to explain what coaching is and isn't and see whether we
      can work together. I share something about myself, including mistakes I made when I
      was first promoted, to build rapport. I use open questions and really listen, and I
      ask how they like to communicate – Coachee B thinks better moving, so some of our
      sessions were walks round the infield between Graham Hill Bend and Surtees."""),

    H(1, "2.2 Contracting"),
    P("""A contract makes clear what coaching is for, who is involved and what will happen
      to information, so that both sides trust the process. I use a three-way contract
      with the coachee and the Circuit Director as sponsor, then a one-to-one agreement. It
      covers the purpose and goals, the number and length of sessions (six sessions of an
      hour, monthly, November to April), where we meet, confidentiality and its limits
      (anything affecting safety on track, legal matters, gross misconduct), what the
      sponsor will hear (attendance and a summary the coachee agrees), record keeping
      under GDPR, cancellation, and how we will end. We both sign and date it and review it
      at the third session."""),

    H(1, "2.3 Safe and ethical practice"),
    P("""Safe and ethical practice means working within a code of ethics (the EMCC Global
      Code of Ethics in my case), keeping to the contract, keeping information secure,
      treating people fairly under the Equality Act 2010 and being honest about conflicts
      of interest. Because I also manage the team, I do not coach anyone who is in a
      disciplinary process, and I would never use something said in coaching in a
      performance conversation or an incident investigation. Practically, sessions are
      held where we cannot be overheard but are not hidden away, and I refer on anything
      that needs a counsellor."""),

    H(1, "3.1 Managing the process with GROW"),
    P("""I use Whitmore's GROW model. Goal: what does the coachee want from this session and
      from the coaching overall? Reality: what is happening now, with facts – how many
      recoveries over target time, how many radio complaints? Options: what could they do?
      Way forward: what will they do, by when, and how committed are they? Across six
      sessions the first sets the overall goal and each later one starts by reviewing
      actions. GROW is simple and easy to remember at the side of a track, but its
      weakness is that it can become a checklist and rush past the Reality stage. With
      Coachee A I also used OSKAR (Jackson and McKergow), which starts from what is
      already working, because he had a long negative history with race control."""),

    H(1, "3.2 Tools and techniques"),
    P("""The wheel of life, adapted to the job (vehicles, crew, race control, paperwork,
      safety, own development), helps the coachee see where they are and pick a focus.
      Scaling questions ("on a scale of 1 to 10, how calm were you on the radio at Druids
      last Sunday?") turn a vague goal into something we can measure. The Johari window
      (Luft and Ingham) helped Coachee B see that his team noticed things about his
      briefings that he did not. Downey's spectrum reminds me to stay at the non-directive
      end. Learning preferences matter too: most of the team are hands-on, so I use a
      whiteboard in the recovery garage and sometimes coach out on the circuit itself,
      standing at Clark Curve or Sheene Curve, rather than sitting at a table."""),

    H(1, "3.3 Monitoring and reviewing progress"),
    P("""Each session opens with the actions from last time. Repeating the wheel and the
      scaling questions at session three and session six gives a clear before-and-after.
      With the coachee's permission, feedback from others helps too – for Coachee B, four
      marshals' post chiefs answered three questions on Microsoft Forms after the Formula
      Ford Festival. Finally, a review meeting with the sponsor in April checks the goal
      against the evidence – for Coachee A, the race control log of his radio calls on
      British Superbikes weekends, and recovery times at Hawthorn Bend from the timing
      data, which Pirelli's tyre engineers also use."""),

    H(1, "4.1 Records"),
    P("""Records show what was agreed and what was done. For the coachee they are a reminder
      of actions and a picture of progress; for me they show my practice, help me prepare
      and give me something to take to supervision. I keep the contract, a short session
      record (date, length, goal, actions, my reflections) and any tool sheets. They are
      stored in a password-protected folder, use codes rather than names, are shared with
      the coachee on request and are deleted twelve months after the coaching ends, under
      the Data Protection Act 2018."""),

    H(1, "4.2 Why reflection and supervision matter"),
    P("""Without reflection a coach repeats the same habits. Kolb's cycle and Gibbs' model
      make me stop after each session and ask what happened and what I would do
      differently, and Schön's idea of reflecting in action helps me notice mid-session
      when I am drifting into telling. Supervision matters because I cannot see my own
      blind spots: in my supervision on Microsoft Teams in January, using Hawkins and
      Shohet's seven-eyed model, I realised I was more directive with Coachee A because he
      reminded me of myself at his age. Without supervision, a manager-coach like me could
      easily slide back into managing and call it coaching, and the coachee would be the
      one to lose out."""),

    H(1, "References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Jackson, P.Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
    P("Word count: 1,590. Submitted through the centre's Moodle site from the circuit office at Fawkham, off the A20."),
    H(1, "Declaration"),
    P("""I confirm that this assignment is my own work and that all sources are acknowledged.
      Callum Rennie, 14 May 2025."""),
]

CASE = Case(
    name="r20b_300_race_circuit_pdf",
    unit="8587-300",
    kind="structured-pdf",
    files=[SourceFile("Rennie_8587-300_assignment.pdf", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Nobody to anonymise: Callum Rennie (learner), Dr Morven Strachan (tutor), Graham
        # Hill Bend / Surtees / Hawthorn Bend / Clark Curve / Sheene Curve (corners), Ford,
        # Honda, Pirelli, the Kentagon, job titles, theorists.
        "identifying": [],
    },
    about="Motor racing circuit track operations manager's clean 300 PDF: corners named after drivers (Graham Hill Bend, Surtees, Hawthorn, Clark Curve, Sheene Curve), Brands Hatch, BTCC/British Superbikes, Motorsport UK/FIA, Clerk of the Course, Ford/Honda/Pirelli, tutor on the title line, Coachee A/B, theorists.",
)
