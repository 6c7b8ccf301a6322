## Decisions the network takes in the chat (/decide, /decisions)

decision-head = { $kind ->
        [proposal] 🗳 <b>A proposal</b> for your decision
        [consent] 🗳 <b>A decision by consent</b>
        [time] 📅 <b>A time poll</b>: when can you come?
        [score] 🗳 <b>A score vote</b>: how good is each option?
        [ranked] 🗳 <b>A ranked choice</b>: which do you prefer?
       *[dots] 🗳 <b>A dot vote</b>: what matters most to you?
    }
decision-for-meeting = For the meeting: { $title }
decision-question-line = { $text }
decision-option-line = { $n }. { $option }
decision-how = { $kind ->
        [proposal] Agree, abstain, disagree, or block if you cannot accept it. Disagreeing and blocking ask for your reason.
        [consent] Consent, or object if you cannot accept it. An objection asks for your reason.
        [time] Press a time to mark it: ✅ yes, ❔ maybe, ✖️ no. A time you leave unmarked counts as no.
        [score] Score each option from 1 (poor) to 5 (very good). You may leave an option unscored.
        [ranked] Press the options in the order you prefer them, your favourite first. You may stop after a few.
       *[dots] Spread your { $dots ->
            [one] one dot
           *[other] { $dots } dots
        } over the options with + and −, several on one if you like.
    }
decision-how-native = { $kind ->
        [proposal] Vote in the poll below: agree, abstain, disagree, or block if you cannot accept it. Disagreeing and blocking ask for your reason here.
       *[consent] Vote in the poll below: consent, or object if you cannot accept it. An objection asks for your reason here.
    }
decision-closes = Voting closes on { $when }. You can change your vote until then.
decision-turnout = { $voters } of { $audience ->
        [one] one person
       *[other] { $audience } people
    } { $voters ->
        [one] has voted
       *[other] have voted
    }.
decision-quorum-needed = The quorum is { $needed }.
decision-your-vote = Your vote: <b>{ $choice }</b>
decision-your-reason = Your reason: { $reason }
decision-your-order = Your order: { $order }
decision-dots-left = Dots left: { $left } of { $dots }
decision-marked = You have answered { $count } of { $total }.
decision-hidden = The results are shown when voting closes.
decision-so-far = <b>So far</b>:
decision-answer = { $answer ->
        [agree] Agree
        [abstain] Abstain
        [disagree] Disagree
        [block] Block
        [consent] Consent
        [objection] Objection
        [yes] Yes
        [maybe] Maybe
       *[no] No
    }
btn-decision-answer = { $answer ->
        [agree] 👍 Agree
        [abstain] 🤐 Abstain
        [disagree] 👎 Disagree
        [block] ✋ Block
        [consent] 👍 Consent
       *[objection] ✋ Objection
    }
btn-decision-reset = ↺ Start my order again
btn-decision-add = ➕ Add an option
decision-saved = Your vote is saved.
decision-ask-reason = Please send your reason as one message (up to { $max ->
        [one] one character
       *[other] { $max } characters
    }). Your vote counts once the reason is in.
decision-reason-saved = Your vote and your reason are saved. Who may read your reason?
btn-decision-reason-public = Everyone it was sent to (without my name)
btn-decision-reason-private = Only the organizers
decision-reason-public = Your reason will be shown with the results, without your name.
decision-reason-private = Only the organizers will read your reason.
decision-ask-option = Please send your option as one message (up to { $max ->
        [one] one character
       *[other] { $max } characters
    }).
decision-option-added = Your option is added. Others see it the next time they press a button on their card.
decision-reminder = ⏰ A reminder: your vote is still missing. Voting closes on { $when }.

## Refusals

decision-closed = Voting on this decision has closed.
decision-gone = This decision no longer exists.
decision-not-yours = This decision was not put to you.
decision-reason-needed = This answer needs a reason.
decision-no-new-options = This decision does not take new options.
decision-option-exists = That option is there already.
decision-options-full = This decision has { $max ->
        [one] its one option
       *[other] its { $max } options
    } already.
decision-options-count = Please write from { $min } to { $max ->
        [one] one option
       *[other] { $max } options
    }, one per line.
decision-text-empty = The text is empty. Please write it again.
decision-still-open = Voting on this decision is still open.
decision-announced-already = The outcome of this decision was announced already.

## Results

decision-result = { $result ->
        [passed] ✅ <b>Passed</b>
        [rejected] ❌ <b>Not passed</b>
        [blocked] ✋ <b>Blocked</b>
        [objected] ✋ <b>Objected to</b>
       *[no_quorum] ⚠️ <b>No quorum</b>: too few people voted for the result to stand
    }
decision-tally = { $answer }: { $count }
decision-quorum = { $voters ->
        [one] One person voted
       *[other] { $voters } people voted
    }; the quorum was { $needed } ({ $reached ->
        [yes] reached
       *[no] not reached
    }).
