#!/usr/bin/env python3
"""Consistency check of a corpus folder's gold files against their texts (NAME.txt + NAME.gold.yml,
the format of tests/corpus/README.md): ranges, title, repeats, refrains, joins, stated facts.

Usage: python3 tests/corpus/validate.py DIR [--brief]
--brief adds the held-out writing brief's own limits (40–120 lines, at least 12 author lines, LF
line ends, a final newline). Exit status 0 when every file passes.
"""

import glob
import os
import re
import sys

import yaml

KEYS = {
    "platform",
    "title",
    "title_line",
    "chrome",
    "repeat",
    "repeat_of",
    "refrain",
    "lookalike",
    "joins",
    "stated",
    "note",
}


def blank(s):
    return s.replace("\u00a0", "").strip(" \t") == ""


def expand(items, n, errs, what):
    """list of ints / 'a-b' strings -> list of line numbers (in order), checking range."""
    out = []
    groups = []
    for it in items or []:
        if isinstance(it, int):
            a = b = it
        elif isinstance(it, str) and re.fullmatch(r"\d+-\d+", it):
            a, b = map(int, it.split("-"))
        else:
            errs.append(f"{what}: bad item {it!r}")
            continue
        if not (1 <= a <= b <= n):
            errs.append(f"{what}: {it!r} out of range 1..{n}")
            continue
        groups.append(list(range(a, b + 1)))
        out.extend(range(a, b + 1))
    return out, groups


def date_forms(value):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?", value)
    if not m:
        return None
    y, mo, d, hh, mm = m.groups()
    return y, mo, d, hh, mm


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def date_in_line(value, line):
    f = date_forms(value)
    if not f:
        return False, "not ISO"
    y, mo, d, hh, mm = f
    ok = False
    if mo is None:
        ok = y in line
    else:
        mi = int(mo)
        sep = r"\s*(?:[.\-/년]\s*)"
        if d is None:
            pat = rf"{y}{sep}0?{mi}(?!\d)"
        else:
            sep2 = r"\s*(?:[.\-/월]\s*)"
            pat = rf"{y}{sep}0?{mi}{sep2}0?{int(d)}(?!\d)"
        ok = re.search(pat, line) is not None
        if not ok:  # English month names
            name = MONTHS[mi - 1]
            if d is None:
                ok = re.search(rf"{name[:3]}\w*\.?\s+{y}", line) is not None
            else:
                ok = re.search(rf"{name[:3]}\w*\.?\s+0?{int(d)}[.,]?\s+{y}", line) is not None
    if ok and hh is not None:
        h, mi_ = int(hh), int(mm)
        cands = {f"{h}:{mi_:02d}", f"{h:02d}:{mi_:02d}"}
        if h >= 12:
            h12 = h - 12 if h > 12 else 12
            cands |= {f"오후 {h12}:{mi_:02d}", f"{h12}:{mi_:02d} pm", f"{h12}:{mi_:02d}pm"}
        else:
            h12 = h if h else 12
            cands |= {f"오전 {h12}:{mi_:02d}"}
        ok = any(c in line for c in cands)
        if not ok:
            return False, "time not found"
    return ok, "" if ok else "date not found"


