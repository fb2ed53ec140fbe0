"""Site readers: one module per export format whose page a generic reading would get wrong.

Most pages need none of these: parse.py cleans chrome away (clean.py) and walks headings, lists and
paragraphs. A page from a known tool — a chat export, a forum thread, a shared cloud document, a
shop's product page — hides its structure in that tool's markup (posts as <div>s, steps drawn as
badges, comments in a side panel). Each reader here recognizes its tool by the page's marks and
either rewrites the tree into the plain HTML the tool shows (clean.py's pass: called from clean.py or
comments.py) or reads the page itself into an <article> of parts (called from parse.py). Either way
the stages after them see ordinary headings, steps, Q&A pairs and text, so adding a format never
touches fragmenting, analysis or ranking.
"""
