## /audit: what organizers and administrators did

audit-header = <b>Audit trail</b>: { $first }–{ $last } of { $total ->
        [one] one action
       *[other] { $total } actions
    }, latest first.
audit-empty = Nothing has been done yet that the audit trail records.
audit-line = { $at } · { $actor } · { $action } · { $target }
audit-someone = a deleted person ({ $role })
audit-deleted-person = a deleted person
audit-unregistered-admin = an administrator without a profile (from the bot's settings)
btn-audit-newer = ◀ Newer
btn-audit-older = Older ▶
btn-audit-export = ⬇ CSV
audit-export-caption = Audit trail: { $rows ->
        [one] one action
       *[other] { $rows } actions
    }.
audit-registration-approve = approved a registration
audit-registration-reject = rejected a registration
audit-role-set = changed a role
audit-admin-add = made someone an administrator (from the command line)
audit-admin-remove = removed an administrator (from the command line)
audit-meeting-publish = published a meeting
audit-meeting-change = changed a meeting
audit-meeting-cancel = cancelled a meeting
audit-attendance-mark = marked attendance by hand
audit-agenda-adopt = made ranked topics a meeting's agenda
audit-broadcast-create = sent or scheduled a message to an audience
audit-broadcast-resend = resent messages of a send
audit-broadcast-cancel = cancelled a send
audit-poll-create = created a poll
audit-poll-close = closed a poll
audit-update-approve = approved a sector update
audit-update-reject = rejected a sector update
audit-update-edit = edited or translated a sector update
audit-followup-track = started the follow-up of an item
audit-followup-approve = approved a commitment
audit-followup-reject = rejected a commitment
audit-followup-report = reported an item's status
audit-followup-delete = deleted a follow-up item
audit-cuts-add = declared an internet cut
audit-cuts-remove = removed an internet cut
audit-round-open = opened a reporting round
audit-round-remind = reminded the organizations that have not answered a round
audit-round-close = closed a reporting round
audit-round-reopen = reopened a reporting round
audit-round-tell = told the organizations their updates are in the report
audit-translation-approve = approved a proposed translation
audit-translation-reject = rejected a proposed translation
audit-export = exported a table
audit-report = made a summary report
audit-opportunity-approve = approved an opportunity
audit-opportunity-reject = rejected an opportunity
audit-opportunity-withdraw = withdrew an opportunity
audit-via-console = (in the console)
