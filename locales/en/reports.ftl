## The summary report (/report), coverage (/coverage) and exports (/export)

report-ask-period = 📄 <b>Summary report</b>. Which period? Or type one: /report 1/1/2026 31/3/2026
btn-report-this-quarter = This quarter ({ $period })
btn-report-last-quarter = Last quarter ({ $period })
btn-report-last-year = Last four quarters ({ $period })
btn-report-round = 📋 Ask the organizations for their updates (reporting round)
report-ask-language = 📄 Report for { $period }. In which language?
report-progress-data = ⏳ Gathering the data for { $period }…
report-progress-document = ⏳ Drawing the charts and writing the document ({ $updates ->
        [one] one update
       *[other] { $updates } updates
    })…
report-ready = ✅ The report for { $period } is ready: { $meetings ->
        [one] one meeting
       *[other] { $meetings } meetings
    }, { $updates ->
        [one] one approved update
       *[other] { $updates } approved updates
    }. This PDF is for sharing and printing; the buttons bring the Word file (to edit) and the web page.
report-no-pdf = The PDF could not be made this time: here is the Word file; the web page is on the button.
btn-report-file-docx = 📝 Word file (to edit)
btn-report-file-html = 🌐 Web page
report-file-coming = The file is being made; it comes in a moment.
report-no-data = There is nothing to report for { $period }: no meeting was held and no update was approved. Choose another period.

report-title = Coordination Mechanism for the Actors Working on the WPS Agenda in Iraq: Summary Report
report-subtitle = Period: { $period }
report-executive-summary = Executive summary
report-actors = At the start of the period { $start ->
        [one] one actor took
       *[other] { $start } actors took
    } part in the coordination mechanism; at its end, { $end ->
        [one] one
       *[other] { $end }
    }: { $breakdown }, as shown in Figure (1). An actor is an organization with at least one approved representative.
report-count-of = { $count } { $name }
report-share-of = { $percent }% from { $name }
report-meetings = { $meetings ->
        [one] One national coordination meeting was
       *[other] { $meetings } national coordination meetings were
    } held (in person: { $physical }, online: { $virtual }, hybrid: { $hybrid }). Attendances numbered { $attendances } ({ $unique ->
        [one] one person
       *[other] { $unique } different people
    }): { $shares }, as shown in Figure (2).
report-updates-count = Participants shared { $count ->
        [one] one approved update
       *[other] { $count } approved updates
    }: { $progress } on progress, { $challenges ->
        [one] one challenge
       *[other] { $challenges } challenges
    } and { $recommendations ->
        [one] one recommendation
       *[other] { $recommendations } recommendations
    }.
report-figure-1-title = WPS actors by type
report-figure-1-start = Start of the period
report-figure-1-end = End of the period
report-figure-1-caption = Figure (1): Number of WPS actors (organizations with an approved representative) at the start and at the end of the period
report-figure-2-title = Participants by actor type
report-figure-2-caption = Figure (2): Percentage of unique and repeated participants in the coordination meetings
report-main-updates = Main updates
report-main-updates-intro = The progress below was shared by participants of the coordination meetings, at three levels; it does not reflect the opinion of a single actor.
report-level = { $level }
report-challenges = Challenges of implementing the Women, Peace and Security agenda
report-challenges-intro = The main challenges raised, by sector:
report-recommendations = Recommendations
report-recommendations-intro = The recommendations made, by sector:
report-item-named = { $text } ({ $organization })
report-item-anonymous = { $text } (one of the { $type })
report-none = No approved updates in this period.

coverage-summary = 🗺 <b>Coverage</b>: { $covered } of { $cells ->
        [one] one sector × governorate cell
       *[other] { $cells } sector × governorate cells
    } have at least one organization; { $gaps ->
        [one] one is a gap
       *[other] { $gaps } are gaps
    } (no actor). Most gaps: { $worst }.
coverage-gap-item = { $sector } ({ $count })
coverage-chart-title = Organizations per sector and governorate
coverage-gap = no actor

export-ask = 📤 <b>Exports</b>. What do you need?
btn-export-actors = Actors · { $format }
btn-export-attendance = Attendance · { $format }
btn-export-updates = Updates · { $format }
btn-export-activities = Activities · { $format }
export-empty = Nothing to export yet.
export-caption = { $rows ->
        [one] One row
       *[other] { $rows } rows
    }.
report-followup = Follow-up of recommendations
report-followup-none = No recommendation is followed up yet.
report-followup-intro = Where the { $count ->
        [one] one followed-up item stands
       *[other] { $count } followed-up items stand
    }, as their owner organizations reported it, by sector; and the items whose status changed in the period.
report-followup-chart-title = Follow-up: status by sector
report-followup-chart-caption = Figure ({ $number }): Followed-up recommendations, commitments and action points by sector and status
report-followup-moved-item = { $text } — { $level }

report-round = Reporting round { $period }
report-round-figures = { $asked ->
        [one] One organization was
       *[other] { $asked } organizations were
    } asked for their update for the period. Answered: { $answered } ({ $percent }%); with nothing to report: { $nothing }; after the deadline: { $late }.
report-round-gap-governorates = No answer came from: { $names }.
report-round-gap-sectors = No answer came in: { $names }.
report-round-chart-title = Organizations that answered the reporting round
report-round-by-type = By actor type
report-round-by-governorate = By governorate
report-round-by-sector = By sector
report-round-chart-caption = Figure ({ $number }): Share of the organizations asked that answered, by actor type, governorate and sector (answered/asked)
report-original-note = An item followed by a language in brackets has no approved translation yet and is shown as it was written.
report-item-original = { $text } [{ $language }]
report-item-merged = { $text } ({ $count ->
        [one] one organization
       *[other] { $count } organizations
    })
report-item-merged-named = { $text } ({ $count ->
        [one] one organization
       *[other] { $count } organizations
    }, among them { $organizations })
report-translators = Translated by members of the mechanism: { $names }.
report-decisions = Decisions taken in the chat
report-decision-item = { $text }: { $result ->
        [passed] passed
        [rejected] not passed
        [blocked] blocked
        [objected] objected to
        [no_quorum] no quorum
       *[other] decided
    } (votes: { $voters } / { $audience }). Outcome: { $outcome }
