#!/usr/bin/env python3
"""Writes hostile-dataset.json: a valid summit dataset whose every text field tries a different terminal attack.

Run from this folder: python3 make-hostile-dataset.py. Offsets are computed here so the file always validates.
"""
import json

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"
ATTACKS = {
    "osc0-title": ESC + "]0;PWNED-TITLE-0" + BEL,
    "osc2-title": ESC + "]2;PWNED-TITLE-2" + ST,
    "osc52-clipboard": ESC + "]52;c;cm0gLXJmIH4=" + BEL,
    "osc8-link": ESC + "]8;;https://evil.example/" + ST + "click" + ESC + "]8;;" + ST,
    "dcs": ESC + "P+q544e" + ST,
    "cursor-move": ESC + "[10;10H" + ESC + "[5A" + ESC + "7" + ESC + "8",
    "clear-screen": ESC + "[2J" + ESC + "[H" + ESC + "c",
    "colours": ESC + "[31;47m" + ESC + "[5m" + ESC + "[38;2;255;0;0m",
    "bell": BEL + BEL + BEL,
    "c1-csi": "\u009b2J\u009b10;10H",
    "c1-osc": "\u009d0;C1-TITLE\u009c",
    "bidi-override": "\u202eevil\u202dgood\u202a\u202b\u202c",
    "bidi-isolate": "\u2066\u2067\u2068isolated\u2069\u200e\u200f\u061c",
    "separators": "line\u2028sep\u2029para",
    "combining-flood": "e" + "\u0301" * 300,
    "zwj": "\u200d\u200d👩\u200d👩\u200d👧\u200d👦\u200d",
    "backspace-cr": "over\bwrite\rcarriage\ttab\x7fdel\x00nul",
    "ss3-pm-apc": ESC + "Ohello" + ESC + "^pm" + ST + ESC + "_apc" + ST + "\u0090dcs-c1\u009c",
}

parts, spans = [], {}
offset = 0
for name, attack in ATTACKS.items():
    chunk = f"[{name}] {attack} end."
    spans[name] = (offset + len(f"[{name}] "), offset + len(f"[{name}] ") + len(attack))
    parts.append(chunk)
    offset += len(chunk) + 2
text = "\n\n".join(parts)
assert all(text[s:e] == ATTACKS[n] for n, (s, e) in spans.items())


def span(name):
    s, e = spans[name]
    return {"start": s, "end": e, "excerpt": text[s:e]}


a = ATTACKS
dataset = {
    "formatVersion": 1,
    "title": "Hostile " + a["osc0-title"],
    "source": {
        "title": "Headline " + a["osc2-title"],
        "standfirst": "Standfirst " + a["c1-osc"],
        "author": "Author " + a["bidi-override"],
        "outlet": "Outlet " + a["osc52-clipboard"],
        "credit": "Credit " + a["clear-screen"],
        "text": text,
    },
    "pillars": [
        {"id": "pillar-1", "number": 1, "title": "Pillar " + a["cursor-move"], "text": a["dcs"], "span": span("dcs"),
         "note": "Note " + a["bell"]},
        {"id": "pillar-2", "number": 2, "title": "Pillar " + a["c1-csi"], "text": a["colours"], "span": span("colours")},
    ],
    "actors": [
        {"id": "hostile", "name": "Hostile " + a["osc0-title"], "kind": "country",
         "aliases": [a["osc8-link"], "Alias " + a["c1-csi"], a["combining-flood"]],
         "stance": {"value": "open", "basis": span("osc0-title"), "note": "Stance " + a["osc2-title"]},
         "roles": [{"text": "Role " + a["osc52-clipboard"], "span": span("osc52-clipboard"), "pillars": ["pillar-1"]}],
         "span": span("osc0-title")},
        {"id": "evil" + a["osc0-title"], "name": "Id attack " + a["separators"], "kind": "organisation",
         "aliases": [a["zwj"]],
         "stance": {"value": "unclear", "basis": span("separators")},
         "roles": [], "span": span("separators")},
    ],
    "people": [
        {"id": "spy", "name": "Spy " + a["bidi-isolate"], "role": "Role " + a["clear-screen"],
         "organisation": "Org " + a["c1-osc"], "actor": "hostile", "span": span("bidi-isolate")},
    ],
    "quotes": [
        {"id": "quote-1", "text": a["osc8-link"], "span": span("osc8-link"), "speaker": "spy",
         "attribution": "said " + a["backspace-cr"], "passage": "passage " + a["cursor-move"],
         "venue": "Venue " + a["bell"], "pillars": ["pillar-1"], "actors": ["hostile"], "note": "Note " + a["ss3-pm-apc"]},
        {"id": "quote-2", "text": a["c1-csi"], "span": span("c1-csi"), "attribution": "Attr " + a["zwj"],
         "pillars": [], "actors": [], "note": "Unattributed " + a["combining-flood"]},
    ],
    "figures": [
        {"id": "figure-1", "label": "Label " + a["clear-screen"], "value": 9007199254740991, "upper": 9007199254740991,
         "unit": "units " + a["colours"], "qualifier": "about " + a["bell"], "actor": "hostile",
         "span": span("cursor-move"), "note": "Note " + a["dcs"]},
    ],
    "events": [
        {"id": "event-1", "summary": "Summary " + a["c1-osc"], "when": "When " + a["bidi-override"],
         "actors": ["hostile"], "status": "claim", "claimedBy": "hostile",
         "disputes": [{"by": "evil" + a["osc0-title"], "text": "Dispute " + a["osc52-clipboard"], "span": span("bell")}],
         "span": span("c1-osc")},
    ],
    "questions": [
        {"id": "question-1", "text": "Question " + a["separators"] + "?", "span": span("combining-flood"),
         "pillars": ["pillar-2"], "actors": ["hostile"]},
    ],
    "notes": [
        {"id": "note-1", "text": "Note " + a["backspace-cr"], "about": ["hostile", "quote-1"], "span": span("zwj")},
        {"id": "note-2", "text": "Note " + a["ss3-pm-apc"], "about": []},
    ],
}

with open("hostile-dataset.json", "w", encoding="utf-8") as f:
    json.dump(dataset, f, ensure_ascii=False, indent=2)
    f.write("\n")
