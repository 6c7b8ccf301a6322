## /forget

forget-confirm =
    <b>Delete your personal data?</b>

    Your name, title, Telegram account id and the rest of your personal data will be deleted. Your organization and anonymous totals stay.
btn-forget-yes = 🗑 Yes, delete my data
btn-forget-no = Keep my data
forget-done = Your personal data has been deleted. Send /start if you want to register again.
forget-kept = Nothing was deleted.
forget-nothing = We hold no personal data about you.
