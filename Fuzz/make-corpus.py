#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus into the folder given: the bundled, hostile and documented datasets, and
malformed variants of them like those the loader tests hold (every field removed, nulled, retyped; truncations;
bad numbers, spans, escapes and nesting). Seeds are regenerated on each run, so they follow the format."""
import json, os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
seeds = {}


def add(name, data):
    seeds[name] = data if isinstance(data, bytes) else data.encode("utf-8")


bundled = open(os.path.join(root, "Resources/dataset.json"), encoding="utf-8").read()
hostile = open(os.path.join(root, "Tests/Fixtures/hostile-dataset.json"), encoding="utf-8").read()
doc = open(os.path.join(root, "docs/dataset-format.md"), encoding="utf-8").read()
example = re.search(r"```json\n(.*?)```", doc, re.S).group(1)
add("bundled", bundled)
add("hostile", hostile)
add("example", example)

small = json.loads(example)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from paths(child, prefix + (i,))


def setting(path, new, remove=False):
    doc = json.loads(example)
    target = doc
    for step in path[:-1]:
        target = target[step]
    if remove and isinstance(target, dict):
        del target[path[-1]]
    else:
        target[path[-1]] = new
    return json.dumps(doc, ensure_ascii=False)


for n, path in enumerate(p for p in paths(small) if p):
    add(f"remove-{n}", setting(path, None, remove=True))
    add(f"null-{n}", setting(path, None))
    add(f"string-{n}", setting(path, "x"))
    add(f"number-{n}", setting(path, 1e308))
for n, literal in enumerate(["9223372036854775807", "1e19", "9007199254740993", "1e-999999", "-0", "1.5", "1e400",
                             "0.1234567890123456789", "-9223372036854775808", "99999999999999999999999"]):
    add(f"figure-number-{n}", example.replace('"value": 500', f'"value": {literal}'))
    add(f"span-number-{n}", example.replace('"start": 198', f'"start": {literal}'))
for cut in range(0, len(example), max(1, len(example) // 40)):
    add(f"truncated-{cut}", example[:cut])
for n, text in enumerate([
    "", " ", "{", "[", "{}", "[]", "null", "{\"formatVersion\": 2}", "{\"formatVersion\": 1,}", "{'a': 1}",
    "{\"a\": 1\n \"b\": 2}", "{\"quotes\": [1, 2,]}", "{\"title\": \"abc", "{\"title\": \"a\\uD800b\"}",
    "{\"title\": \"\\uDC00\"}", "{\"title\": \"\\x\"}", "{\"title\": \"tab\there\"}", "/* c */ {}", "{\"a\": NaN}",
    "{\"a\": 01}", "{\"a\": 1.}", "{\"a\": 1e}", "{\"a\": -}", "\ufeff{}", "[" * 200 + "]" * 200,
    "{\"notes\": " + "[" * 150 + "]" * 150 + "}",
]):
    add(f"syntax-{n}", text)
add("invalid-utf8", b'{"title": "\xff\xfe"}')
add("overlong-utf8", b'{"title": "\xc0\xaf"}')
add("surrogate-utf8", b'{"title": "\xed\xa0\x80"}')
add("nul", b'{"title": "\x00"}')
for name, data in seeds.items():
    with open(os.path.join(out, name + ".json"), "wb") as f:
        f.write(data)
print(f"make-corpus: {len(seeds)} seeds in {out}")
