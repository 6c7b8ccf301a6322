## Who does what where: /activities

activity-list-header = 🗺 <b>Activities of { $organization }</b> ({ $count }). Keep them current: the coverage map is made from them.
activity-line = <b>{ $title }</b>
    { $sector } · { $status ->
        [planned] planned
        [completed] completed
       *[other] ongoing
    } · { $governorates } · { $dates }
btn-activity-add = ➕ Add an activity
btn-activity-planned = Planned
btn-activity-ongoing = Ongoing
btn-activity-completed = Completed
btn-activity-delete = 🗑 Delete
activity-saved = Saved.
activity-deleted = Deleted.
activity-cancelled = No activity was added.
activity-need-organization = Activities belong to an organization; yours is not set. Ask an organizer.
activity-gone = This activity no longer exists.
activity-ask-sector = Which sector is the activity in?
activity-ask-title = Its name, in one line (for example: "Legal aid for survivors in Sinjar").
activity-ask-governorates = Where does it run? Choose the governorates, then Done.
activity-ask-status = Is it planned, ongoing or completed?
activity-ask-dates = When did it start, or when will it? Press the day, or type its dates as "1/1/2026 31/12/2026" (a start alone is fine), or "-" if you do not know them.
activity-ask-end = It starts { $day }. When does it end? Press the day, type it like 31/12/2026, or press Skip if it has no set end.
activity-dates-invalid = Please write the dates as "1/1/2026 31/12/2026", the end not before the start, or "-".
