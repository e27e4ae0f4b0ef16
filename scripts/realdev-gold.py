#!/usr/bin/env python3
"""realdev-gold.py strip GOLD_DIR TEXT_DIR OUT_DIR [INDEX_DIR]
   realdev-gold.py check GOLD_DIR TEXT_DIR

check: whether the restored texts are the copies the committed gold was written on — every span field's words
hash to its digest; prints `ok` or each problem (file, field, reason) and exits 1.

Makes gold on third-party pages fit to commit: every field that holds the page's own words (a statement's
`quote`, a meeting's `evidence`, a negative statement's `quote`) becomes
{"spans": [[begin, end], ...], "sha256": "<16 hex>"} — Unicode code-point offsets into the page's text and a
digest of the words they hold (the parts joined by " ... ") — and the annotator's free notes (`why` of negatives,
an index entry's `doubts`) are left out, since they quote the page; an index `query` that repeats five words of a
page in a row (a headline typed as the search) is kept as its words in alphabetical order, which still finds it. `warta eval` reads such gold against the
restored texts (org.warta.eval.GoldSpan) and refuses a copy whose words differ. Clusters (events.gold.json) and the
index entries' url, publisher, published date and topic are copied as they are.

A part of a field is found in the text as written, else with case, accents, punctuation and spacing ignored (the
matching of ../shared/realdev/check_gold.py); a part not found stops the script with its file and words.
"""
import hashlib, json, os, re, sys, unicodedata

JOIN = " ... "


def fold(c):
    """One character, lower case, without accents; punctuation becomes a space (length-preserving)."""
    d = unicodedata.normalize("NFKD", c)
    base = next((x for x in d if not unicodedata.combining(x)), " ").lower()
    base = {"’": "'", "‘": "'", "“": '"', "”": '"'}.get(base, base)
    return base if re.fullmatch(r"[a-z0-9\[\]]", base) else " "


def find(text, folded, words):
    """(begin, end) of words in text: as written, else by folded tokens."""
    at = text.find(words)
    if at >= 0:
        return at, at + len(words)
    tokens = "".join(fold(c) for c in words).split()
    if not tokens:
        return None
    m = re.search(r"(?<![a-z0-9\[\]])" + r" +".join(map(re.escape, tokens)) + r"(?![a-z0-9\[\]])", folded)
    return (m.start(), m.end()) if m else None


def digest(words):
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:16]


def span_field(value, text, folded, where):
    parts = [p.strip() for p in value.split("...") if p.strip()] if value else []
    spans = []
    for part in parts:
        s = find(text, folded, part)
        if s is None:
            sys.exit(f"{where}: not found in the text: {part!r}")
        spans.append(list(s))
    if not spans:
        return value
    return {"spans": spans, "sha256": digest(JOIN.join(text[b:e] for b, e in spans))}


def strip(gold_dir, text_dir, out_dir, index_dir=None):
    os.makedirs(os.path.join(out_dir, "gold"), exist_ok=True)
    for fn in sorted(os.listdir(gold_dir)):
        src = os.path.join(gold_dir, fn)
        if fn == "events.gold.json":
            clusters = json.load(open(src, encoding="utf-8"))
            write(os.path.join(out_dir, "gold", fn), clusters)
            continue
        if not fn.endswith(".gold.json"):
            continue
        g = json.load(open(src, encoding="utf-8"))
        text = open(os.path.join(text_dir, g["article"] + ".txt"), encoding="utf-8-sig", newline="").read()
        folded = "".join(fold(c) for c in text)
        for m in g.get("meetings", []):
            m["evidence"] = span_field(m.get("evidence"), text, folded, f"{fn} {m.get('id')}")
        for s in g.get("statements", []):
            s["quote"] = span_field(s["quote"], text, folded, fn)
        neg = g.get("negatives", {})
        for s in neg.get("statements", []):
            s["quote"] = span_field(s["quote"], text, folded, fn)
        for kind in neg.values():
            for entry in kind:
                entry.pop("why", None)
        write(os.path.join(out_dir, "gold", fn), g)
    if index_dir:
        os.makedirs(os.path.join(out_dir, "index"), exist_ok=True)
        grams = set()
        for fn in os.listdir(text_dir):
            if fn.endswith(".txt"):
                t = words(open(os.path.join(text_dir, fn), encoding="utf-8-sig").read())
                grams.update(tuple(t[i:i + 5]) for i in range(len(t) - 4))
        for fn in sorted(os.listdir(index_dir)):
            if fn.endswith(".json"):
                entry = json.load(open(os.path.join(index_dir, fn), encoding="utf-8"))
                entry.pop("doubts", None)
                entry["query"] = safe_query(entry.get("query", ""), grams)
                write(os.path.join(out_dir, "index", fn), entry)


def words(s):
    return re.findall(r"\w+", s.lower())


def safe_query(query, grams):
    """The query, or its words sorted (reversed if need be) when it repeats five words of a page in a row."""
    def repeats(q):
        return any(tuple(q[i:i + 5]) in grams for i in range(len(q) - 4))
    q = words(query)
    if not repeats(q):
        return query
    q = sorted(set(q))
    return " ".join(q if not repeats(q) else q[::-1])


def write(path, data):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def check(gold_dir, text_dir):
    bad = 0
    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".gold.json") or fn == "events.gold.json":
            continue
        g = json.load(open(os.path.join(gold_dir, fn), encoding="utf-8"))
        path = os.path.join(text_dir, g["article"] + ".txt")
        if not os.path.exists(path):
            print(f"{fn}: no text {path}")
            bad += 1
            continue
        text = open(path, encoding="utf-8-sig", newline="").read()
        fields = [m.get("evidence") for m in g.get("meetings", [])]
        fields += [x.get("quote") for x in g.get("statements", []) + g.get("negatives", {}).get("statements", [])]
        for f in fields:
            if isinstance(f, dict):
                spans = f["spans"]
                inside = all(0 <= b <= e <= len(text) for b, e in spans)
                if not inside or digest(JOIN.join(text[b:e] for b, e in spans)) != f["sha256"]:
                    print(f"{fn}: span {spans} does not hold the words annotated")
                    bad += 1
    print("ok" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(check(*sys.argv[2:4]))
    if len(sys.argv) < 5 or sys.argv[1] != "strip":
        sys.exit(__doc__)
    strip(*sys.argv[2:6])
