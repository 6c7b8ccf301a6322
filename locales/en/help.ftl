## /help

help-header = <b>What you can do</b>
help-line = { $command } — { $description }
help-footer-new = Start with /start: choose your language and register.
help-footer-pending = Your registration is waiting for an organizer; more commands appear once it is approved.
help-footer-approved = Tansiq brings meetings, reminders, sector updates, polls and newsletters of the coordination mechanism to this chat, with the follow-up of recommendations, the directory of who works where, and opportunities matched to your sectors and governorates. Post one with /opportunity.
help-footer-admin = You are an administrator: you do not need to register. If you also represent an organization, the home card (/start) offers to register it.
help-group-start = <b>🚪 Getting started</b>
help-group-meetings = <b>📅 Meetings and polls</b>
help-group-updates = <b>📝 Sector updates</b>
help-group-followup = <b>📌 Follow-up</b>
help-group-network = <b>📇 Who works where</b>
help-group-news = <b>📰 News and announcements</b>
help-group-reports = <b>📊 Reports and data</b>
help-group-people = <b>👥 People and roles</b>
help-group-account = <b>👤 Your account</b>
