## The advisory committee's agenda

agenda-ask-topic = Which topic should the next coordination meeting discuss? Send it in one message.
agenda-proposed = ✅ Thank you: your topic is on the list. Members rank the topics with /rank.
agenda-empty = No topic has been proposed yet. Advisory committee members propose with /propose.
agenda-rank-help = Press your first, second and third choice (3, 2 and 1 points). Press a topic again to take your vote back.
agenda-ranking = <b>Proposed topics, by points</b>
agenda-line = { $place }. { $topic } — { $points ->
        [one] { $points } point
       *[other] { $points } points
    }, { $voters ->
        [one] { $voters } member
       *[other] { $voters } members
    }
btn-agenda-adopt = { $count ->
        [one] The top topic
       *[other] Top { $count } topics
    } → agenda of { $title }
agenda-adopted = ✅ The { $count ->
        [one] top topic is
       *[other] top { $count } topics are
    } now the agenda of { $title }; the invitees are being told.
agenda-topic-gone = This topic is no longer open for ranking.
agenda-ranks-full = You already chose three topics. Press one of them to take your vote back first.
error-topic-length = A topic needs { $min } to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }; this one has { $length ->
        [one] { $length }
       *[other] { $length }
    }.
common-advisory-only = This command is for advisory committee members.
cmd-propose = Propose a topic for the next meeting
cmd-rank = Rank the proposed topics
cmd-agenda = The committee's ranking of topics
