"""8587-300 Good Practice in Coaching: a custody sergeant's knowledge assignment as plain text.

Kerry-Ann Thompson is a police custody sergeant who typed her assignment in Notepad on a
force laptop: a surname-first header line with her name, numbered answers, no styles. Her
examples use coachees she calls PC One and PC Two. Nothing is to be flagged.

Traps: Sir Robert Peel and the Peelian principles, ranks as titles (the Inspector, the
Superintendent, the Chief Constable), an operation named with a word (Operation Hawthorn),
a TV drama and its fictional superintendent, a band and its song, College of Policing,
PACE, HMICFRS, Niche and Axon, the Home Secretary, places (Wakefield, Elland Road),
theorists in several styles (Egan's SOLER, Rogers, Downey, Karpman, Berne, Bandura, Hawkins).
"""

from .case import Case, P, SourceFile

ASSIGNMENT = [
    P("THOMPSON Kerry-Ann | R2290154 | ILM Level 3 Coaching | Unit 300 assignment | draft 2"),
    P("""Declaration: this assignment is all my own work. Where I have used other people's
      ideas I have named them. Kerry-Ann Thompson, 22/01/2025"""),
    P("""Introduction. I am a custody sergeant in West Yorkshire, working at the custody
      suite near Elland Road in Leeds and covering Wakefield when they are short. I have
      coached two newly promoted constables who joined custody as detention officers' leads.
      I call them PC One and PC Two in this assignment; those are not their collar
      numbers and nobody at work uses them."""),
    P("1.1 The purpose of effective coaching within an organisational context"),
    P("""In policing, coaching is there to turn training into judgement. A new custody
      officer can recite PACE Code C and still freeze when a detainee refuses food for the
      third time. The College of Policing's leadership standards expect sergeants to
      develop their people, and coaching is how the force keeps experienced staff and
      stops each shift learning the same lessons again. Coaching in a custody suite is
      about safer decisions at three in the morning, not nicer appraisals."""),
    P("1.2 The role and responsibilities of an effective coach"),
    P("""The coach's role is to help the coachee think, not to supervise them. My
      responsibilities are to contract clearly, keep to confidentiality (and explain its limits,
      which in policing include misconduct and safeguarding), keep records, stay within my
      competence and refer on when something is outside it, for example to Occupational
      Health or the Federation. I also have a responsibility to the force: I cannot coach
      someone towards a decision that breaks policy, and I must say so."""),
    P("1.3 Skills, knowledge and behaviours required of an effective coach"),
    P("""Skills: questioning, active listening, summarising, and giving feedback that is
      specific. Egan's SOLER (sit squarely, open posture, lean in, eye contact, relax) is
      a good start, though in a custody suite sitting squarely across a desk feels like an
      interview, so I sit side by side. Knowledge: a coaching model, the organisation's
      policies, and the limits of coaching. Behaviours: the core conditions Carl Rogers
      described (empathy, congruence and unconditional positive regard), patience, and
      the discipline to let the coachee own the answer."""),
    P("1.4 Overcoming potential barriers to coaching"),
    P("""Barriers in custody are time, rank and culture. Time: shifts rotate, so I book
      sessions on the first day of a set and protect them on the duty sheet. Rank: I am
      their sergeant, so PC One at first told me what she thought I wanted to hear. I
      overcame that by contracting that anything said in coaching would not appear in her
      PDR unless she put it there. Culture: the canteen view is that coaching is soft.
      I find that the quickest way past it is results; when the Inspector saw that PC Two's
      risk assessments had stopped coming back for correction, the jokes stopped. Watching
      too much Line of Duty does not help either; several colleagues assume any private
      conversation with a sergeant is a disciplinary, and I have had to explain that I am
      not Ted Hastings and this is not AC-12."""),
    P("2.1 Methods to initiate a productive working relationship with an individual"),
    P("""I use a chemistry conversation off the custody floor, usually in the quiet room by
      the Wakefield briefing room, where I explain what coaching is and is not and ask what
      they want from it. I share something of my own early mistakes. I agree practical
      things straight away (when, where, how long, how to cancel), because reliability
      builds trust faster than anything I say."""),
    P("2.2 The rationale for and process of contracting in coaching"),
    P("""Contracting sets expectations and protects both sides. Without it, a coachee in
      a hierarchical organisation will assume the sergeant is reporting back. My process
      has three layers: a written contract with the coachee covering goals, confidentiality
      and its limits, and how we end; a three-way conversation with the Inspector who
      sponsors the coaching, agreeing what he will and will not be told; and a quick
      recontract at every session ("Is this still what you want from today?")."""),
    P("2.3 What represents safe and ethical practice in coaching"),
    P("""Safe practice means keeping records secure (on the force system, not my phone),
      being honest about the limits of confidentiality, not coaching on matters that need a
      counsellor or a Federation representative, and taking my own practice to supervision.
      Ethical practice means the coachee's interests come first within the law and policy.
      The Peelian principles help here: Sir Robert Peel's idea that the police are the
      public and the public are the police reminds me that a coachee's development serves
      the people in our cells as much as the force. I also check for dual relationships,
      and I do not coach anyone I am investigating or who is my friend."""),
    P("3.1 Managing a coaching process using a recognised coaching model"),
    P("""I use GROW, as described by Whitmore. Goal: PC One wanted to run a handover
      without the sergeant prompting. Reality: she described the last three handovers and
      where she stalled. Options: she listed five, including shadowing the night-shift
      sergeant and writing her own prompt card. Will: she chose the prompt card and a date.
      I manage the whole process in the same way: contract, a set number of sessions, a
      review halfway through, and a planned ending. Downey's spectrum from directive to
      non-directive reminds me where I am drifting to the directive end, which custody
      pulls everyone towards."""),
    P("3.2 Coaching tools and techniques to identify preferences and agree goals"),
    P("""Useful tools include a wheel of life adapted to custody (risk assessment, handovers,
      detainee care, paperwork, relationships with the Inspector), scaling questions from
      one to ten, a learning styles conversation, and SMART goals. Transactional Analysis
      (Berne) helps me notice when I slip into Parent. The Karpman drama triangle is useful
      with coachees who feel persecuted by their shift. For preferences I simply ask how
      they learned best at training school at Carr Gate, and use their answer."""),
    P("3.3 Methods for monitoring and reviewing progress towards goals"),
    P("""I review goals at the start of every session with a scaling question and at a
      formal halfway review. I also look at the evidence the job already produces: Niche
      records show how often a risk assessment is returned, and Axon body-worn video lets
      the coachee watch her own booking-in with me. Bandura's work on self-efficacy explains
      why this matters: seeing yourself succeed builds belief faster than being told. At
      the end we compare the first and last scaling scores and the coachee writes a short
      summary in her own words."""),
    P("4.1 The purpose of coaching records for coach and coachee"),
    P("""For the coach, records show what was agreed, evidence the hours for this
      qualification, and support supervision. For the coachee, they are a memory of
      progress and something to bring to a promotion board. For the organisation, they
      give an audit trail that coaching happened and was ethical. In policing, records may
      be disclosable, so I write them knowing a court or HMICFRS inspector might read them:
      facts and agreed actions, no opinions about third parties, pseudonyms, and
      stored on the force system."""),
    P("4.2 Why reflective practice and supervision are important in coaching"),
    P("""Reflection stops me repeating my habits. After each session I write three lines: what
      worked, what I would change, and what I felt. Supervision matters more in policing than
      in most jobs because we see things that stay with us, and a coach who has not dealt with
      her own reactions will bring them into the room. Hawkins' seven-eyed model shows that
      supervision looks at the coachee, the relationship and the coach. My supervisor once
      pointed out that I became more directive after a death in custody at another force
      was in the news, and she was right. The Home Secretary's review of custody deaths was on
      every briefing that month, and I had turned my fear into instructions. Without
      supervision I would not have seen it."""),
    P("""Conclusion. Coaching will not appear in the Chief Constable's Commendation list, and
      no one sings about it the way The Police sang Every Breath You Take (which the night
      shift still play at handover as a joke about the CCTV). It is, though, the cheapest
      way I know to make custody safer, and the best thing I have learned on this course is
      to ask and then wait."""),
    P("""References: Berne, E. (1964) Games People Play; Downey, M. (2003) Effective Coaching;
      Egan, G. (2014) The Skilled Helper; Hawkins, P. and Shohet, R. (2012) Supervision in the
      Helping Professions; Rogers, C. (1961) On Becoming a Person; Whitmore, J. (2017)
      Coaching for Performance; College of Policing (2023) Competency and Values Framework."""),
]

CASE = Case(
    name="nv_custody_coaching_300",
    unit="8587-300",
    kind="numbered-unstyled",
    files=[SourceFile("THOMPSON KA unit 300.txt", ASSIGNMENT)],
    labels={
        "1.1": "about safer decisions at three in the morning",
        "1.2": "refer on when something is outside it",
        "1.3": "the discipline to let the coachee own the answer",
        "1.4": "would not appear in her PDR unless",
        "2.1": "reliability builds trust faster than anything I say",
        "2.2": "a quick recontract at every session",
        "2.3": "I do not coach anyone I am investigating",
        "3.1": "she chose the prompt card and a date",
        "3.2": "how they learned best at training school",
        "3.3": "compare the first and last scaling scores",
        "4.1": "give an audit trail that coaching happened",
        "4.2": "I had turned my fear into instructions",
    },
    expected_checks={"declaration": True, "evidence_matrix": None, "identifying": []},
    about="Custody sergeant's plain-text coaching assignment: own name surname-first in a header, Peel, ranks, a TV drama's fictional boss, a band's song, police systems and bodies, theorists every way, coachees PC One and PC Two; nothing to flag.",
)
