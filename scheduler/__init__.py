"""Due work: the metronome and one module per sweep. Every due time lives in the database and
each sweep claims its rows, so several scheduler processes can run side by side."""
