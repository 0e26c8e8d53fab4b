"""Tiny writer for heldout43: every written line is owned by one article or by nobody; ranges come from ownership.

BODY mini-language, one directive a line:
  @N      current article is N (1-based; 0 = none)
  = text  a line owned by nobody (furniture, titles, bylines, bios, notes headings)
  > text  a line of article text owned by the current article
  p text  a paragraph of the current article, wrapped at WIDTH (0 = one line); `|` inside a word is a line-end
          hyphen point, a token `^X` prints furniture block X (owned by nobody) at that point (a page break)
  (empty) a blank line
"""
import json, os


def wrap(text, width, furn):
    """Yield (line, owned) pairs for one paragraph."""
    out, cur = [], []

    def flush():
        if cur:
            out.append((" ".join(cur), True))
            cur.clear()

    for tok in text.split():
        if tok.startswith("^"):
            flush()
            out.extend((f, False) for f in furn[tok[1:]])
            continue
        if "|" in tok:
            head, tail = tok.split("|", 1)
            cur.append(head + "-")
            flush()
            cur.append(tail)
            continue
        if width and cur and len(" ".join(cur + [tok])) > width:
            flush()
        cur.append(tok)
    flush()
    return out


def build(mod):
    lines = []  # (text, owner)
    art = 0
    width = getattr(mod, "WIDTH", 0)
    furn = getattr(mod, "FURN", {})
    for raw in mod.BODY.strip("\n").split("\n"):
        if raw == "":
            lines.append(("", 0))
        elif raw.startswith("@"):
            art = int(raw[1:])
        elif raw.startswith("= ") or raw == "=":
            lines.append((raw[2:], 0))
        elif raw.startswith("> "):
            assert art, raw
            lines.append((raw[2:], art))
        elif raw.startswith("p "):
            assert art, raw
            for t, owned in wrap(raw[2:], width, furn):
                lines.append((t, art if owned else 0))
        else:
            raise ValueError(f"{mod.NAME}: bad directive: {raw!r}")
    return lines


def ranges(lines, n):
    owned = [i + 1 for i, (t, o) in enumerate(lines) if o == n]
    out = []
    for ln in owned:
        if out and all(lines[k - 1][0].strip() == "" for k in range(out[-1][1] + 1, ln)):
            out[-1][1] = ln
        else:
            out.append([ln, ln])
    return [f"{a}-{b}" if a != b else f"{a}" for a, b in out]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def render(mod):
    lines = build(mod)
    txt = "\n".join(t for t, _ in lines) + "\n"
    lab = [f"# Labels for {mod.NAME}.txt (format: tests/ImportCorpus/README.md)"]
    lab += [f"# {c}" for c in getattr(mod, "COMMENTS", [])]
    if getattr(mod, "ONE_LINE", False):
        lab.append("one_line_per_paragraph: true")
    lab.append("articles:")
    for i, a in enumerate(mod.ARTICLES, 1):
        r = ranges(lines, i)
        assert r, f"{mod.NAME}: article {i} has no text"
        lab += [f"  - title: {q(a['title'])}",
                f"    authors: [{', '.join(q(x) for x in a['authors'])}]",
                f"    date: {a['date'] or 'null'}",
                f"    kind: {a['kind'] if a['kind'] else 'null'}",
                f"    publication: {q(a['publication'])}",
                f"    volume: {a.get('volume') if a.get('volume') is not None else 'null'}",
                f"    issue: {a.get('issue') if a.get('issue') is not None else 'null'}",
                f"    text: [{', '.join(r)}]"]
    files = {mod.NAME + ".txt": txt, mod.NAME + ".labels.yml": "\n".join(lab) + "\n"}
    side = getattr(mod, "SIDECAR", None)
    if side:
        files[mod.NAME + ".yml"] = "".join(f"{k}: {v}\n" for k, v in side.items())
    return files


def write_all(mods, folder):
    for m in mods:
        for name, body in render(m).items():
            with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                f.write(body)
