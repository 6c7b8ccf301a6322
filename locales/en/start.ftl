## /start, language, consent and status

start-choose-language = Please choose your language.
start-welcome =
    <b>Welcome to Tansiq</b>, the coordination bot of the actors working on the Women, Peace and Security agenda in Iraq: local NGOs and networks, national institutions and international agencies.
btn-register-as-actor = Register my organization as an actor
start-rejected =
    Your last registration was not approved.
    Reason: { $reason }
btn-register-again = Register again
language-prompt = Choose your language:
language-changed = Your language is now English.
consent-text =
    <b>Before you register</b>

    <b>What we store:</b> your name, organization, title, the governorates and sectors you work on, your language and your Telegram account id. The name can be the one you are known by in the mechanism: a pseudonym is fine.
    <b>Who sees it:</b> the organizers of the coordination mechanism. Your Telegram username and account are never shown to other members. Reports show organizations and totals; your updates can be published without naming you.
    <b>How long:</b> messages the bot sent you are emptied after a few months; your profile stays until you delete it.
    <b>How to delete it:</b> send /forget at any time. Everything that identifies you is deleted; only anonymous counts by actor type and governorate stay, and the texts of your approved updates, without your name.
consent-short =
    <b>Before you register</b>
    We keep your name (a pseudonym is fine), organization, title, governorates, sectors and language. Only the organizers see them; other members never see your Telegram account. Send /forget at any time to delete them.
btn-consent-more = ℹ️ More: who sees what, for how long
btn-consent-accept = ✅ I agree
btn-consent-decline = Not now
consent-declined = Understood. Only your language choice is stored. Send /start if you change your mind.
status-new = You have not registered yet. Send /start to begin.
status-pending = Your registration was sent on { $date } and is waiting for an organizer.
status-approved = You are registered: { $role }, { $organization }.
status-rejected =
    Your registration was not approved.
    Reason: { $reason }
    Send /start to register again.
role-member = member
role-advisory = advisory committee member
role-organizer = organizer
role-admin = administrator
