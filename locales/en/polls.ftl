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
poll-exists = This meeting already has its feedback poll.
poll-scheduled = 📊 The feedback poll goes to the participants on { $send } and closes on { $close } ({ $tz }). Press the button again to see the results.
poll-results-header = <b>Feedback poll</b>: { $answered } of { $sent } answered ({ $status ->
        [open] open
        [closed] closed
       *[other] not sent yet
    }).
poll-option-line = { $option }: { $count } ({ $percent }%)
poll-mean-line = { $type }: average { $mean } ({ $count } answers)
poll-text-line = • { $text }
btn-meeting-poll = 📊 Feedback poll
btn-poll-csv = 📄 Answers as CSV
btn-poll-send-results = 📣 Send the results to the participants
poll-results-for-you = 📊 Thank you for answering. Here is what the participants said:
poll-results-sent = The results are on their way to { $count } participants.
poll-texts-count = { $count } written answers (read by the organizers)
