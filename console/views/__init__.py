"""One module per view of the console; each renders an HTML fragment for one reader."""
