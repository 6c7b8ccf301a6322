## The reporting round: /round

round-ask-period = 📋 <b>A reporting round</b>: every approved organization is asked for its sector updates for a period. Which period?
btn-round-quarter = { $period }
round-ask-deadline = By when should the organizations answer? Send a day ({ $tz }), like { $example }.
round-deadline-format = Please send the day like { $example }.
round-preview =
    📋 Period { $period }, answers by { $deadline }.
    { $organizations ->
        [one] One organization
       *[other] { $organizations } organizations
    } will be asked, through { $people ->
        [one] one person
       *[other] { $people } people
    }. { $unreachable ->
        [0] Every one of them can be reached.
        [one] One organization cannot be reached (nobody approved, or all blocked the bot).
       *[other] { $unreachable } organizations cannot be reached (nobody approved, or all blocked the bot).
    }
round-ask-questions =
    Guiding questions (optional): one line per sector, the sector's name, a colon, the question, like
    Protection: What changed for survivors' services this quarter?
    Readers of other languages see your text until it is translated. Or skip.
round-questions-format = “{ $line }” is not a sector's name, a colon and a question. Please send the lines again.
round-preview-questions = With { $count ->
        [one] one guiding question
       *[other] { $count } guiding questions
    }.
round-preview-untranslated = Approved updates of this period without a translation: { $counts }. Members who translate can take them with /translate; you review them with /translations.
round-untranslated-in = { $language } { $count }
btn-round-open = 📨 Open the round
round-opened = The round is open: the requests are on their way.
round-cancelled = No round opened.
round-request =
    📋 <b>Your organization's update for { $period }</b>
    The coordination mechanism asks every organization what moved in its sectors: progress, challenges, recommendations. Please answer by { $deadline }. One answer from a representative counts for the whole organization.
round-reminder =
    🔔 <b>A reminder: your organization's update for { $period }</b>
    No answer has come from your organization yet. Please answer by { $deadline }.
round-question = • { $sector }: { $question }
btn-round-update = ✍️ Send an update
btn-round-nothing = Nothing to report this period
round-progress =
    📋 <b>Reporting round { $period }</b> (answers by { $deadline })
    { $answered } of { $asked ->
        [one] one organization
       *[other] { $asked } organizations
    } answered · nothing to report: { $nothing } · late: { $late }
round-progress-closed =
    📋 <b>Reporting round { $period }</b>: closed
    { $answered } of { $asked ->
        [one] one organization
       *[other] { $asked } organizations
    } answered · nothing to report: { $nothing } · late: { $late } (answers by { $deadline })
round-tally = { $name } { $answered }/{ $asked }
round-by-type = By type: { $tallies }
round-gap-governorates = None yet from: { $names }
round-gap-sectors = None yet in: { $names }
round-gap-more = (+{ $more })
btn-round-refresh = 🔄 Refresh
btn-round-silent = 📋 Who has not answered
btn-round-remind = 🔔 Remind them
btn-round-close = 🔒 Close the round
btn-round-reopen = 🔓 Reopen for a week
round-reopened = The round is open again for { $days ->
        [one] one day
       *[other] { $days } days
    }: the organizations that have not answered can still do so.
round-open-already = This round is open already.
round-reminded = { $count ->
        [0] Nobody to remind: every organization that can be reached has answered.
        [one] One reminder is on its way.
       *[other] { $count } reminders are on their way.
    }
round-closed = The round is closed. Late updates are still taken, marked late.
round-silent = { $count ->
        [0] Every organization has answered.
        [one] One organization has not answered:
       *[other] { $count } organizations have not answered (the first shown):
    }
round-answered-by-colleague = 📋 Your organization has answered the reporting round for { $period } (a colleague did): nothing more is needed from you, and no reminder will come.
round-nothing-recorded = Thank you: "nothing to report" is recorded for your organization.
round-answered-already = Your organization has answered already; nothing more is needed.
round-overlap = Round #{ $round } is open for the same period: close it first.
round-reminded-today = The silent organizations were reminded today already. One more can go tomorrow.
round-closed-already = This round is closed already.
round-gone = This round is no longer there.
round-not-asked = Your organization was not asked in this round.
round-period-order = The period's last day must not be before its first.
round-question-too-long = A guiding question can have up to { $max ->
        [one] one character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] one
       *[other] { $length }
    }.
btn-round-tell = 📣 Tell the organizations their update is in it ({ $period })
round-report-issued = 📄 The summary report for { $period } is out, and your organization's update is in it. Thank you for sending it.
    <i>You can turn these notices off in /subscribe.</i>
round-told = { $count ->
        [one] One organization is being told
       *[other] { $count } organizations are being told
    } that their update is in the report.
round-report-told-already = The organizations were told about this report already.
round-report-nobody = No approved update sent for this round is in the report yet.