def check(txt_path, gold_path, brief=False):
    errs = []
    raw = open(txt_path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return [f"not UTF-8: {e}"], {}
    if brief and "\r" in text:
        errs.append("contains CR")
    if brief and not text.endswith("\n"):
        errs.append("no final newline")
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    n = len(lines)
    if brief and not 40 <= n <= 120:
        errs.append(f"{n} lines, outside 40..120")

    def L(k):
        return lines[k - 1]

    g = yaml.safe_load(open(gold_path, encoding="utf-8"))
    missing = KEYS - set(g)
    extra = set(g) - KEYS
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
    if extra:
        errs.append(f"unknown keys {sorted(extra)}")
    chrome, _ = expand(g.get("chrome"), n, errs, "chrome")
    rep, repg = expand(g.get("repeat"), n, errs, "repeat")
    rof, rofg = expand(g.get("repeat_of"), n, errs, "repeat_of")
    refr, _ = expand(g.get("refrain"), n, errs, "refrain")
    look, _ = expand(g.get("lookalike"), n, errs, "lookalike")
    C, R, _RO = set(chrome), set(rep), set(rof)
    tl = g.get("title_line")
    title = g.get("title")
    # title
    if (tl is None) != (title is None):
        errs.append("title/title_line: one is null, the other not")
    if tl is not None:
        if not (isinstance(tl, int) and 1 <= tl <= n):
            errs.append(f"title_line {tl!r} out of range")
        else:
            if L(tl).strip(" \t\u00a0") != title:
                errs.append(f"title {title!r} != line {tl} {L(tl).strip()!r}")
            if tl in C or tl in R:
                errs.append(f"title_line {tl} is in chrome/repeat")
    # overlaps
    for name, s in (("lookalike", look), ("refrain", refr), ("repeat_of", rof)):
        for k in s:
            if k in C:
                errs.append(f"{name} line {k} is also chrome")
            if k in R:
                errs.append(f"{name} line {k} is also repeat")
    for k in rep:
        if k in C:
            errs.append(f"repeat line {k} is also chrome (list it once)")
    for name, s in (("lookalike", look), ("refrain", refr)):
        for k in s:
            if blank(L(k)):
                errs.append(f"{name} line {k} is blank")
    # repeat pairs
    if len(repg) != len(rofg):
        errs.append("repeat and repeat_of have different numbers of items")
    for a, b in zip(repg, rofg):
        an = [L(k) for k in a if not blank(L(k))]
        bn = [L(k) for k in b if not blank(L(k))]
        if len(an) != len(bn):
            errs.append(f"repeat {a[0]}-{a[-1]} has {len(an)} non-blank lines, repeat_of {b[0]}-{b[-1]} has {len(bn)}")
        for x, y in zip(an, bn):
            if x != y:
                errs.append(f"repeat/repeat_of lines differ: {x[:40]!r} vs {y[:40]!r}")
        if a and b and a[0] <= b[-1]:
            errs.append(f"repeat {a[0]} does not come after its first copy")
        if len(an) < 2:
            errs.append("a repeat should be a run of several lines")
    # refrain: each text occurs at least twice among refrain lines
    if refr:
        from collections import Counter

        cnt = Counter(L(k).strip() for k in refr)
        for t, c in cnt.items():
            if c < 2:
                errs.append(f"refrain {t!r} listed only once")
    # joins
    joins = g.get("joins") or []
    if joins and g.get("platform") != "pdf":
        errs.append("joins given for a non-pdf platform")
    for j in joins:
        if not (isinstance(j, list) and len(j) == 2 and all(isinstance(x, int) for x in j)):
            errs.append(f"bad join {j!r}")
            continue
        a, b = j
        if not (1 <= a < b <= n):
            errs.append(f"join {j} out of range/order")
            continue
        for x in (a, b):
            if x in C or x in R or blank(L(x)):
                errs.append(f"join {j}: line {x} is not author text")
        between = [k for k in range(a + 1, b) if not blank(L(k)) and k not in C]
        if between:
            # only allowed when they look like footnotes
            for k in between:
                if not re.match(r"\s*(?:주\s?[:：]\s?)?(\d+\)|\*|※|[¹²³⁴⁵⁶⁷⁸⁹])", L(k)):
                    errs.append(f"join {j}: author line {k} in between is not a footnote")
    # stated
    st = g.get("stated") or {}
    for key, v in st.items():
        if key not in ("author", "date", "url"):
            errs.append(f"stated: unknown key {key}")
            continue
        if not isinstance(v, dict) or "value" not in v or "line" not in v:
            errs.append(f"stated.{key}: needs value and line")
            continue
        ln = v["line"]
        if not (isinstance(ln, int) and 1 <= ln <= n):
            errs.append(f"stated.{key}: line {ln!r} out of range")
            continue
        if ln not in C:
            errs.append(f"stated.{key}: line {ln} is not chrome")
        line = L(ln)
        if key == "date":
            ok, why = date_in_line(str(v["value"]), line)
            if not ok:
                errs.append(f"stated.date {v['value']!r}: {why} in line {ln} {line!r}")
        elif str(v["value"]) not in line:
            errs.append(f"stated.{key} {v['value']!r} not in line {ln} {line!r}")
    # sanity: author text must exist
    author = [k for k in range(1, n + 1) if not blank(L(k)) and k not in C and k not in R]
    if not author:
        errs.append("no author text")
    elif brief and len(author) < 12:
        errs.append(f"only {len(author)} author lines (< 12)")
    info = {"lines": n, "author": len(author), "chrome": len([k for k in C if not blank(L(k))])}
    return errs, info


def main():
    args = [a for a in sys.argv[1:] if a != "--brief"]
    brief = "--brief" in sys.argv[1:]
    if len(args) != 1:
        sys.exit("usage: python3 tests/corpus/validate.py DIR [--brief]")
    d = args[0]
    golds = sorted(glob.glob(os.path.join(d, "*.gold.yml")))
    bad = 0
    for gp in golds:
        tp = gp[: -len(".gold.yml")] + ".txt"
        name = os.path.basename(tp)
        if not os.path.exists(tp):
            print(f"FAIL {name}: text missing")
            bad += 1
            continue
        errs, info = check(tp, gp, brief)
        if errs:
            bad += 1
            print(f"FAIL {name}")
            for e in errs:
                print("   ", e)
        else:
            print(f"ok   {name}: {info['lines']} lines, {info['author']} author, {info['chrome']} chrome")
    txts = {p[:-4] for p in glob.glob(os.path.join(d, "*.txt"))}
    for t in sorted(txts - {g[: -len(".gold.yml")] for g in golds}):
        print(f"FAIL {os.path.basename(t)}.txt: gold missing")
        bad += 1
    print(f"{len(golds) - bad}/{len(golds)} pass")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
