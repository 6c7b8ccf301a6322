## Announced internet cuts: /cuts

cuts-header = 📵 <b>Announced internet cuts</b> ({ $tz }): { $count ->
        [one] one coming
       *[other] { $count } coming
    }. While a cut is on, announcements and newsletters wait until it ends, and a meeting reminder due inside it goes before it starts.
cuts-none = None declared.
cuts-line = { $first } to { $last }, daily { $hours }
btn-cuts-add = ➕ Declare a cut
btn-cut-remove = 🗑 Remove the cut from { $first }
cuts-ask = Press the first day of the cut, or send the first day, the last day and the daily hours ({ $tz }) on one line, like: { $example }
    For a single day, leave out the last day.
cuts-ask-last = First day: { $first }. Press the last day (the same day for a one-day cut), or type the whole cut on one line.
cuts-ask-hours = From { $first } to { $last }. Send the daily hours ({ $tz }), like { $example }.
cuts-added = Cut declared: { $line }.
cuts-removed = Cut removed.
cuts-cancelled = Nothing declared.
cuts-gone = This cut is no longer there.
cuts-format = That is not a cut as written here. Please send it like: { $example }
cuts-past = That cut is over already.
cuts-order = The last day must not be before the first, and the cut must end after it starts on the same day.
cuts-too-long = A cut can be declared for { $max ->
        [one] one day
       *[other] { $max } days
    } at most: declare a longer one in parts.
meeting-in-cut = ⚠️ This meeting falls inside an announced internet cut ({ $when }): many invitees will not be able to join.
