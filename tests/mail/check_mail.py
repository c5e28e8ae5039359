"""check_mail.py MESSAGE SUBJECT TEXT HTML - a received mail decodes as expected.

MESSAGE is the mail as the SMTP server got it; SUBJECT the Subject it must
have once decoded; TEXT and HTML files its two parts must decode to.  The
text part's lines are 78 characters at most.
"""
import sys
from email import policy
from email.parser import BytesParser

message, subject, text, html = sys.argv[1:5]
with open(message, "rb") as f:
    mail = BytesParser(policy=policy.default).parse(f)
problems = []
if mail["Subject"] != subject:
    problems.append(f"Subject is {mail['Subject']!r}, not {subject!r}")
if mail.get_content_type() != "multipart/alternative":
    problems.append(f"the message is {mail.get_content_type()}")
parts = list(mail.iter_parts())
want = [("text/plain", text), ("text/html", html)]
if [p.get_content_type() for p in parts] != [w[0] for w in want]:
    problems.append(f"the parts are {[p.get_content_type() for p in parts]}")
for part, (kind, path) in zip(parts, want):
    with open(path, encoding="utf-8") as f:
        expected = f.read()
    if part.get_content_charset() != "utf-8":
        problems.append(f"{kind} is in {part.get_content_charset()}")
    if part.get_content() != expected:
        problems.append(f"{kind} does not decode to {path}")
    if kind == "text/plain":
        long = [l for l in part.get_content().split("\n") if len(l) > 78]
        if long:
            problems.append(f"{len(long)} lines of the text part are over 78 characters: {long[0]!r}")
for header in ("From", "To", "Date", "Message-ID", "MIME-Version"):
    if not mail[header]:
        problems.append(f"no {header}")
if mail.defects or any(p.defects for p in parts):
    problems.append(f"defects: {mail.defects} {[p.defects for p in parts]}")
if problems:
    sys.exit("\n".join(problems))
print(f"received: {mail['Subject']}")
