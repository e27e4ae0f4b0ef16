#!/usr/bin/env python3
"""Builds Warta's offline gazetteer: src/main/resources/org/warta/extract/lexicon/gazetteer.tsv.

Usage (from the repository root):

    python3 scripts/build-gazetteer.py [--data ../shared/data]
                                       [--curated src/main/resources/org/warta/extract/lexicon/curated]
                                       [--out src/main/resources/org/warta/extract/lexicon/gazetteer.tsv]
                                       [--gold DIR ...]

Inputs
  --data     the shared data folder (default: ../shared/data relative to the repository root):
             countries.tsv, persons.tsv, seed-entities.json, SOURCES.md.
  --curated  the hand-written lexicon (default: src/main/resources/org/warta/extract/lexicon/curated):
             state-variants.tsv, cities.tsv, organizations.tsv, person-aliases.tsv
             (each file documents its own columns in its '#' header).
  --gold     optional, repeatable: folders of *.gold.json files. Only used for a check that every
             entity of a gold `qids` map has the gold's English label in the gazetteer; the output
             does not depend on it.

Output: one entity a row, tab-separated, UTF-8, sorted by type, label and id, after '#' header
lines (provenance, licences, the command, the collision report) and a column header line:

    id  type  qid  label  names  country  roles  flags

Only the standard library is used. The output is deterministic: no timestamps, sorted rows and
names; input files are identified by their SHA-256. The script ends with a self-check (unique ids,
labels and names present, QIDs well-formed and taken from the inputs only, every country QID a
state row, role syntax) and prints counts per type. It exits non-zero when a check fails.
"""

import argparse
import csv
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict, OrderedDict

