"""Checks of the docs against the installed catalog (see check_docs.py).

The quick reference (docs/reference.md, section "Quick reference") is one
table whose first column is a signature in backquotes: name(type, type),
alternatives of one argument separated by "/" (nps(smallint/integer)),
or a type's name alone; the second column is the return type ("type" for
a type).  The glossary (README.md, section "KPI glossary") is a table
with the columns "unit", "better", "typical target" and "function".
"""
import itertools
import re
import subprocess

FUNCTIONS = r"""
WITH member AS (
    SELECT objid FROM pg_depend
    WHERE refclassid = 'pg_extension'::regclass AND deptype = 'e'
      AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'kpi')
      AND classid = 'pg_proc'::regclass),
support AS (
    SELECT unnest(ARRAY[aggtransfn, aggfinalfn, aggcombinefn, aggserialfn,
                        aggdeserialfn, aggmtransfn, aggminvtransfn,
                        aggmfinalfn])::oid AS oid FROM pg_aggregate
    UNION SELECT unnest(ARRAY[typinput, typoutput, typreceive, typsend,
                              typmodin, typmodout, typanalyze])::oid FROM pg_type
    UNION SELECT unnest(ARRAY[oprcode, oprrest, oprjoin])::oid FROM pg_operator
    UNION SELECT amproc::oid FROM pg_amproc
    UNION SELECT castfunc FROM pg_cast)
SELECT p.proname, oidvectortypes(p.proargtypes),
       CASE WHEN p.proretset THEN 'setof ' ELSE '' END
         || format_type(p.prorettype, NULL),
       p.oid IN (SELECT oid FROM support)
FROM pg_proc p JOIN member m ON m.objid = p.oid
ORDER BY 1, 2
"""

TYPES = r"""
SELECT t.typname FROM pg_type t JOIN pg_depend d ON d.objid = t.oid
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'kpi')
  AND d.classid = 'pg_type'::regclass AND t.typcategory <> 'A'
ORDER BY 1
"""


def query(psql, database, sql):
    out = subprocess.run([psql, "-X", "-q", "-A", "-t", "-F", "\t", "-d", database,
                          "-c", sql], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def section_rows(path, heading):
    """Table rows (lists of cells) of the section whose heading is heading."""
    rows, inside, level = [], False, 0
    fence = False
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("```"):
                fence = not fence
            if fence:
                continue
            h = re.match(r"^(#+)\s+(.*?)\s*$", line)
            if h:
                if inside and len(h.group(1)) <= level:
                    break
                if h.group(2).lower() == heading.lower():
                    inside, level = True, len(h.group(1))
                continue
            if inside and line.startswith("|"):
                cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
                if cells and not re.match(r"^:?-+:?$", cells[0]):
                    rows.append((number, cells))
    return rows


def code(cell):
    m = re.search(r"`([^`]+)`", cell)
    return m.group(1).strip() if m else cell.strip()


def check(psql, database):
    problems = []
    functions = query(psql, database, FUNCTIONS)
    types = {row[0] for row in query(psql, database, TYPES)}
    catalog = {(name, args): (returns, support == "t")
               for name, args, returns, support in functions}
    names = {name for name, _ in catalog}

    listed = {}
    rows = section_rows("docs/reference.md", "Quick reference")
    if not rows:
        problems.append("docs/reference.md: no table under a 'Quick reference' heading")
    for number, cells in rows[1:]:
        where = f"docs/reference.md:{number}"
        signature, returns = code(cells[0]), code(cells[1]) if len(cells) > 1 else ""
        if re.fullmatch(r"\w+", signature) and returns == "type":
            if signature not in types:
                problems.append(f"{where}: the quick reference lists a type {signature} "
                                "that the extension does not have")
            listed[("type", signature)] = returns
            continue
        m = re.fullmatch(r"(\w+)\((.*)\)", signature)
        if not m:
            problems.append(f"{where}: not a signature: {cells[0]}")
            continue
        arguments = [a.strip() for a in m.group(2).split(",")] if m.group(2).strip() else []
        choices = [a.split("/") for a in arguments]
        for combination in itertools.product(*choices):
            key = (m.group(1), ", ".join(t.strip() for t in combination))
            listed[key] = returns
            if key not in catalog:
                problems.append(f"{where}: the quick reference lists {key[0]}({key[1]}), "
                                "which the extension does not have")
            elif catalog[key][0] != returns:
                problems.append(f"{where}: {key[0]}({key[1]}) returns {catalog[key][0]}, "
                                f"the quick reference says {returns}")
    for key, (returns, support) in sorted(catalog.items()):
        if not support and key not in listed:
            problems.append(f"docs/reference.md: the quick reference lacks "
                            f"{key[0]}({key[1]}) → {returns}")
    for name in sorted(types):
        if ("type", name) not in listed:
            problems.append(f"docs/reference.md: the quick reference lacks the type {name}")

    # every function of the catalog is described somewhere in docs/
    import glob
    text = "".join(open(p, encoding="utf-8").read() for p in glob.glob("docs/*.md")
                   if not p.endswith("reference.md"))
    for name in sorted(names | types):
        if not re.search(r"\b" + re.escape(name) + r"\b", text):
            problems.append(f"docs/: {name} is in no reference page")

    rows = section_rows("README.md", "KPI glossary")
    if not rows:
        problems.append("README.md: no table under a 'KPI glossary' heading")
        return problems
    header = [c.lower() for c in rows[0][1]]
    try:
        unit_col = next(i for i, c in enumerate(header) if c.startswith("unit"))
        better_col = header.index("better")
        target_col = header.index("typical target")
        function_col = header.index("function")
    except (StopIteration, ValueError):
        problems.append("README.md: the glossary needs the columns unit, better, "
                        "typical target and function")
        return problems
    for number, cells in rows[1:]:
        where = f"README.md:{number}"
        for function in re.findall(r"`(\w+)\(", cells[function_col]):
            if function not in names:
                problems.append(f"{where}: the glossary names {function}, not a kpi function")
        target = code(cells[target_col])
        if target in ("", "-", "—"):
            continue
        # psql reads the target as a variable, quoted by :'t', from stdin
        out = subprocess.run([psql, "-X", "-q", "-A", "-t", "-F", "\t", "-d", database,
                              "-v", f"t={target}"],
                             input="SELECT kpi_direction(t), kpi_unit(t) FROM "
                                   "(SELECT :'t'::kpi_target AS t) s;\n",
                             capture_output=True, text=True)
        if out.returncode != 0 or not out.stdout.strip():
            problems.append(f"{where}: the typical target {target!r} is not a kpi_target: "
                            + out.stderr.strip())
            continue
        direction, unit = out.stdout.strip().split("\t")
        if direction not in cells[better_col].lower():
            problems.append(f"{where}: {target!r} says {direction} is better, "
                            f"the glossary says {cells[better_col]!r}")
        stated = cells[unit_col].lower()
        expected = {"percent": ("percent", "%"), "number": ("points", "score", "number",
                                                            "rating", "count", "ratio"),
                    "duration": ("duration", "interval", "time")}[unit]
        if not any(word in stated for word in expected):
            problems.append(f"{where}: {target!r} is a {unit} target, "
                            f"the glossary's unit is {cells[unit_col]!r}")
    return problems
