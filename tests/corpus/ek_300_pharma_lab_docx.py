"""8587-300 Understanding Good Practice in Coaching: a pharmaceutical QC lab team leader, DOCX.

Tomasz Nowak leads a quality control laboratory at a generic medicines manufacturer and
coaches analysts as part of the site's development programme. His essay uses Word headings
of his own ("Background", "Getting started", "How the coaching runs", "Why a lab needs
this", "Behind the scenes", "Closing thoughts") that never name a criterion, and works
from his practice outwards: first contact and contracting come first (the contracting
answer is a story about a three-way meeting, then the reasons for it in the next
paragraph), then an ethical dilemma about data integrity; the model, tools and monitoring
follow; purpose, role, skills/knowledge/behaviours and barriers come only in the second
half, purpose in his own words ("coaching earns its keep"). Ethics is split over two
separated paragraphs (the dilemma paragraph is the main one; the safe-environment one
comes after the barriers). Records and reflection with supervision close the essay, with
Kolb and Gibbs cited and an EMCC reference. Coachees are "Client A" and "Client B".
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Coaching in a regulated laboratory"),
    P("Tomasz Nowak, QC Team Leader - ILM Level 3, Unit 300"),
    P("Background"),
    P("""I lead a team of fourteen analysts in the quality control laboratory of a site that makes
      generic tablets and capsules.  Two
      years ago the site started a programme in which team leaders coach analysts who want to
      progress. This essay covers how I start and contract, the ethical questions, the model,
      tools and reviews I use, what coaching is for and what it asks of the coach, the obstacles,
      and the records, reflection and supervision behind it."""),
    P("Getting started"),
    P("""First contact matters. Before anyone signs up I send a short
      note about myself, my background in analytical chemistry, the coaching I have done and the
      qualification I am working towards, so the person knows who they are dealing with. The first
      meeting is an informal half hour over a coffee in the canteen, where I ask what made them
      put their name forward and listen far more than I talk. I mention my own wobbles as a new analyst, and I avoid my office, because a coaching conversation in the team leader's office feels
      like a disciplinary. My coachees always come from other teams, so I offer to walk round their area with them
      first, so I understand the work they talk about."""),
    P("""Before I started with Client A, a senior analyst who wanted to move into method
      validation, I sat down with her and then with her line manager for a three-way meeting.
      The three of us agreed what the organisation hoped for (someone ready to lead validation
      work within a year), and then her manager left the room and Client A and I agreed the rest
      between us: fortnightly sessions of an hour for six months, in a meeting room in the admin
      block, what would be written down and who could see it, that nothing she said would be
      reported back except the agreed progress summary, what I would do if she told me something
      I could not keep to myself, and how either of us could bring it to a close. We both signed a one-page
      agreement and I gave her a copy."""),
    P("""The reason for going to that trouble is that without it everyone assumes something
      different. Her manager might have thought I would report on her; she might have thought I
      would get her a promotion. Writing it down protects her confidentiality, sets the boundaries of coaching, makes clear how the records will be kept under
      the site's data protection policy, and evens out the power a little, because a team leader
      coaching an analyst is still a team leader. It also gives us a reference point later. I review the agreement at the halfway point, because what someone
      needs in month four is rarely what they thought in month one."""),
    P("""The hardest ethical moment I have had came with Client B. In our fourth session he told
      me that a colleague on nights had been writing up instrument checks at the end of a shift
      that had actually been done hours earlier, or not at all. In a pharmaceutical lab that is a
      data integrity breach, and the site's GMP policy says every employee must report it. Our agreement said I would break confidentiality where there was a risk to patients or a
      legal duty, and this was both. I told him so there and then, and he chose to raise it with
      the quality manager himself, with me beside him. Ethical coaching means being clear about
      confidentiality and its limits before anything is said, following the EMCC Global Code of
      Ethics on conflicts of interest, and remembering that on a regulated site I have duties a
      private coach might not."""),
    P("How the coaching runs"),
    P("""I manage each coaching relationship and each session using GROW, the model popularised by
      Sir John Whitmore. The Goal is agreed first, for the programme and then for each session;
      the Reality explores where the coachee is now; the Options are theirs to generate; and the
      Will, or Way forward, is a specific action with a date. With Client A, the programme goal was to
      lead a validation study; one session's goal was to feel ready to present a protocol to the
      technical committee, the reality was that she had never presented to senior staff, the
      options ranged from rehearsing with me to shadowing a colleague, and her way forward was to
      present a draft to her own team first. GROW's strengths are that it is simple, easy to
      explain, and fits into an hour. Its weaknesses are that it takes for granted that the coachee knows what they want from the
      outset, which often they do not, and it can turn into a checklist. When a coachee is unsure what
      they want, I spend longer on reality first, close to the TGROW version with a Topic
      stage."""),
    P("""The tools I use depend on the person. To find out how someone prefers to learn I use the
      Honey and Mumford learning styles questionnaire, not as a label but to start a conversation:
      Client A came out strongly as a reflector, which explained why she hated being asked for an
      answer on the spot. For agreeing goals I use a wheel of the eight competencies in our site
      framework, which the coachee scores from one to ten, and we pick the biggest gaps. Scaling questions ('on a scale of one to ten, where are you today, and what would tell you
      you had moved up one?') help turn a vague wish into
      something measurable. For difficult conversations, such as challenging a production manager about a late
      sample, we use short role plays."""),
    P("""To see whether we are getting anywhere, I use three things together. Each session opens with the scaling scores and the coachee says where they are now, which is
      quick and keeps the goal in view, but is only their own opinion. Every three months, with
      the coachee's agreement, I collect short written feedback from two or three colleagues,
      which is more objective but slower and depends on who is asked. And where the goal allows,
      we use measures the lab already collects: for Client A, how many of her validation
      protocols were approved first time. Together they give a fairer picture than any one
      alone."""),
    P("Why a lab needs this"),
    P("""Coaching earns its keep here by producing people who can think for themselves under
      pressure. Training tells an analyst how to run a dissolution test; the SOP tells them what
      to do when it fails; coaching is what helps them decide what to do when the SOP runs out,
      and grow into the next role. It is different from mentoring, where someone senior passes on experience, and from
      counselling, which is for personal difficulties. On our site it has been used to prepare analysts for supervisory
      posts and to help people through the move to a new laboratory system. The benefits we have
      seen are fewer repeat errors, better retention of experienced analysts, and a pool of
      internal candidates when senior roles come up."""),
    P("""As the coach I am there to help the coachee think through their own ideas and arrive at
      their own solutions, not to supply answers. That is why I never coach anyone who reports directly to
      me: I would be tempted to tell, and they would be tempted to say what the boss wants to
      hear. My responsibilities run through the whole relationship: agreeing and keeping to the
      contract, planning sessions and choosing tools, letting the coachee set the agenda, staying
      within the boundaries of confidentiality and my own competence, keeping records, taking my
      practice to supervision, and ending properly with a final review. If an issue turns out to be
      about health, money or a grievance, my responsibility is to refer it on, not to coach it."""),
    P("""A coach has to know things, be able to do things and behave in a certain way, and they
      are not the same. The knowledge includes the coaching
      models and tools, the ethics codes, the site's policies on confidentiality and data, and
      enough understanding of the coachee's work to follow what they are saying. The skills are
      mostly communication skills: hearing what is left unsaid, asking open and probing
      questions, summarising, reflecting back, helping set goals, and keeping useful records. The
      behaviours are about attitude: being non-judgemental, staying objective even when I have an
      opinion about a colleague, being honest, encouraging, and noticing when my own values are
      colouring the conversation. The EMCC competence framework was useful to me in separating
      these out, because I had assumed a good team leader already had them all."""),
    P("""Time is the obstacle everyone mentions. When a batch is held up waiting for our results,
      coaching sessions get dropped before anything else. I get round it by booking sessions away from
      the start of the week, when most release testing happens, by having the sessions in the
      admin block where nobody can fetch me, and by having the production director back the
      programme, so protected time is expected. Shifts are another: for analysts on nights I do
      some sessions by video call at the start of their shift. Third, some analysts were once put through 'coaching' that was
      really performance management, and the remedy is the contracting meeting and a clear
      statement that nothing goes on their file."""),
    P("""Safe practice also means the practical side. Sessions take place where we cannot be overheard but are not hidden away, including for
      video calls. I do not coach someone who is clearly not in a fit state for it, for example
      straight after a bereavement, and I point them to the employee assistance programme
      instead. The Equality Act means making reasonable adjustments, such as sending questions in advance
      to a coachee with dyslexia."""),
    P("Behind the scenes"),
    P("""Records matter for both of us. On the coachee's side, the agreement, their goals, their own notes
      and the progress summaries are the story of their progress: when motivation drops, looking back
      at where they started is often what keeps them going, and the records support their case
      when they apply for a new role. For me, the session notes, the diagnostics and my reflective
      log show whether the coaching is working, remind me of our agreements, and give me material
      for supervision. Everything sits in a restricted area of the site network that only I
      can open, coachees can see anything I hold about them, notes are factual, and everything is
      deleted a year after the relationship ends, as UK GDPR requires. Nothing goes on the
      coachee's HR file."""),
    P("""Reflection is what turns coaching sessions into better coaching. Kolb's cycle describes it
      well: an experience, reflecting on it, drawing a conclusion, and trying something different
      next time. Straight after a session I take ten minutes to write up what happened using Gibbs'
      questions, including how I felt, the part I used to skip. That habit showed me I was jumping in with options too early. Supervision brings in someone outside my own head. Every six weeks I see a qualified coach from our learning and development team to talk through anonymised cases, my own reactions and any ethical worries; the
      conversation about Client B happened there first. The EMCC and the Association for Coaching both expect regular supervision, because it
      protects coachees as well as coaches, and it shapes my CPD plan."""),
    P("Closing thoughts"),
    P("""Coaching in a lab is not a soft extra. Done properly, with a clear contract, a model used
      flexibly, the right tools, honest reviews and good records, and with reflection and
      supervision behind the coach, it develops people who make better decisions when it
      matters."""),
    P("""References: Whitmore, J. (2017) Coaching for Performance, 5th edn. London: Nicholas
      Brealey. Kolb, D. (1984) Experiential Learning. Englewood Cliffs: Prentice Hall. Gibbs, G.
      (1988) Learning by Doing. Oxford: FEU. EMCC Global (2021) Global Code of Ethics."""),
]

CASE = Case(
    name="ek_300_pharma_lab_docx",
    unit="8587-300",
    kind="unstructured",
    files=[SourceFile("Nowak unit 300 coaching.docx", BLOCKS)],
    labels={
        "1.1": "people who can think for themselves under pressure",
        "1.2": "never coach anyone who reports directly to me",
        "1.3": "The EMCC competence framework was useful to me",
        "1.4": "coaching sessions get dropped before anything else",
        "2.1": "I send a short note about myself",
        "2.2": "without it everyone assumes something different",
        "2.3": "writing up instrument checks at the end of a shift",
        "3.1": "GROW's strengths are that it is simple",
        "3.2": "Client A came out strongly as a reflector",
        "3.3": "To see whether we are getting anywhere",
        "4.1": "Records matter for both of us",
        "4.2": "That habit showed me I was jumping in",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="QC laboratory coaching essay DOCX: own Word headings, first contact and a three-way contracting story first with the rationale in the next paragraph, a data-integrity dilemma, model/tools/reviews before purpose and role, ethics split, Kolb and Gibbs, references.",
)