TYPES = ("state", "person", "organization", "place")
ROLE_KEYS = (
    "president", "vice-president", "prime-minister", "foreign-minister", "defense-minister",
    "finance-minister", "minister", "chancellor", "king", "queen", "emir", "sultan",
    "crown-prince", "head-of-state", "head-of-government", "secretary-general", "spokesperson",
    "press-secretary", "ambassador", "security-council-secretary", "national-security-adviser",
    "senior-researcher", "journalist",
)
FLAGS = ("seat", "sovereign", "region", "agency", "ambiguous")
QID_RE = re.compile(r"^Q[0-9]+$")
DATE_RE = re.compile(r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")

# Persons' single-token aliases of two letters or fewer are dropped unless listed here ("JK": the press writes
# Jusuf Kalla so throughout, and no one else).
SHORT_PERSON_ALIASES = {"Xi", "JK"}
# Common family names: a seed alias that is only one of these is dropped (the seed gives bare
# "Wang" for both Wang Yi and Wang Wenbin).
COMMON_SURNAMES = {
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu", "Sun", "Hu",
    "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Kim", "Lee", "Park", "Choi", "Jung", "Nguyen",
    "Tran", "Le", "Pham", "Khan", "Singh", "Ali", "Ahmed", "Mohammed", "Muhammad",
}
# Title words: a seed alias that starts with one of these is a title phrase (or title + name) and
# is dropped. Title + name forms would also swallow the state inside them ("Presiden Rusia
# Vladimir Putin"), which the recognizer must see as a state mention of its own.
TITLE_WORDS = {
    "presiden", "wakil", "perdana", "pm", "menteri", "menlu", "menhan", "bapak", "pak", "ibu",
    "pemimpin", "sekretaris", "sekjen", "duta", "dubes", "juru", "jubir", "diplomat", "raja",
    "ratu", "pangeran", "putra", "kanselir", "kepala", "ketua", "direktur", "mitranya", "kaisar",
    "jenderal", "tuan", "nyonya", "yang", "utusan", "penasihat", "peneliti",
}
# Prefixes stripped from persons.tsv names to make an extra alias (when two or more tokens remain).
NAME_PREFIXES = ("Prince ", "Sheikh ", "Archbishop ", "Pope ", "Dr. ", "King ", "Queen ", "Emir ",
                 "Sultan ", "Sir ")
ROMAN_RE = re.compile(r"\b[IVX]+\b")


class BuildError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# small helpers

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


_FOLD_EXTRA = str.maketrans({
    "đ": "d", "Đ": "D", "ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "ð": "d", "’": "'", "‘": "'", "ʻ": "'", "ʼ": "'",
    "–": "-", "—": "-",
})


def fold(s):
    """ASCII-ish folding: strips diacritics, straightens quotes. Keeps case."""
    s = s.translate(_FOLD_EXTRA)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    s = fold(s).replace("+", " plus ").lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


def clean_country_name(n):
    """countries.tsv names as text writes them: 'Myanmar (Burma)' -> 'Myanmar', 'Kongo - Kinshasa'
    -> 'Kongo-Kinshasa', 'Kep.' -> 'Kepulauan', '&' -> 'dan', 'Hong Kong DAK Tiongkok' -> 'Hong
    Kong', 'A.S.' -> 'Amerika Serikat'."""
    n = re.sub(r"\s*[\(\[][^\)\]]*[\)\]]", "", n)
    n = n.replace(" - ", "-").replace("Kep. ", "Kepulauan ").replace(" & ", " dan ")
    n = n.replace(" DAK Tiongkok", "").replace("A.S.", "Amerika Serikat")
    return " ".join(n.split())


def split_list(cell, sep="|"):
    return [x.strip() for x in cell.split(sep) if x.strip()] if cell else []


def read_tsv(path, columns):
    """Reads a curated TSV: '#' lines are comments, the first other line must be the column
    header `columns`. Returns a list of (line_number, dict)."""
    rows = []
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                if cells != list(columns):
                    raise BuildError("%s:%d: expected column header %r, found %r"
                                     % (path, no, "\t".join(columns), line))
                header_seen = True
                continue
            if len(cells) > len(columns):
                raise BuildError("%s:%d: %d cells, expected at most %d"
                                 % (path, no, len(cells), len(columns)))
            cells += [""] * (len(columns) - len(cells))
            rows.append((no, {c: v.strip() for c, v in zip(columns, cells)}))
    if not header_seen:
        raise BuildError("%s: no column header line" % path)
    return rows


# ---------------------------------------------------------------------------------------------
# entities

class Entity:
    def __init__(self, etype, label, qid="", source=""):
        if etype not in TYPES:
            raise BuildError("unknown type %r" % etype)
        self.type = etype
        self.label = label
        self.qid = qid or ""
        self.names = OrderedDict()      # preferred surface forms first
        self.country = ""               # QID
        self.roles = []                 # [key, countryQID, start, end]
        self.flags = set()
        self.sources = [source] if source else []

    def add_name(self, name):
        name = " ".join(name.split())
        if not name:
            return
        if "\t" in name or "|" in name:
            raise BuildError("surface form %r of %r contains a tab or '|'" % (name, self.label))
        self.names.setdefault(name, True)
        f = fold(name)
        if f != name:
            self.names.setdefault(f, True)

    def id(self):
        return self.qid if self.qid else "%s/%s" % (self.type, slug(self.label))


def role_key_for_position(position, lst):
    """Maps a persons.tsv / seed position label to a role key (None = no key fits)."""
    p = position.lower()
    if lst == "foreign":
        return "foreign-minister"
    if "vice president" in p or "vice-president" in p:
        return "vice-president"
    if "executive yuan" in p:
        return "prime-minister"
    if "pontifical commission" in p:
        return "head-of-government"
    if "presidential council" in p:
        return "head-of-state"
    if "permanent representative" in p or p.startswith("ambassador"):
        return "ambassador"
    if p.startswith("secretary of the security council"):
        return "security-council-secretary"
    if p.startswith("secretary-general"):
        return "secretary-general"
    if p.startswith("press secretary"):
        return "press-secretary"
    if p.startswith("spokesperson"):
        return "spokesperson"
    if "foreign minister" in p or "minister of foreign affairs" in p or "secretary of state" in p:
        return "foreign-minister"
    if p.startswith("president"):
        return "president"
    if "prime minister" in p or p.startswith("premier") or "taoiseach" in p \
            or "chairman of the council of ministers" in p:
        return "prime-minister"
    if "chancellor" in p:
        return "chancellor"
    if p.startswith("emir"):
        return "emir"
    if p.startswith("sultan"):
        return "sultan"
    if "yang di-pertuan agong" in p or p.startswith("king") or "monarch" in p \
            or "druk gyalpo" in p or "ngwenyama" in p:
        return "king"
    if "swiss federal council" in p or "minister of state of monaco" in p \
            or "chief minister" in p:
        return "head-of-government"
    if p in ("pope",) or "supreme leader" in p or "governor-general" in p \
            or "captain regent" in p or "co-prince" in p or p.startswith("prince of") \
            or "emperor" in p or "o le ao o le malo" in p:
        return "head-of-state"
    if "senior research" in p:
        return "senior-researcher"
    if p.startswith("journalist"):
        return "journalist"
    if lst in ("heads", "heads-later"):
        return "head-of-state"
    return None


def merge_role(roles, new, curated):
    """Adds role `new` ([key, country, start, end]) to `roles`. A role with the same key and
    country whose start year matches (or either start is empty) is the same tenure: curated
    dates replace it; otherwise the more precise start and a known end are kept."""
    key, country, start, end = new
    for r in roles:
        if r[0] != key or r[1] != country:
            continue
        if r[2] and start and r[2][:4] != start[:4]:
            continue
        if curated:
            r[2], r[3] = start or r[2], end
        else:
            if len(start) > len(r[2]):
                r[2] = start
            if end and (not r[3] or len(end) > len(r[3])):
                r[3] = end
        return
    roles.append(list(new))


# ---------------------------------------------------------------------------------------------
# the build

class Builder:
    def __init__(self, data_dir, curated_dir):
        self.data_dir = data_dir
        self.curated_dir = curated_dir
        self.entities = []
        self.by_qid = {}
        self.iso2_qid = {}          # ISO2 -> state QID
        self.qid_iso2 = {}
        self.allowed_qids = set()   # QIDs seen in the inputs (countries, persons, verified seeds)
        self.country_remap = {}     # persons.tsv country QID -> state QID ('' = none)
        self.role_country_remap = {}
        self.drop_roles_for = set() # sub-national QIDs: offices there are not state offices
        self.sovereign_override = set()
        self.notes = []             # report lines for stdout
        self.inputs = []            # (relative name, path)

    # --- lookup

    def add(self, e):
        if e.qid:
            if e.qid in self.by_qid:
                raise BuildError("QID %s used twice (%s, %s)"
                                 % (e.qid, self.by_qid[e.qid].label, e.label))
            self.by_qid[e.qid] = e
        self.entities.append(e)
        return e

    def find(self, etype, *keys):
        """Finds an entity of a type by QID, label or any surface form (first key that hits)."""
        for k in keys:
            if not k:
                continue
            if QID_RE.match(k) and k in self.by_qid:
                e = self.by_qid[k]
                if etype is None or e.type == etype:
                    return e
        for k in keys:
            if not k:
                continue
            for e in self.entities:
                if etype is not None and e.type != etype:
                    continue
                if e.label == k or k in e.names:
                    return e
        return None

    def country_qid(self, cell, where):
        """ISO2 or QID -> state QID ('' for empty)."""
        if not cell:
            return ""
        if ISO2_RE.match(cell):
            if cell not in self.iso2_qid:
                raise BuildError("%s: unknown ISO2 %r" % (where, cell))
            return self.iso2_qid[cell]
        if QID_RE.match(cell):
            return self.country_remap.get(cell, cell)
        raise BuildError("%s: %r is neither ISO2 nor QID" % (where, cell))

    def check_qid(self, qid, where):
        if qid and qid not in self.allowed_qids:
            raise BuildError("%s: QID %s does not occur in the inputs (countries.tsv, persons.tsv, "
                             "verified seed entities); leave it empty" % (where, qid))

    # --- inputs

    def load_allowed_qids(self):
        with open(os.path.join(self.data_dir, "countries.tsv"), encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                self.allowed_qids.add(r["qid"])
        with open(os.path.join(self.data_dir, "persons.tsv"), encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                self.allowed_qids.add(r["qid"])
                self.allowed_qids.add(r["country_qid"])
        with open(os.path.join(self.data_dir, "seed-entities.json"), encoding="utf-8") as f:
            seeds = json.load(f)
        for e in seeds["entities"] + seeds["other_entities"]:
            if e.get("verified") and e.get("qid"):
                self.allowed_qids.add(e["qid"])
            if e.get("verified") and e.get("citizenship"):
                self.allowed_qids.add(e["citizenship"])

    def load_countries(self, variants):
        path = os.path.join(self.data_dir, "countries.tsv")
        self.inputs.append(("countries.tsv", path))
        place_qids = variants["_place_qids"]
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for r in rows:
            self.iso2_qid[r["iso2"]] = r["qid"]
            self.qid_iso2[r["qid"]] = r["iso2"]
        for r in rows:
            if r["qid"] in place_qids:
                continue        # emitted by cities.tsv as a place (Hong Kong, Macau, Antarctica)
            v = variants.get(r["iso2"], {})
            e = Entity("state", v.get("label") or r["name_en"], r["qid"], "countries.tsv")
            for n in (r["name_id"], r["name_en"], r["full_name_en"]):
                if n:
                    e.add_name(clean_country_name(n))
            if r["sovereign_or_country"] == "yes" and r["iso2"] not in self.sovereign_override:
                e.flags.add("sovereign")
            e.name_id = r["name_id"]
            self.add(e)

    def load_state_variants(self):
        path = os.path.join(self.curated_dir, "state-variants.tsv")
        self.inputs.append(("curated/state-variants.tsv", path))
        rows = read_tsv(path, ("key", "label", "names", "flags", "note"))
        out = {"_place_qids": set(), "_rows": rows}
        for no, r in rows:
            where = "state-variants.tsv:%d" % no
            flags = split_list(r["flags"], ",")
            for fl in flags:
                if fl == "dependency":
                    self.sovereign_override.add(r["key"])
                elif fl.startswith("same-as:"):
                    self.country_remap[r["key"]] = "@" + fl.split(":", 1)[1]
                elif fl.startswith("part-of:"):
                    self.country_remap[r["key"]] = "@" + fl.split(":", 1)[1]
                    self.drop_roles_for.add(r["key"])
                elif fl == "not-a-state":
                    self.country_remap[r["key"]] = ""
                elif fl in ("state", "ambiguous"):
                    pass
                else:
                    raise BuildError("%s: unknown flag %r" % (where, fl))
            if ISO2_RE.match(r["key"]):
                out[r["key"]] = r
            elif not QID_RE.match(r["key"]):
                raise BuildError("%s: key %r is neither ISO2 nor QID" % (where, r["key"]))
        # the places file may claim countries.tsv rows as places
        cpath = os.path.join(self.curated_dir, "cities.tsv")
        for no, r in read_tsv(cpath, CITY_COLUMNS):
            if r["qid"]:
                out["_place_qids"].add(r["qid"])
        return out

    def apply_state_variants(self, variants):
        for no, r in variants["_rows"]:
            where = "state-variants.tsv:%d" % no
            flags = split_list(r["flags"], ",")
            if QID_RE.match(r["key"]):
                if "state" not in flags:
                    continue
                self.check_qid(r["key"], where)
                if not r["label"]:
                    raise BuildError("%s: a new state needs a label" % where)
                e = self.add(Entity("state", r["label"], r["key"], "curated/state-variants.tsv"))
            else:
                qid = self.iso2_qid.get(r["key"])
                if qid is None:
                    raise BuildError("%s: unknown ISO2 %r" % (where, r["key"]))
                e = self.by_qid.get(qid)
                if e is None or e.type != "state":
                    raise BuildError("%s: %s is not a state row" % (where, r["key"]))
                e.sources.append("curated/state-variants.tsv")
            curated_names = split_list(r["names"])
            for n in curated_names:
                e.add_name(n)
            if curated_names:
                # the first curated name is the preferred press form (Inggris, not Inggris Raya)
                e.names.move_to_end(curated_names[0], last=False)
            if "ambiguous" in flags:
                e.flags.add("ambiguous")
        # resolve '@ISO2' remaps now that ISO2 codes are known
        for k, v in list(self.country_remap.items()):
            if v.startswith("@"):
                self.country_remap[k] = self.iso2_qid[v[1:]]

    def load_seeds(self):
        path = os.path.join(self.data_dir, "seed-entities.json")
        self.inputs.append(("seed-entities.json", path))
        with open(path, encoding="utf-8") as f:
            seeds = json.load(f)
        return seeds["entities"] + seeds["other_entities"]

    @staticmethod
    def clean_alias(alias, person):
        """Seed aliases: drop annotated ones ('(metonym)'), non-Latin script, title phrases and,
        for persons, forms of two letters or fewer."""
        a = alias.strip()
        if "(" in a or ")" in a or "=" in a:
            return None
        if any(ord(c) > 0x24F and not unicodedata.category(c).startswith("P") for c in a):
            return None
        if len(a) <= 1:
            return None
        first = a.split()[0].lower().rstrip(",")
        if first in TITLE_WORDS or a[0].islower():
            return None
        if person and len(a) <= 2 and a not in SHORT_PERSON_ALIASES:
            return None
        if person and a in COMMON_SURNAMES:
            return None
        return a

    def load_persons(self):
        path = os.path.join(self.data_dir, "persons.tsv")
        self.inputs.append(("persons.tsv", path))
        with open(path, encoding="utf-8") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        for r in rows:
            e = self.by_qid.get(r["qid"])
            if e is None:
                e = self.add(Entity("person", r["name_en"], r["qid"], "persons.tsv"))
                e.data_names = []
            name = r["name_en"]
            if name not in e.data_names:
                e.data_names.append(name)
            src_country = r["country_qid"]
            if src_country in self.drop_roles_for:
                e.subnational = self.country_remap[src_country]
                continue
            country = self.country_remap.get(src_country, src_country)
            key = role_key_for_position(r["position"], r["list"])
            merge_role(e.roles, [key, country, r["start"], r["end"]], curated=False)

    def person_name_variants(self, name):
        out = [name]
        for p in NAME_PREFIXES:
            if name.startswith(p) and len(name[len(p):].split()) >= 2:
                out.append(name[len(p):])
        m = re.match(r"^(.+?), (Prince|King|Queen|Emir|Sultan) of .+$", name)
        if m:
            out.append(m.group(1))
        m = re.match(r"^(.+?) of (the )?[A-Z].*$", name)
        if m and (ROMAN_RE.search(m.group(1)) or "-" in m.group(1)):
            out.append(m.group(1))
        m = re.match(r"^(.+?), (Sr|Jr)\.$", name)
        if m:
            out.append(m.group(1))
        return out

    def apply_seeds(self, seeds):
        for s in seeds:
            stype = s.get("type")
            verified = bool(s.get("verified"))
            qid = s.get("qid") if verified else ""
            label = s.get("label_en") or ""
            aliases = [s.get("label_id") or ""] + list(s.get("aliases") or [])
            if stype in ("document", "event"):
                self.notes.append("seed %s (%s): not a gazetteer type, skipped" % (label, stype))
                continue
            gtype = {"city": "place", "region": "place"}.get(stype, stype)
            person = gtype == "person"
            e = self.find(None, qid) if qid else None
            if e is None:
                e = self.find(gtype, label, s.get("label_id") or "")
            if e is None and gtype == "organization":
                e = self.find("place", label, s.get("label_id") or "")
            if e is None:
                e = self.add(Entity(gtype, label, qid, "seed-entities.json"))
                if stype == "region":
                    e.flags.add("region")
                self.notes.append("seed %s: new %s row %s" % (label, gtype, e.id()))
            else:
                e.sources.append("seed-entities.json")
            if person:
                if not e.qid and qid:
                    e.qid = qid
                for n in [label]:
                    e.add_name(n)
                if verified and s.get("citizenship") and not e.country:
                    e.seed_country = s["citizenship"]
                elif s.get("citizenship") and not e.country:
                    # unverified entity: its citizenship is asserted from context, still a state QID
                    if s["citizenship"] in self.allowed_qids:
                        e.seed_country = s["citizenship"]
                for p in s.get("positions") or []:
                    key = role_key_for_position(p.get("label") or "", "")
                    if key is None:
                        self.notes.append("seed %s: position %r has no role key, skipped"
                                          % (label, p.get("label")))
                        continue
                    if key == "head-of-state" and "monarch" not in (p.get("label") or "").lower():
                        self.notes.append("seed %s: position %r has no role key, skipped"
                                          % (label, p.get("label")))
                        continue
                    country = "" if key == "secretary-general" else (s.get("citizenship") or "")
                    if key in ("senior-researcher", "journalist"):
                        country = ""
                    merge_role(e.roles, [key, country, p.get("since") or "", p.get("until") or ""],
                               curated=False)
            for a in aliases:
                c = self.clean_alias(a, person)
                if not c:
                    continue
                other = next((x for x in self.entities if x is not e and x.type == e.type
                              and c in x.names), None)
                if other is not None:
                    # the curated files are the authority: a seed alias naming another entity
                    # (the ZNPP's "Zaporizhzhia" is the city) is not copied
                    self.notes.append("seed %s: alias %r names %s, not added"
                                      % (label, c, other.id()))
                    continue
                e.add_name(c)

    def apply_places(self):
        path = os.path.join(self.curated_dir, "cities.tsv")
        self.inputs.append(("curated/cities.tsv", path))
        for no, r in read_tsv(path, CITY_COLUMNS):
            where = "cities.tsv:%d" % no
            self.check_qid(r["qid"], where)
            names = split_list(r["names"])
            if not r["label"] or not names:
                raise BuildError("%s: label and names are required" % where)
            if r["qid"] and r["qid"] in self.by_qid:
                raise BuildError("%s: QID %s already used" % (where, r["qid"]))
            e = self.add(Entity("place", r["label"], r["qid"], "curated/cities.tsv"))
            for n in names:
                e.add_name(n)
            e.country = self.country_qid(r["country"], where)
            if r["seat"] not in ("", "yes", "no"):
                raise BuildError("%s: seat must be yes, no or empty" % where)
            if r["seat"] == "yes":
                e.flags.add("seat")
            for fl in split_list(r["flags"], ","):
                if fl not in ("region", "ambiguous"):
                    raise BuildError("%s: unknown flag %r" % (where, fl))
                e.flags.add(fl)

    def apply_organizations(self):
        path = os.path.join(self.curated_dir, "organizations.tsv")
        self.inputs.append(("curated/organizations.tsv", path))
        for no, r in read_tsv(path, ("label", "names", "country", "qid", "flags", "note")):
            where = "organizations.tsv:%d" % no
            self.check_qid(r["qid"], where)
            names = split_list(r["names"])
            if not r["label"] or not names:
                raise BuildError("%s: label and names are required" % where)
            if r["qid"] and r["qid"] in self.by_qid:
                raise BuildError("%s: QID %s already used" % (where, r["qid"]))
            e = self.add(Entity("organization", r["label"], r["qid"], "curated/organizations.tsv"))
            for n in names:
                e.add_name(n)
            e.country = self.country_qid(r["country"], where)
            for fl in split_list(r["flags"], ","):
                if fl not in ("seat", "agency", "ambiguous"):
                    raise BuildError("%s: unknown flag %r" % (where, fl))
                e.flags.add(fl)

    def apply_person_aliases(self):
        path = os.path.join(self.curated_dir, "person-aliases.tsv")
        self.inputs.append(("curated/person-aliases.tsv", path))
        for no, r in read_tsv(path, ("key", "label", "names", "country", "roles", "flags",
                                     "note")):
            where = "person-aliases.tsv:%d" % no
            key = r["key"]
            if QID_RE.match(key):
                self.check_qid(key, where)
                e = self.by_qid.get(key)
                if e is None:
                    if not r["label"]:
                        raise BuildError("%s: %s is not in persons.tsv or the seeds; give a label"
                                         % (where, key))
                    e = self.add(Entity("person", r["label"], key, "curated/person-aliases.tsv"))
            else:
                e = self.find("person", key)
                if e is None:
                    e = self.add(Entity("person", r["label"] or key, "",
                                        "curated/person-aliases.tsv"))
                    e.add_name(key)
            if e.type != "person":
                raise BuildError("%s: %s is a %s" % (where, key, e.type))
            e.sources.append("curated/person-aliases.tsv")
            if r["label"]:
                e.label = r["label"]
            for n in split_list(r["names"]):
                e.add_name(n)
            if r["country"]:
                e.curated_country = self.country_qid(r["country"], where)
            for spec in split_list(r["roles"]):
                self.apply_role_spec(e, spec, where)
            for fl in split_list(r["flags"], ","):
                if fl != "ambiguous":
                    raise BuildError("%s: unknown flag %r" % (where, fl))
                e.flags.add(fl)

    def apply_role_spec(self, e, spec, where):
        m = re.match(r"^([a-z-]+)>([a-z-]+)$", spec)
        if m:
            for r in e.roles:
                if r[0] == m.group(1):
                    r[0] = m.group(2)
            return
        m = re.match(r"^-([a-z-]+)@([A-Z0-9*]*)$", spec)
        if m:
            c = m.group(2)
            cq = None if c == "*" else self.country_qid(c, where)
            e.roles = [r for r in e.roles if not (r[0] == m.group(1) and (cq is None or r[1] == cq))]
            return
        parts = spec.split("@")
        if len(parts) != 4:
            raise BuildError("%s: role %r is not key@country@start@end" % (where, spec))
        key, c, start, end = parts
        merge_role(e.roles, [key, self.country_qid(c, where), start, end], curated=True)

    # --- finishing

    def finish_persons(self):
        priority = {k: i for i, k in enumerate(
            ("president", "king", "queen", "emir", "sultan", "prime-minister", "chancellor",
             "head-of-state", "head-of-government", "vice-president", "crown-prince",
             "foreign-minister", "defense-minister", "finance-minister", "minister",
             "security-council-secretary", "national-security-adviser", "ambassador",
             "spokesperson", "press-secretary", "secretary-general", "senior-researcher",
             "journalist"))}
        for e in self.entities:
            if e.type != "person":
                continue
            for n in [e.label] + getattr(e, "data_names", []):
                for v in self.person_name_variants(n):
                    e.add_name(v)
            # the label is the preferred form; keep it first
            names = list(e.names)
            if e.label in names:
                names.remove(e.label)
            e.names = OrderedDict((n, True) for n in [e.label] + names)
            if getattr(e, "curated_country", ""):
                e.country = e.curated_country
            elif getattr(e, "seed_country", ""):
                e.country = self.country_remap.get(e.seed_country, e.seed_country)
            elif e.roles:
                ranked = sorted((r for r in e.roles if r[1]),
                                key=lambda r: (priority.get(r[0], 99), r[2] or "9999", r[1]))
                e.country = ranked[0][1] if ranked else ""
            if not e.country and getattr(e, "subnational", ""):
                e.country = e.subnational
            e.roles.sort(key=lambda r: (r[2] or "0000", r[0], r[1], r[3]))

    def collisions(self):
        """(type, surface) -> sorted ids, for surfaces shared by two or more entities."""
        by = defaultdict(set)
        for e in self.entities:
            for n in e.names:
                by[(e.type, n)].add(e.id())
        same = {k: sorted(v) for k, v in by.items() if len(v) > 1}
        cross = defaultdict(set)
        for (t, n), ids in by.items():
            for i in ids:
                cross[n].add((t, i))
        cross = {n: sorted(v) for n, v in cross.items() if len({t for t, _ in v}) > 1}
        return same, cross

    def resolve_collisions(self):
        same, cross = self.collisions()
        ids = {e.id(): e for e in self.entities}
        bad = []
        for (t, n), members in sorted(same.items()):
            es = [ids[i] for i in members]
            if t == "person":
                for x in es:
                    x.flags.add("ambiguous")      # homonyms are genuinely ambiguous
            elif not all("ambiguous" in x.flags for x in es):
                bad.append("%s %r -> %s" % (t, n, ", ".join(members)))
        if bad:
            raise BuildError("surface forms shared by entities of one type, not flagged "
                             "ambiguous in the curated files:\n  " + "\n  ".join(bad))
        return same, cross

    # --- self-check

    def self_check(self, sovereign_rows, same):
        errors = []
        ids = [e.id() for e in self.entities]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            errors.append("duplicate ids: %s" % ", ".join(dup))
        state_qids = {e.qid for e in self.entities if e.type == "state"}
        for e in self.entities:
            where = "%s (%s)" % (e.id(), e.label)
            if not e.label.strip():
                errors.append("%s: empty label" % where)
            if not e.names:
                errors.append("%s: no names" % where)
            if e.qid and not QID_RE.match(e.qid):
                errors.append("%s: bad QID %r" % (where, e.qid))
            if e.qid and e.qid not in self.allowed_qids:
                errors.append("%s: QID %s not from the inputs" % (where, e.qid))
            if e.type == "state" and e.country:
                errors.append("%s: a state has a country" % where)
            if e.country and e.country not in state_qids:
                errors.append("%s: country %s is not a state row" % (where, e.country))
            for r in e.roles:
                if r[0] not in ROLE_KEYS:
                    errors.append("%s: unknown role key %r" % (where, r[0]))
                if r[1] and r[1] not in state_qids:
                    errors.append("%s: role country %s is not a state row" % (where, r[1]))
                if not DATE_RE.match(r[2]) or not DATE_RE.match(r[3]):
                    errors.append("%s: bad role dates %r" % (where, r))
            if e.roles and e.type != "person":
                errors.append("%s: roles on a %s" % (where, e.type))
            for f in e.flags:
                if f not in FLAGS:
                    errors.append("%s: unknown flag %r" % (where, f))
            for n in e.names:
                if "\t" in n or "|" in n or n != n.strip() or not n:
                    errors.append("%s: bad surface form %r" % (where, n))
                if e.type == "person" and len(n) <= 2 and n not in SHORT_PERSON_ALIASES:
                    errors.append("%s: person alias %r too short" % (where, n))
                if e.type == "person" and n in COMMON_SURNAMES:
                    errors.append("%s: person alias %r is a bare common family name" % (where, n))
        for qid, name_id in sovereign_rows:
            e = self.by_qid.get(qid)
            if e is None:
                errors.append("sovereign %s missing" % qid)
            elif clean_country_name(name_id) not in e.names:
                errors.append("sovereign %s lacks its Indonesian name %r" % (qid, name_id))
        for (t, n), members in same.items():
            for i in members:
                if "ambiguous" not in next(e for e in self.entities if e.id() == i).flags:
                    errors.append("collision %s %r on %s without the ambiguous flag" % (t, n, i))
        if errors:
            raise BuildError("self-check failed:\n  " + "\n  ".join(errors))

    # --- output

    def rows(self):
        order = {t: i for i, t in enumerate(TYPES)}
        es = sorted(self.entities, key=lambda e: (order[e.type], e.label.casefold(), e.id()))
        for e in es:
            names = list(e.names)
            first = names[:1]
            rest = sorted(set(names[1:]) - set(first), key=lambda n: (n.casefold(), n))
            roles = "|".join("@".join(r) for r in e.roles)
            flags = ",".join(f for f in FLAGS if f in e.flags)
            yield [e.id(), e.type, e.qid, e.label, "|".join(first + rest), e.country, roles, flags]


CITY_COLUMNS = ("names", "label", "country", "seat", "qid", "flags", "note")


def header_lines(builder, args, repo_root, same, cross, counts):
    data_rel = os.path.relpath(os.path.abspath(args.data), repo_root)
    cmd = "python3 scripts/build-gazetteer.py --data %s" % data_rel
    out = [
        "Warta gazetteer: states, persons, organizations and places with the surface forms",
        "Indonesian news uses for them. GENERATED FILE - do not edit; edit the curated files and",
        "the script, then regenerate with:",
        "    " + cmd,
        "",
        "Columns (tab-separated, UTF-8; multi-valued cells use '|', flags use ','):",
        "  id       the Wikidata QID if known, else <type>/<slug of label>; unique",
        "  type     state | person | organization | place",
        "  qid      a Wikidata QID taken from the inputs (countries.tsv, persons.tsv, seed entities",
        "           with verified=true; every gold qids map entry is among them) - never from memory;",
        "           empty when unknown",
        "  label    English label (the gold label where the gold has the entity)",
        "  names    surface forms as written in text, case kept; diacritic-free variants added",
        "  country  state QID: a person's citizenship or office country; the country of a place or",
        "           national organization; empty for states and international bodies",
        "  roles    persons only: roleKey@countryQID@start@end (dates yyyy, yyyy-mm or yyyy-mm-dd,",
        "           or empty = unknown/ongoing); roleKey is one of:",
        "           " + ", ".join(ROLE_KEYS[:6]) + ",",
        "           " + ", ".join(ROLE_KEYS[6:14]) + ",",
        "           " + ", ".join(ROLE_KEYS[14:19]) + ",",
        "           " + ", ".join(ROLE_KEYS[19:]),
        "           Office holders change: roles say who-could-be-who, not who held an office on a",
        "           given day (persons.tsv is a 2022-2023 snapshot; curated corrections add later",
        "           changes).",
        "  flags    seat (a capital or organization that can stand for its state), sovereign,",
        "           region, agency (news agency or outlet), ambiguous (a surface form with another",
        "           common reading, or shared by two entities of one type: needs context)",
        "",
        "Counts: " + ", ".join("%s %d" % (t, counts[t]) for t in TYPES)
        + ", total %d" % sum(counts.values()),
        "",
        "Licences: Wikidata facts (QIDs, English labels, office holders) are CC0 1.0.",
        "opensanctions/rigour territories and umpirsky/country-list (CLDR Indonesian country names)",
        "are MIT-licensed: Copyright (c) their authors; the MIT licence text applies to that data.",
        "The curated Indonesian lexicon (curated/*.tsv) is part of Warta.",
        "",
        "Inputs (SHA-256):",
    ]
    for rel, path in builder.inputs:
        out.append("  %s  %s" % (sha256(path), rel))
    out += ["", "Provenance of the shared data (SOURCES.md, verbatim):", ""]
    with open(os.path.join(args.data, "SOURCES.md"), encoding="utf-8") as f:
        for line in f.read().rstrip("\n").split("\n"):
            out.append("  " + line if line else "")
    out += ["", "Nested names: longer names contain shorter ones (Kementerian Luar Negeri China > China,",
            "Laut China Selatan > China, Kepulauan Virgin Amerika Serikat > Amerika Serikat). A",
            "longest-match recognizer sees only the longer entity. The country column of a national",
            "organization gives the state inside its name (devset gold dev06 lists China, which that",
            "article names only in 'Kementerian Luar Negeri China', 'Laut China Selatan' and as",
            "'Beijing'); a state implied by a place's name is only optional (Selat Taiwan -> Taiwan)."]
    out += ["", "Same-type collisions (a surface form naming two entities of one type; all flagged",
            "ambiguous - the recognizer must decide from context):"]
    if not same:
        out.append("  (none)")
    for (t, n), ids in sorted(same.items(), key=lambda kv: (kv[0][0], kv[0][1].casefold())):
        out.append("  %-12s %-28s %s" % (t, n, " ".join(ids)))
    out += ["", "Cross-type collisions (one surface form, entities of different types):"]
    if not cross:
        out.append("  (none)")
    for n, members in sorted(cross.items(), key=lambda kv: kv[0].casefold()):
        out.append("  %-28s %s" % (n, " ".join("%s:%s" % m for m in members)))
    flagged = sorted((e.id(), e.label) for e in builder.entities
                     if "ambiguous" in e.flags and not any(e.id() in ids for ids in same.values()))
    out += ["", "Entities flagged ambiguous for another reading of a surface form (e.g. Lima = five,",
            "Georgia = the U.S. state):"]
    for i, l in flagged:
        out.append("  %s  %s" % (i, l))
    return ["#" + (" " + l if l else "") for l in out]


def main(argv=None):
    script_dir = os.path.dirname(os.path.abspath(__file__))
    repo_root = os.path.dirname(script_dir)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=os.path.join(repo_root, "..", "shared", "data"))
    ap.add_argument("--curated",
                    default=os.path.join(repo_root, "src/main/resources/org/warta/extract/lexicon/curated"))
    ap.add_argument("--out",
                    default=os.path.join(repo_root, "src/main/resources/org/warta/extract/lexicon/gazetteer.tsv"))
    ap.add_argument("--gold", action="append", default=[],
                    help="folder of *.gold.json to check labels against (repeatable)")
    args = ap.parse_args(argv)

    b = Builder(args.data, args.curated)
    try:
        b.load_allowed_qids()
        variants = b.load_state_variants()
        b.load_countries(variants)
        b.apply_state_variants(variants)
        b.load_persons()
        b.apply_places()
        b.apply_organizations()
        seeds = b.load_seeds()
        b.apply_seeds(seeds)
        b.apply_person_aliases()
        b.finish_persons()
        same, cross = b.resolve_collisions()
        with open(os.path.join(args.data, "countries.tsv"), encoding="utf-8") as f:
            sovereign_rows = [(r["qid"], r["name_id"]) for r in csv.DictReader(f, delimiter="\t")
                              if r["sovereign_or_country"] == "yes"
                              and r["qid"] in b.by_qid and b.by_qid[r["qid"]].type == "state"]
        b.self_check(sovereign_rows, same)
        gold_problems = check_gold(b, args.gold)
    except BuildError as ex:
        print("build-gazetteer: " + str(ex), file=sys.stderr)
        return 1

    counts = {t: sum(1 for e in b.entities if e.type == t) for t in TYPES}
    lines = header_lines(b, args, repo_root, same, cross, counts)
    lines.append("\t".join(("id", "type", "qid", "label", "names", "country", "roles", "flags")))
    for row in b.rows():
        lines.append("\t".join(row))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")

    for n in b.notes:
        print("note: " + n)
    for p in gold_problems:
        print("gold: " + p)
    print("wrote %s" % os.path.relpath(os.path.abspath(args.out), repo_root))
    for t in TYPES:
        print("  %-13s %5d" % (t, counts[t]))
    print("  %-13s %5d" % ("total", sum(counts.values())))
    print("  sovereign     %5d" % sum(1 for e in b.entities if "sovereign" in e.flags))
    print("  with QID      %5d" % sum(1 for e in b.entities if e.qid))
    print("  collisions    %5d same-type, %d cross-type" % (len(same), len(cross)))
    return 1 if gold_problems else 0


def check_gold(builder, gold_dirs):
    """Every gold qids entry must be a gazetteer row with that QID and the gold's label."""
    problems = []
    for d in gold_dirs:
        for name in sorted(os.listdir(d)):
            if not name.endswith(".gold.json"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                g = json.load(f)
            for label, qid in sorted(g.get("qids", {}).items()):
                e = builder.by_qid.get(qid)
                if e is None:
                    problems.append("%s: %s %s has no row" % (name, qid, label))
                elif e.label != label:
                    problems.append("%s: %s %s labelled %r, gold says %r"
                                    % (name, e.type, qid, e.label, label))
    return sorted(set(problems))


if __name__ == "__main__":
    sys.exit(main())
