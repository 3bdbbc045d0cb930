"""8584-200 Understanding Mentoring: an essay pasted into a text file, no structure at all.

Kerry Walsh, assistant manager at a family-run garden centre, writes flowing paragraphs
with no headings and no task numbers, in an order of her own (trust first, records near
the end, goals after barriers). No declaration: she pasted the essay without her cover
sheet.
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("Understanding Mentoring by Kerry Walsh"),
    P("""I am the assistant manager at Hollins Garden Centre, a family business with about
      thirty five staff that goes up to nearly sixty in spring when we take on seasonal
      workers. The owners want to start mentoring because we keep losing good young staff,
      and I have been asked to be the first mentor. In this essay I will look at what I need
      to know before I start."""),
    P("""The first thing I have learned is that nothing works without trust. If the person I am
      mentoring does not believe that I am on their side they will not tell me what is really
      going on and we will just have polite chats about nothing. As an assistant manager I am
      also the person who does the rota and the disciplinaries, so I expect some of our staff
      will be wary of me at first. To build trust I need to agree at the beginning what is
      confidential and what is not and then keep to it, even when the owners ask me how
      somebody is getting on. I will tell the mentee that I will only ever share something if
      there is a risk to them or someone else, and that I would talk to them first. Trust is
      also built through small things like being on time, giving them my full attention and
      not being distracted by the tannoy, and following up on what I promised. I think it
      helps to be human as well, so I will tell them about the mistakes I made when I started
      here, like the time I watered the whole cactus house by mistake. Over time, showing that I
      respect their ideas and will not judge them means they will be more honest with me."""),
    P("""So what is a mentor actually there to do? From my reading, mentoring is a relationship
      where a more experienced person helps someone else to learn and develop, usually over
      a period of months, and the focus is on the mentee's own growth and goals rather than
      on the organisation's targets. That is the difference from being their manager, who is
      there to make sure the work gets done, or a trainer, who teaches a particular skill like
      how to use the till. A coach is closer but usually works on a specific area of
      performance, while a mentor looks at the bigger picture such as where someone wants to
      be in a few years. My job will be to meet my mentee regularly, help them work out what
      they want to achieve, encourage them, share what I know about the business and the
      horticulture trade when it is useful, open doors for them such as arranging a day with
      our buyer, and challenge them to keep moving forward. I also need to know my limits and
      refer them on when something is outside what a mentor should deal with."""),
    P("""There are some key skills I think every mentor needs. Listening is the obvious one,
      and not just hearing the words but noticing how things are said. Questioning is another,
      because good questions help the mentee think for themselves. Empathy matters, which
      means understanding how things feel from their side, remembering that a seventeen year
      old on their first job sees the world very differently from me. A mentor also needs to be
      able to give honest feedback without upsetting people, to help set goals that are
      realistic, and to stay non-judgemental. Patience is probably the one I will have to
      work on most, especially on a busy Saturday in May. Finally a mentor has to be a good
      role model, because the mentee will copy how I behave with customers and staff far more
      than anything I tell them."""),
    P("""Questioning and listening go together. When I am mentoring I will mainly use open
      questions, the ones beginning with what, how, when and tell me, because they let the
      mentee explain things in their own words, for example asking the apprentice how the week
      in the plant area has gone instead of asking if it was fine. Probing questions help when
      the answer is vague, like asking what exactly happened with the customer who
      complained about the dead hedging plants. Closed questions are useful at the end to
      confirm what has been agreed. I need to avoid leading questions that push my own
      opinion. For listening, active listening means facing the person, keeping eye contact,
      nodding, not interrupting, and then reflecting back or summarising what I heard so
      they know I have understood, for example by saying so what you are saying is that you
      like the customer side but the heavy lifting is getting you down. Leaving a silence is
      hard for me but it often gives the mentee space to say the thing that really matters.
      Using these techniques properly means the mentee ends up finding their own answers,
      which they are more likely to act on."""),
    P("""Mentoring can benefit people in many different situations. In our garden centre it
      will help new and seasonal staff to settle in quickly and feel part of the team, and it
      could help one of our café assistants who wants to move into the plant side to plan how
      to get there. In the voluntary sector, my sister is a mentor with a young carers project
      and she helps teenagers who look after a parent to keep up with school and have
      something for themselves, which gives them confidence and a sense that someone is in
      their corner. In schools and colleges, mentoring helps students set goals and stay
      motivated, and my son had a sixth form mentor who helped him write his personal
      statement for university. Finally for small business owners, a mentor from a business
      network can help them avoid costly mistakes and think about growth. In all of these the
      person being mentored gains confidence, independence and direction."""),
    P("""There are a few models that mentors use to give sessions a structure. I plan to use
      the GROW model because it is straightforward and I have seen our area manager use it.
      It starts with the Goal, where the mentee says what they want to achieve from the
      session and longer term. Next is Reality, where we look honestly at where they are now
      and what is helping or getting in the way. Then Options, where the mentee thinks of as
      many ways forward as possible before choosing, and I try not to jump in with my own
      ideas too early. Last is the Will or Way forward, where they commit to specific actions
      and a date, and I might ask how confident they are on a scale of one to ten. At Hollins
      I would use GROW in each session and then look back at the actions from the last Will
      stage at the start of the next meeting, so each session builds on the one before."""),
    P("""Giving feedback is part of the role and it needs care. I want my feedback to help the
      mentee improve rather than just make me feel better. I will try to give it soon after
      something happens and always in private, not on the shop floor in front of customers.
      I will start by asking them how they think it went, because often they already know,
      and then add my view. I plan to be specific about what I saw and the effect it had
      instead of general comments like you were rubbish with that customer. The feedback
      sandwich can be useful for someone new, with something positive, then the point to work
      on, then encouragement, for example telling the apprentice that her display of bedding
      plants by the entrance was eye catching, that the price labels were missing which
      caused queries at the till, and that with that sorted it would be one of our best. I
      also want to ask for feedback on how I am doing as a mentor."""),
    P("""There are barriers that might get in the way of the mentoring working well. The
      biggest for us is time, because garden centres are busiest exactly when the new staff
      join, in spring, and everyone is pulled onto the tills or unloading deliveries. Another
      barrier is the environment, as the only private space is the owners' office above the
      warehouse and staff associate it with being told off. A third barrier is the mentee's
      willingness, because some of the seasonal workers only want a summer job and may not
      see the point of a mentor, while others may be suspicious because I am a manager.
      Individual needs can also be a barrier, for example one of our young staff has autism
      and finds unexpected changes to routine very stressful."""),
    P("""Each of these can be overcome. For time, I will agree with the owners that mentoring is
      protected time and book sessions for Tuesday or Wednesday mornings, which are our
      quietest days, and keep them short rather than cancelling. For the environment I will
      use the picnic bench at the back of the nursery when it is dry, or the staff room before
      opening, so the mentee does not feel summoned upstairs. For willingness, I will explain
      what mentoring is and let them decide if they want it, agree a contract that makes
      confidentiality clear and separates mentoring from my manager role, and if it is not
      working offer them a different mentor such as our head of plants. For individual needs,
      I will ask what works for the person, and for the colleague with autism I will keep the
      same day, time and place and send an agenda in advance so there are no surprises."""),
    P("""Goals are what give mentoring its direction, and they should be SMART so that we both
      know when they have been reached. For the apprentice, a goal we might agree would be to
      be able to identify the fifty best selling perennials by sight and give basic care
      advice on them without checking the label by the end of June. For the café assistant
      who wants to move into the plant area, a goal could be to complete the garden centre
      association plant knowledge module and shadow the plant team for two shifts a month
      until September. For someone who lacks confidence with customers, a smaller goal such
      as offering help to three customers every shift would be more achievable. I will check
      that the mentee owns the goal and is committed to it, and the goals should have some
      challenge in them while still being realistic with the support available."""),
    P("""Planning the sessions properly will make the mentoring more effective. Before we
      start I will ask the mentee to fill in a simple needs form covering what they enjoy, what
      they find difficult, their confidence in different parts of the job and what they want
      from mentoring, and I will talk to them about it so I understand the gaps. In the first
      meeting we will agree a mentoring agreement covering how often we will meet, which I
      think should be every fortnight for about an hour, where, how long the mentoring will
      last, what is confidential and what we each expect. I will then plan each session by
      looking back at the notes and actions from last time, thinking about questions that
      might help, and making sure the time and place suit the mentee, for example not
      booking a session at the end of a long shift when they are tired and just want to go
      home."""),
    P("""The last area is keeping records. A mentor needs to keep the signed mentoring
      agreement, the needs form, a short note of each session with the date, what we talked
      about, the goals and the actions agreed, and a record of progress at the end. I will
      also keep my own reflective diary so I can improve as a mentor. Records matter because
      they show progress over time, remind us both of what was agreed, and protect both of
      us if there is ever a disagreement. They have to be kept confidential and secure, so I
      will use a locked filing drawer rather than leaving notes lying around the potting shed,
      and I will keep them separate from personnel files. Under data protection rules I should
      only record what is needed, keep it accurate, and destroy it when it is no longer
      needed, and the mentee should know what I am writing down."""),
    P("""Doing this research has made me realise that mentoring is more than having a chat with
      someone. I feel more prepared to start and I am looking forward to it."""),
]

CASE = Case(
    name="u200_unstructured",
    unit="8584-200",
    kind="unstructured",
    files=[SourceFile("essay.txt", BLOCKS)],
    labels={
        "1.1": "arranging a day with our buyer",
        "1.2": "young carers project",
        "1.3": "owners' office above the warehouse",
        "1.4": "picnic bench at the back of the nursery",
        "2.1": "busy Saturday in May",
        "2.2": "seen our area manager use it",
        "2.3": "dead hedging plants",
        "2.4": "display of bedding plants",
        "2.5": "watered the whole cactus house",
        "3.1": "end of a long shift",
        "3.2": "fifty best selling perennials",
        "3.3": "lying around the potting shed",
    },
    expected_checks={"declaration": False, "evidence_matrix": None, "identifying": []},
    about="Garden centre manager's essay in a .txt: no headings, no numbers, ACs out of order.",
)
