## /help

help-header = <b>What you can do</b>
help-line = { $command } — { $description }
help-footer-new = Start with /start: choose your language and register.
help-footer-pending = Your registration is waiting for an organizer; more commands appear once it is approved.
help-footer-approved = Tansiq brings meetings, reminders, sector updates, polls and newsletters of the coordination mechanism to this chat, with the follow-up of recommendations, the directory of who works where, and opportunities matched to your sectors and governorates. Post one with /opportunity.
