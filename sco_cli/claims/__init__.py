"""`sco check`: find the SCO claims of any article and judge them against the reference.

One job a module: `document` splits text into paragraphs and sentences with
offsets, `lexicon` holds the words (numbers, statuses, country names),
`extract` finds claims, `judge` gives each a verdict against the reference
roster and summits, `inputs` reads files, folders and standard input, `web`
reads HTML and URLs (the only module that imports trafilatura), and
`claimreview` writes schema.org ClaimReview JSON-LD. Rule-based and
deterministic: the same text always gives the same claims, in time linear in
its length.
"""
