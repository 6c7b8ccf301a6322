## Post-meeting polls

poll-intro = 📊 A few questions about the coordination meeting you attended. You can change an answer until the poll closes.
poll-q-usefulness = How useful was the meeting for your work? (1 = not at all, 5 = very)
poll-q-next-topic = Which sector should the next meeting focus on?
poll-q-feedback = Anything else you would like the organizers to know?
btn-poll-write = ✍️ Write an answer
poll-ask-text = Send your answer as one message.
poll-thanks = Thank you, your answer is saved.
poll-reminder = 📊 A reminder: the poll about the last coordination meeting is still open; your answers help prepare the next one.
poll-closed = This poll is closed.
poll-gone = This poll no longer exists.
poll-not-yours = This poll was not sent to you.
poll-exists = This meeting already has its poll.
poll-scheduled = 📊 The poll goes to the participants on { $send } and closes on { $close } ({ $tz }). Press the button again to see the results.
poll-results-header = <b>{ $title }</b>: { $answered } of { $sent ->
        [one] one person
       *[other] { $sent } people
    } answered ({ $status ->
        [open] open
        [closed] closed
       *[other] not sent yet
    }).
poll-option-line = { $option }: { $count } ({ $percent }%)
poll-mean-line = { $type }: average { $mean } ({ $count ->
        [one] { $count } answer
       *[other] { $count } answers
    })
poll-text-line = • { $text }
btn-meeting-poll = 📊 Poll
btn-poll-csv = 📄 Answers as CSV
btn-poll-send-results = 📣 Send the results to the participants
poll-results-for-you = 📊 Thank you for answering. Here is what the participants said:
poll-results-sent = The results are on their way to { $count ->
        [one] one participant
       *[other] { $count } participants
    }.
poll-texts-count = { $count ->
        [one] One written answer
       *[other] { $count } written answers
    } (read by the organizers)

## Making a poll (/poll, or a meeting's card) and reading results (/polls)

poll-intro-standalone = 📊 The organizers of the coordination mechanism ask for your view. You can change an answer until the poll closes.
poll-reminder-standalone = 📊 A reminder: the organizers' poll is still open; your answer counts.
poll-new = 📊 <b>New poll</b>. Choose a template, or write your own question.
poll-new-for-meeting = 📊 <b>The meeting's poll</b>. It goes to those who came (or said yes, if attendance was not taken) after the meeting ends. Choose a template, or write your own question.
btn-poll-tpl-feedback = Meeting feedback (3 questions)
btn-poll-tpl-usefulness = Usefulness, 1 to 5
btn-poll-tpl-next-topic = Sector for the next meeting
btn-poll-tpl-own = ✍️ My own question
poll-ask-own = Send the question in <b>{ $language }</b>: the question on the first line, then one option per line ({ $language }). Skip a language to show the first one instead.
poll-own-format = Write the question on the first line and from { $min } to { $max ->
        [one] { $max } option
       *[other] { $max } options
    } below it, one per line.
poll-own-count = This language has { $count ->
        [one] one option
       *[other] { $count } options
    }, the first one had { $expected ->
        [one] one
       *[other] { $expected }
    }. Give the same options in the same order.
poll-ask-style = How should people answer?
btn-poll-style-buttons = Buttons in the chat
btn-poll-style-native = A Telegram poll
poll-preview-line = { $number }. { $question }
poll-confirm = 📊 The poll:
    { $questions }

    How long should it stay open? It goes out as soon as you choose.
btn-poll-open-for = Send, open { $days ->
        [one] 1 day
       *[other] { $days } days
    }
poll-sent = 📊 The poll is on its way to { $count ->
        [one] one person
       *[other] { $count } people
    }. It closes on { $close } ({ $tz }).
poll-cancelled = The poll was cancelled.
btn-poll-refresh = 🔄 Results
btn-poll-chart = 📈 Chart
btn-poll-close = ⏹ Close now
poll-closed-now = The poll is closed.
poll-none = No polls yet. Start one with /poll.
poll-list = 📊 <b>Recent polls</b>: choose one to see its results.
btn-poll-item = { $date } · { $title } · { $status ->
        [open] open
        [closed] closed
       *[other] planned
    }
poll-no-answers = No answers to chart yet.
poll-chart-caption = 📈 { $answered } of { $sent ->
        [one] one person
       *[other] { $sent } people
    } answered.
poll-top-line = { $place }: { $option } ({ $count } of { $total ->
        [one] { $total } answer
       *[other] { $total } answers
    })
poll-by-actor-type = <i>By actor type</i>
poll-by-governorate = <i>By governorate</i>
poll-too-few = Too few answers to show (fewer than five): { $groups }
poll-results-sent-already = Everyone who answered has had the results already (they go out when the poll closes).
poll-still-open = The poll is still open: the results go to those who answered when it closes.
poll-segment-mean = { $dimension ->
        [type] Among { $name }
       *[place] In { $name }
    }: average { $mean } ({ $count ->
        [one] one answer
       *[other] { $count } answers
    })
poll-segment-top = { $dimension ->
        [type] Among { $name }
       *[place] In { $name }
    }: { $option } ({ $count } of { $total ->
        [one] one answer
       *[other] { $total } answers
    })
poll-segment-hidden = { $dimension ->
        [type] Among { $name }
       *[place] In { $name }
    }: too few answers to show
btn-results-chart = 📈 As a chart
results-chart-caption = 📈 Everyone, and people like you (groups of fewer than five are not shown).
results-chart-everyone = Everyone
