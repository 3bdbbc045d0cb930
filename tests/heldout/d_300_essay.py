"""8587-300 Understanding Good Practice in Coaching: an IT service desk lead's first-person essay.

Tomasz Grieve leads the IT service desk of a housing association and writes one long
essay with no headings at all, in his own order: he starts with how he runs a coaching
conversation (3.1), then why the organisation coaches (1.1), and comes back to contracting,
ethics and records much later. He paraphrases rather than quotes the criteria. Barriers
(1.4) are split: he names them in one paragraph and says how he gets round them three
paragraphs later; the label is in the second. No signed declaration, only his name.

Clean: full of theorists (Whitmore, Gallwey, Downey, Hawkins, Jackson and McKergow, Kline,
Rogers, Egan, Kolb, Schön, Hawkins and Shohet, Passmore), models (GROW, CLEAR, OSKAR),
codes (EMCC, ICF), places and the organisation; the people he coaches are "Coachee A",
"Coachee B" and "Coachee C".
"""

from corpus.case import Case, P, SourceFile

BLOCKS = [
    P("Tomasz Grieve – ILM Level 3 Certificate in Effective Coaching and Mentoring"),
    P("Unit 300: Understanding good practice in coaching within an organisational context"),
    P("""I have run the IT service desk at Brightwater Homes, a housing association in Lincoln
      with about 900 staff, for four years. There are eleven analysts on my desk, and since
      last autumn I have been coaching three of them as part of a pilot our Learning and
      Development team set up. In this essay I have tried to write about coaching as I
      actually do it, so I have not followed the order of the unit. I call the people I
      coach Coachee A, Coachee B and Coachee C."""),

    P("""I want to start with what a coaching conversation looks like on my desk, because
      everything else hangs off it. I use GROW (Whitmore, 2017) as the spine of every
      session, but I have learnt that managing the process is more than walking through four
      letters. Before the Goal I spend a few minutes re-contracting for the session: how long
      we have, what the coachee wants to leave with, and whether anything from last time
      needs picking up. In the Goal stage I push for something that is the coachee's and not
      mine, which is harder than it sounds when you are also their team leader. Reality is
      where most of the hour goes; I ask what is happening, what they have already tried and
      what evidence they have. Options is where I have to sit on my hands, because as the
      most experienced engineer in the room I always have a fix. Way forward ends with a
      commitment that I write down in the coachee's words and a scaling question, 'how
      likely are you to do this, out of ten?'. If the answer is below seven we go back to
      Options. I also keep an eye on time so that the Way forward never gets squeezed into
      the last two minutes, which happened in my first three sessions and meant nothing got
      done between them. Hawkins' CLEAR model (Contract, Listen, Explore, Action, Review)
      has been useful alongside GROW because it reminds me that the contract and the review
      are part of the process and not extras."""),

    P("""So why does Brightwater coach at all? The association's people strategy says it
      wants staff who solve problems rather than escalate them, and on a service desk that
      is the whole game. Our first-time fix rate was stuck at 61% because analysts passed
      anything unfamiliar up to second line. Training courses taught them the systems but
      not the confidence to have a go. Coaching, in the sense Gallwey (1974) meant when he
      said that performance is potential minus interference, is meant to remove the
      interference: the fear of getting it wrong in front of a tenant or a manager. The
      purpose in our organisation is therefore practical. It is there to raise performance,
      to grow people into second-line and team leader roles so we do not have to recruit
      them from outside, and to keep good analysts who would otherwise leave for
      better-paid jobs in the private sector. It also supports the culture change the chief
      executive talks about, from 'tell me what to do' to 'here is what I think we should
      do'."""),

    P("""It is worth being clear what the coach is for, because at Brightwater people mix it
      up with mentoring and with line management. My role as a coach is to help the coachee
      think, not to think for them. Downey (2003) describes a spectrum from 'push' to 'pull'
      and I try to stay at the pull end, drawing out the coachee's own answers. My
      responsibilities are more concrete: to keep the agreement we made, to hold
      confidentiality within its limits, to manage the time and the process, to keep
      records, to stay within my competence and refer on when something is beyond coaching,
      and to look after my own development through supervision. I also have a
      responsibility to the organisation that pays for the coaching, which is to be honest
      with L&D about whether it is working without breaking anything a coachee has told me
      in confidence."""),

    P("""Not everything has gone smoothly, and the barriers I have hit fall into a few groups.
      The first is the double role: I am the line manager of all three coachees, and
      Coachee B told me in our second session that she was wary of admitting weaknesses to
      the person who does her appraisal. The second is time; the desk is measured on
      answering calls within thirty seconds, so an hour off the phones is visible to
      everyone. The third is culture, because some senior managers still see coaching as
      remedial, something you get when you are in trouble. The fourth was my own habit of
      fixing things."""),

    P("""Being a good coach needs a mix of skills, knowledge and behaviours. The skills I lean
      on most are listening at what Kline (1999) calls the level of generative attention,
      asking open and incisive questions, summarising, reflecting back, and giving feedback
      that is specific. The knowledge includes knowing at least one model well, knowing the
      ethical codes (the EMCC Global Code of Ethics and the ICF Code of Ethics), knowing how
      adults learn, for example Kolb's cycle, and knowing the organisation well enough to
      understand the pressures the coachee is under. The behaviours are the ones Rogers
      described for any helping relationship: unconditional positive regard, empathy and
      being genuine. I would add patience and curiosity. The hardest behaviour for me is
      holding back my expertise, because my instinct on an IT desk is to jump in."""),

    P("""Starting the relationship well turned out to matter more than I expected. With each
      coachee I had a chemistry meeting before we agreed anything, away from the desk in a
      meeting room on the second floor, where we talked about what coaching is and is not,
      what they hoped for and how they liked to work. Coachee C, who is very quiet, said
      afterwards that being asked how she liked to receive feedback was the first time
      anyone at work had asked. I shared a little about my own career, including the time I
      took down the whole phone system on my first week, because Egan's (2014) work on
      helping relationships says that appropriate self-disclosure builds rapport. I also
      used a short pre-coaching questionnaire and a values card sort to get to know them.
      All of these helped the coachee see the relationship as something different from our
      usual one-to-ones."""),

    P("""Going back to the barriers, the double role was the one I had to work on hardest. I
      offered each coachee the option of being coached by a team leader from the Repairs
      contact centre instead, and I separated coaching completely from appraisal: what is
      said in coaching never appears in a one-to-one note. Coachee B stayed with me once she
      saw that kept. For time, I agreed with my head of service that coaching hours are
      booked as planned abstraction on the workforce plan, so the desk is staffed around
      them. For culture, I asked our director to mention the pilot at the all-staff
      briefing as a development opportunity, which has helped. And for my habit of fixing,
      supervision has been the answer, which I come back to below."""),

    P("""Contracting is how all of this gets agreed. The rationale is that coaching only works
      when both people, and the organisation, know what they have signed up to; without
      a contract the boundaries drift and the coachee does not know what will happen to
      what they say. Because L&D sponsors the pilot, mine are three-way contracts: a short
      meeting with the coachee and the L&D partner agrees the overall purpose and how
      success will be judged, and then a private two-way agreement between me and the
      coachee covers the number and length of sessions, where we meet, confidentiality and
      its limits, what will be reported back to L&D (attendance and themes, never content),
      how either of us can end it, and what records I keep. We re-contract briefly at the
      start of each session and review the contract formally at the halfway point. The
      process protects the coachee and it protects me."""),

    P("""In terms of tools, I use several to find out what the coachee prefers and to get to a
      goal we both understand. The wheel of work, a version of the wheel of life with
      segments for technical skills, customer handling, teamwork, workload and career,
      gives a quick picture of where they feel strong and weak, and they usually choose
      their own goal from the lowest segment. A learning styles conversation (Honey and
      Mumford) helps me decide whether to suggest reading, shadowing or trying things on
      live calls. Scaling questions turn a vague aim into something we can track. The OSKAR
      framework (Jackson and McKergow, 2007) is useful when a coachee is stuck, because
      asking about the Outcome and what is already working lifts the mood. Finally, I use
      SMART to tidy up the goal at the end, so that 'get better at networking problems'
      becomes 'resolve VPN tickets at first line without escalating, from 40% to 70% by the
      end of March'."""),

    P("""To monitor progress I use more than one method, because each shows something
      different. Every session starts with a review of the actions from last time, which
      keeps the coachee accountable and shows straight away if something is getting in
      the way. I repeat the same scaling question across sessions, so Coachee A can see her
      confidence with Active Directory go from 3 to 7 out of 10 over four sessions. Because
      we are a service desk we have hard data too: ticket data from the service management
      system shows first-time fix and escalation rates, which I review with the coachee's
      permission. Finally, there is a formal review at the halfway point and at the end
      where we look back at the original goals and the contract and decide whether to
      carry on, change the goals or finish."""),

    P("""Safe and ethical practice runs through all of this. For me it means working within
      the EMCC code: being clear about confidentiality and its limits (I would break it only
      if there were a risk of harm or a serious breach of law or policy, and I tell the
      coachee this at the contracting stage), not using what I learn in coaching for
      management decisions, respecting diversity, keeping records securely, knowing the
      limits of my competence and referring to the Employee Assistance Programme or HR when
      a conversation turns to health, money or personal crisis. It also means managing
      dependency so the coachee does not come to rely on me, and ending well. When Coachee
      C started talking about a bereavement I stopped the coaching for that session and
      gave her the EAP details, which is what a safe coach should do."""),

    P("""Reflection and supervision are not optional extras in my view, and I have come to
      this from experience rather than from reading. Schön (1983) distinguishes reflection in
      action from reflection on action; in the session I notice when I am about to give the
      answer, and afterwards I use Kolb's cycle to work out why. Without reflection a coach
      keeps repeating the same mistakes with the confidence of experience. Supervision
      matters even more for someone like me, coaching inside my own team, because there are
      things I cannot see from inside the relationship. Hawkins and Shohet's seven-eyed model
      showed me that I was bringing my own frustration with the desk's performance into
      sessions with Coachee B. My supervisor, an external coach L&D pays for once a month,
      spotted that I had set two of her goals myself. If I had not had supervision I would
      have gone on believing the coaching was going well. Supervision also protects the
      coachee, because it is a check that I am staying ethical and within my competence,
      and it protects the organisation's investment. Passmore (2011) argues that supervision
      is the mark of a professional coach, and I agree: it is the thing that separates
      coaching from a well-meant chat."""),

    P("""That leaves records. I keep a contract, a short session note and a record of actions
      for each coachee, and my own reflective log. For me as the coach the records are a
      memory aid, a way to plan the next session, evidence for supervision and for this
      qualification, and a protection if anything is ever questioned. For the coachee they
      are just as important: they show the progress they have made, they hold the actions
      they have committed to, and they are theirs to see at any time. The session note is
      written together in the last five minutes, so Coachee A takes her own copy of what we
      agreed back to her desk. Records are kept on a restricted SharePoint folder only I can
      open, in line with GDPR, and will be deleted six months after the pilot ends."""),

    P("""Writing this has shown me that good coaching in an organisation is less about the
      model and more about the agreements around it. I have learnt most from getting things
      wrong, and from having a supervisor who points it out kindly."""),

    P("References"),
    P("Downey, M. (2003) Effective Coaching. 2nd edn. London: Texere."),
    P("Egan, G. (2014) The Skilled Helper. 10th edn. Belmont: Brooks/Cole."),
    P("Gallwey, W. T. (1974) The Inner Game of Tennis. New York: Random House."),
    P("Hawkins, P. and Shohet, R. (2012) Supervision in the Helping Professions. 4th edn. Maidenhead: Open University Press."),
    P("Jackson, P. Z. and McKergow, M. (2007) The Solutions Focus. 2nd edn. London: Nicholas Brealey."),
    P("Kline, N. (1999) Time to Think. London: Ward Lock."),
    P("Passmore, J. (ed.) (2011) Supervision in Coaching. London: Kogan Page."),
    P("Schön, D. A. (1983) The Reflective Practitioner. New York: Basic Books."),
    P("Whitmore, J. (2017) Coaching for Performance. 5th edn. London: Nicholas Brealey."),
]

CASE = Case(
    name="d_300_essay",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Grieve unit 300 essay v2.docx", BLOCKS)],
    labels={
        "1.1": "grow people into second-line and team leader roles",
        "1.2": "to be honest with L&D about whether it is working",
        "1.3": "my instinct on an IT desk is to jump in",
        "1.4": "booked as planned abstraction on the workforce plan",
        "2.1": "being asked how she liked to receive feedback",
        "2.2": "attendance and themes, never content",
        "2.3": "I stopped the coaching for that session",
        "3.1": "below seven we go back to Options",
        "3.2": "they usually choose their own goal from the lowest segment",
        "3.3": "ticket data from the service management system",
        "4.1": "takes her own copy of what we agreed",
        "4.2": "gone on believing the coaching was going well",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="IT service desk lead's 300 essay with no headings: own order, paraphrase, barriers split over two paragraphs, no declaration; clean, many theorists.",
)