decision-voted = { $voters } of { $audience ->
        [one] one person
       *[other] { $audience } people
    } voted.
decision-time-line = { $when }: yes { $yes } · maybe { $maybe } · no { $no }
decision-time-best = ⭐ Best time: { $when } (yes { $yes }, maybe { $maybe })
decision-time-none = No time suits anyone.
decision-score-line = { $option }: average { $mean } ({ $count ->
        [one] one score
       *[other] { $count } scores
    })
decision-ranked-winner = 🏆 Chosen: <b>{ $option }</b>
decision-ranked-none = No option won: the votes are tied.
decision-round = Round { $n }: { $votes }
decision-exhausted = { $count ->
        [one] One ballot has
       *[other] { $count } ballots have
    } no option left in the count.
decision-dropped = Dropped: { $option }
decision-dots-line = { $option }: { $dots ->
        [one] one dot
       *[other] { $dots } dots
    } from { $people ->
        [one] one person
       *[other] { $people } people
    }
decision-segment = { $dimension ->
        [type] Among { $name }
       *[place] In { $name }
    }: { $result }
decision-segment-hidden = { $dimension ->
        [type] Among { $name }
       *[place] In { $name }
    }: too few votes to show
decision-like-you = <b>Among people like you</b>:
decision-reasons = <b>Reasons given</b>:
decision-reason-line = • { $answer }: { $reason }
decision-reason-named-line = • { $name } ({ $answer }): { $reason }
decision-named-votes = <b>Votes by name</b> (organizers only):
decision-named-vote-line = • { $name }: { $vote }
decision-outcome-head = 🗳 <b>The network has decided</b>: { $text }
decision-outcome = <b>Outcome</b>: { $outcome }

## Organizers: putting a decision (/decide)

decision-new = 🗳 <b>New decision</b>. What kind of decision?
btn-decision-kind = { $kind ->
        [proposal] Proposal
        [consent] Consent
        [time] Time poll
        [score] Score vote
        [ranked] Ranked choice
       *[dots] Dot vote
    }
decision-ask-text = { $kind ->
        [proposal] Please write the proposal as one message.
        [consent] Please write what the network is asked to consent to, as one message.
        [time] Please write what the meeting is about, as one message.
       *[other] Please write the question as one message.
    }
decision-ask-options = Please send the options, one per line, from { $min } to { $max }.
decision-ask-times = Please send the candidate times, one per line (up to { $max }), as { $example } ({ $tz }).
decision-ask-dots = How many dots does each person get?
btn-decision-dots = { $dots ->
        [one] one dot
       *[other] { $dots } dots
    }
decision-settings = <b>Check the decision</b>, as the people it goes to will read it. The buttons below change how it works.
btn-decision-open-for = ⏱ Open for { $days ->
        [one] one day
       *[other] { $days } days
    }
btn-decision-quorum = 👥 Quorum: { $percent ->
        [0] none
       *[other] { $percent }% of those asked
    }
btn-decision-setting = { $on ->
        [yes] ☑️
       *[no] ⬜
    } { $setting ->
        [hide] Results hidden until the close
        [named] Votes named (organizers only)
        [native] Sent as a Telegram poll
       *[add] Members may add options
    }
btn-decision-send = 📤 Send
decision-cancelled = The decision was not sent.
decision-sent = 🗳 Sent to { $count ->
        [one] one person
       *[other] { $count } people
    }. Voting closes on { $when }.

## Organizers: following decisions (/decisions)

decision-none = No decisions yet: /decide puts one to the network.
decision-list = 🗳 The latest decisions:
btn-decision-item = { $title } ({ $status ->
        [open] open
        [closed] closed
       *[announced] decided
    })
decision-admin-head = 🗳 <b>{ $kind ->
        [proposal] Proposal
        [consent] Consent
        [time] Time poll
        [score] Score vote
        [ranked] Ranked choice
       *[dots] Dot vote
    }</b> ({ $status ->
        [open] open
        [closed] closed, waiting for its outcome
       *[announced] decided
    })
btn-decision-refresh = 🔄 Refresh
btn-decision-close = ⏹ Close now
btn-decision-outcome = ✍️ Write the outcome
btn-decision-meeting = 📅 Draft a meeting at the best time
btn-decision-track = 📌 Track as a follow-up item
decision-closed-now = 🗳 Voting has closed. Please write the outcome: it goes to everyone the decision was put to, with the result.
decision-closed-by-you = Voting is closed; the result is on its way to you.
decision-ask-outcome = Please write the outcome as one message (up to { $max ->
        [one] one character
       *[other] { $max } characters
    }): what the network decided, and what happens next. It goes to everyone the decision was put to, with the result.
decision-announced = The outcome and the result are on their way to { $count ->
        [one] one person
       *[other] { $count } people
    }.
