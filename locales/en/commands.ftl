## Command menu descriptions (Telegram allows 3 to 256 characters)

cmd-start = Start, or go back to the beginning
cmd-help = What I can do for you
cmd-language = Change language
cmd-status = Your registration status
cmd-profile = See and edit your profile
cmd-forget = Delete your personal data
cmd-pending = Registrations waiting for approval
cmd-roles = Give or revoke roles
cmd-newsletters = Read past newsletters
cmd-subscribe = Newsletter subscription and its language
cmd-announce = Send an announcement
cmd-newsletter = Prepare a newsletter
cmd-meetings = Your upcoming meetings
cmd-newmeeting = Create a coordination meeting
cmd-stats = Attendance statistics
cmd-poll = Send a poll
cmd-polls = Polls and their results
cmd-update = Send a sector update
cmd-myupdates = My updates and their status
cmd-queue = Updates waiting for review
cmd-activities = My organization's activities
cmd-report = Summary report (DOCX, HTML)
cmd-coverage = Who does what where: coverage and gaps
cmd-export = Export actors, attendance, updates, activities
cmd-audit = What organizers and admins did
