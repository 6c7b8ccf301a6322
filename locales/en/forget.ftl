## /forget

forget-confirm =
    <b>Delete your personal data?</b>

    Deleted: your name, title, Telegram account, link to your organization, governorates and sectors; your answers to meetings and polls (free texts included); your updates not yet approved; and your name in the messages organizers received about you.
    What stays, without your name or organization: { $approved ->
        [0] none of your texts
        [one] the text of your approved sector update
       *[other] the texts of your { $approved } approved sector updates
    }, and counts of who took part, by actor type and governorate only.
btn-forget-yes = 🗑 Yes, delete my data
btn-forget-no = Keep my data
forget-done =
    Your personal data has been deleted.
    What stays: { $approved ->
        [0] none of your texts
        [one] the text of one approved sector update, without your name or organization
       *[other] the texts of { $approved } approved sector updates, without your name or organization
    }, and counts by actor type and governorate only. Send /start if you want to register again.
forget-kept = Nothing was deleted.
forget-nothing = We hold no personal data about you.
forget-erased-note = 🗑 <i>This person's data was deleted at their request.</i>
