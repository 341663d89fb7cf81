#!/usr/bin/env python3
"""The documentation test: everything the docs state is run and compared.

Usage: check_docs.py DATABASE FILE.md...  (PSQL names the psql to use)

DATABASE holds the extension and examples/sample.sql.  For each Markdown
file:

- Code fences pair up, and every opening fence names its language.
- Every internal link resolves: a file that exists, and an anchor that a
  heading of that file makes (GitHub's rule: lower case, punctuation
  dropped, spaces to hyphens, -1, -2... for repeats).
- No user text talks about the project's own process.
- Every ```sql block runs, in a session of its own inside a transaction
  that is rolled back, so no block depends on another; a block that
  creates the extension runs in an empty database instead.  The session's
  time zone is UTC, DateStyle ISO and lc_messages C, as the docs say.
  What a block states is compared with what it prints:
    * a ```text block right after it (blank lines between at most) is the
      output of its statements, exactly as psql prints it;
    * a comment after a statement's semicolon, on the same line, is that
      statement's single row, columns joined by " | " ("-- at_risk",
      "-- NULL"); two spaces end the value and start an explanation
      ("-- 90  (100 * 72 / 80)"), and a value ending in "..." is a prefix
      ("-- 85.714...");
    * "-- ERROR: text" (or "-- ERROR 22023: text") says that the
      statement fails with an error whose message starts with text (and
      that SQLSTATE).
  A block whose statements return rows must state them.
Then, against the catalog (with --catalog):
- every function, aggregate and type of the extension appears in the
  quick reference of docs/reference.md with its argument and return types,
  and the quick reference names nothing the catalog lacks; support
  functions of the aggregates and types may be listed, need not be;
- every glossary row of README.md names an existing function, a typical
  target that kpi_target reads, and the direction and unit kpi_target
  gives it.
"""
import os
import re
import subprocess
import sys
import tempfile

PSQL = os.environ.get("PSQL", "psql")
LANGUAGES = {"sql", "sh", "text", "json", "python", "java", "yaml", "ini",
             "csv", "c", "make", "xml", "properties", "toml", "diff"}
# user text must not talk about how the project is run; maintainer files
# (CONTRIBUTING.md, BENCHMARKS.md, docs/internals.md, docs/packaging.md)
# may
PROCESS_WORDS = [r"\bissues? #?\d+", r"\bthe issue'?s\b", r"\boutside review",
                 r"\bseeds?\b", r"\breviewers?\b", r"\btracker\b"]
MAINTAINER_FILES = {"CONTRIBUTING.md", "BENCHMARKS.md", "CHANGELOG.md",
                    "docs/internals.md", "docs/packaging.md"}
SESSION = ("-c TimeZone=UTC -c DateStyle=ISO,MDY -c IntervalStyle=postgres "
           "-c lc_messages=C -c extra_float_digits=1 -c client_min_messages=warning")

failures = []


def fail(where, message):
    failures.append(f"{where}: {message}")


class Block:
    def __init__(self, path, line, lang, info, text):
        self.path, self.line, self.lang, self.info = path, line, lang, info
        self.text = text
        self.result = None        # the ```text block that follows, if any

    @property
    def where(self):
        return f"{self.path}:{self.line}"


def github_slug(heading, seen):
    text = re.sub(r"`([^`]*)`", r"\1", heading)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    slug = "".join(c for c in text.lower() if c.isalnum() or c in " -_")
    slug = slug.replace(" ", "-")
    n = seen.get(slug, 0)
    seen[slug] = n + 1
    return slug if n == 0 else f"{slug}-{n}"


def parse_markdown(path, text):
    """The fenced blocks, the anchors and the links (outside code) of a file."""
    blocks, anchors, links = [], set(), []
    seen = {}
    lines = text.split("\n")
    fence = None
    previous_block_end = None
    for number, line in enumerate(lines, 1):
        if fence is None:
            m = re.match(r"^ {0,3}(`{3,}|~{3,})\s*(.*)$", line)
            if m:
                info = m.group(2).strip()
                lang = info.split()[0] if info else ""
                if not lang:
                    fail(f"{path}:{number}", "a code fence without a language")
                elif lang not in LANGUAGES:
                    fail(f"{path}:{number}", f"unknown fence language {lang!r}")
                fence = (m.group(1), number, lang, info.split()[1:], [])
                continue
            if line.lstrip().startswith("#"):
                h = re.match(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$", line)
                if h:
                    anchors.add(github_slug(h.group(2), seen))
            for anchor in re.findall(r'<a (?:name|id)="([^"]+)"', line):
                anchors.add(anchor)
            stripped = re.sub(r"`[^`]*`", "", line)
            for target in re.findall(r"\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)", stripped):
                links.append((number, target))
            if line.strip() and previous_block_end is not None:
                previous_block_end = None
        else:
            marker, start, lang, info, body = fence
            if re.match(r"^ {0,3}" + re.escape(marker[0]) + "{%d,}\\s*$" % len(marker), line):
                block = Block(path, start, lang, info, "\n".join(body))
                # a text block right after a block is its output (the
                # python blocks' output is checked by test/suites/python_client.sh)
                if lang == "text" and blocks and previous_block_end is not None \
                        and blocks[-1].lang != "text" and blocks[-1].result is None:
                    blocks[-1].result = block
                else:
                    blocks.append(block)
                previous_block_end = number
                fence = None
            else:
                body.append(line)
    if fence is not None:
        fail(f"{path}:{fence[1]}", "a code fence that is never closed")
    return blocks, anchors, links


def split_statements(text):
    """Statements of a block, each with the comment after its semicolon.

    Returns (first line within the block, statement text, trailing comment
    or None).  Quotes, dollar quotes, comments and psql backslash lines are
    respected; a statement made of comments only is dropped."""
    out = []
    i, n = 0, len(text)
    start = 0
    line = 1
    start_line = 1
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
        elif text.startswith("--", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            line += text.count("\n", i, j)
            i = j
        elif c in "'\"":
            j = i + 1
            while j < n:
                if text[j] == c and text.startswith(c * 2, j):
                    j += 2
                elif text[j] == c:
                    break
                else:
                    j += 1
            line += text.count("\n", i, j)
            i = j + 1
        elif c == "$" and re.match(r"\$[A-Za-z_]*\$", text[i:]):
            tag = re.match(r"\$[A-Za-z_]*\$", text[i:]).group(0)
            j = text.find(tag, i + len(tag))
            j = n if j < 0 else j + len(tag)
            line += text.count("\n", i, j)
            i = j
        elif c == "\\" and text[start:i].strip() == "":
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append((line, text[i:j].strip(), None))
            i = j
            start = i
        elif c == ";":
            statement = text[start:i + 1]
            end = text.find("\n", i)
            end = n if end < 0 else end
            rest = text[i + 1:end]
            comment = None
            m = re.match(r"^\s*--\s?(.*)$", rest)
            if m:
                comment = m.group(1).rstrip()
                i = end
            else:
                i += 1
            lead = len(statement) - len(statement.lstrip())
            first = line - statement.count("\n") + statement[:lead].count("\n")
            out.append((first, statement.strip(), comment))
            start = i
        else:
            i += 1
    tail = text[start:]
    if strip_comments(tail).strip():
        fail_tail = tail.strip()
        out.append((line - tail.count("\n"), fail_tail, None))
    return [s for s in out if strip_comments(s[1]).strip()]


def strip_comments(sql):
    return re.sub(r"--[^\n]*", "", sql)


def expected_value(comment):
    """(kind, sqlstate, text, prefix) from a trailing comment, or None."""
    if comment is None:
        return None
    m = re.match(r"^ERROR(?: ([0-9A-Z]{5}))?:\s*(.*)$", comment)
    if m:
        text = re.split(r"\s{2,}", m.group(2))[0]
        return ("error", m.group(1), text, True)
    text = re.split(r"\s{2,}", comment)[0]
    prefix = text.endswith("...")
    if prefix:
        text = text[:-3]
    return ("value", None, text, prefix)


def run_psql(database, script):
    with tempfile.NamedTemporaryFile("w", suffix=".sql", delete=False) as f:
        f.write(script)
        name = f.name
    try:
        env = dict(os.environ, PGOPTIONS=SESSION, PGTZ="UTC")
        proc = subprocess.run([PSQL, "-X", "-q", "-d", database, "-f", name],
                              capture_output=True, text=True, env=env)
        return proc, name
    finally:
        os.unlink(name)


def run_block(block, database, fresh_database):
    statements = split_statements(block.text)
    if not statements:
        return
    uses_fresh = re.search(r"\bCREATE\s+EXTENSION\b", block.text, re.I)
    target = fresh_database() if uses_fresh else database
    script = ["\\set ON_ERROR_STOP 1", "\\set VERBOSITY verbose", "BEGIN;"]
    owner = {}            # script line -> statement index
    for k, (_, sql, comment) in enumerate(statements):
        expect = expected_value(comment)
        script.append(f"\\echo '@@kpi-doc {k}'")
        if expect and expect[0] == "value":
            script += ["\\pset format unaligned", "\\pset tuples_only on",
                       "\\pset null NULL", "\\pset fieldsep ' | '"]
        if expect and expect[0] == "error":
            script += ["SAVEPOINT kpi_doc_statement;", "\\set ON_ERROR_STOP 0"]
        # psql reports an error at the script line where its statement
        # starts; entries may span several lines
        first_line = sum(entry.count("\n") + 1 for entry in script) + 1
        for extra in range(sql.count("\n") + 1):
            owner[first_line + extra] = k
        script.append(sql)
        if expect and expect[0] == "error":
            script += ["\\set ON_ERROR_STOP 1", "ROLLBACK TO SAVEPOINT kpi_doc_statement;"]
        if expect and expect[0] == "value":
            script += ["\\pset format aligned", "\\pset tuples_only off",
                       "\\pset null ''", "\\pset fieldsep '|'"]
    script.append(f"\\echo '@@kpi-doc {len(statements)}'")
    script.append("ROLLBACK;")
    proc, name = run_psql(target, "\n".join(script) + "\n")

    errors = {}
    for m in re.finditer(r"^psql:[^\n]*?:(\d+): ERROR:  (?:([0-9A-Z]{5}): )?([^\n]*)",
                         proc.stderr, re.M):
        k = owner.get(int(m.group(1)))
        if k is not None and k not in errors:
            errors[k] = (m.group(2), m.group(3))
    parts = re.split(r"^@@kpi-doc (\d+)\n", proc.stdout, flags=re.M)
    outputs = {}
    for j in range(1, len(parts) - 1, 2):
        outputs[int(parts[j])] = parts[j + 1]

    printed = []
    for k, (first, sql, comment) in enumerate(statements):
        where = f"{block.path}:{block.line + first}"
        expect = expected_value(comment)
        output = outputs.get(k, "")
        if expect and expect[0] == "error":
            if k not in errors:
                fail(where, f"expected an error, but the statement succeeded:\n{sql}")
                continue
            state, message = errors[k]
            if expect[1] and state != expect[1]:
                fail(where, f"expected SQLSTATE {expect[1]}, got {state}: {message}")
            if not message.startswith(expect[2]):
                fail(where, f"expected the error {expect[2]!r}, got {message!r}")
            continue
        if k in errors:
            fail(where, f"ERROR {errors[k][0]}: {errors[k][1]}\n{sql}")
            return
        if expect:
            got = output.rstrip("\n").rstrip()
            if "\n" in got:
                fail(where, f"a trailing comment states one row, the statement printed:\n{got}")
            elif not (got.startswith(expect[2]) if expect[3] else got == expect[2].rstrip()):
                fail(where, f"states {expect[2]!r}{'...' if expect[3] else ''}, prints {got!r}")
        else:
            printed.append(output)
    if proc.returncode != 0 and not errors:
        fail(block.where, f"psql failed: {proc.stderr.strip()}")
        return
    got = normalise("".join(printed))
    if block.result is not None:
        want = normalise(block.result.text)
        if got != want:
            fail(block.where, "the result block differs from what the block prints:\n"
                 + diff(want, got))
    elif got:
        fail(block.where, "the block prints rows but states no output "
             "(a ```text block after it, or a trailing comment):\n" + got)


def normalise(text):
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def diff(want, got):
    import difflib
    return "\n".join(difflib.unified_diff(want.split("\n"), got.split("\n"),
                                          "stated", "printed", lineterm=""))


def check_links(path, links, anchors_of):
    base = os.path.dirname(path)
    for number, target in links:
        if re.match(r"^[a-z]+:", target):
            continue
        file_part, _, anchor = target.partition("#")
        linked = os.path.normpath(os.path.join(base, file_part)) if file_part else path
        if not os.path.exists(linked):
            fail(f"{path}:{number}", f"link to a missing file {target}")
            continue
        if anchor and linked.endswith(".md"):
            if linked not in anchors_of:
                with open(linked, encoding="utf-8") as f:
                    anchors_of[linked] = parse_markdown(linked, f.read())[1]
            if anchor not in anchors_of[linked]:
                fail(f"{path}:{number}", f"link to a missing anchor {target}")


def check_process_words(path, text):
    if path in MAINTAINER_FILES:
        return
    for number, line in enumerate(text.split("\n"), 1):
        for pattern in PROCESS_WORDS:
            if re.search(pattern, line, re.I):
                fail(f"{path}:{number}", f"project-process words in user text: {line.strip()}")


def main():
    args = sys.argv[1:]
    catalog = "--catalog" in args
    args = [a for a in args if a != "--catalog"]
    database, files = args[0], args[1:]
    fresh = []

    def fresh_database():
        name = f"kpi_docs_fresh_{len(fresh)}"
        subprocess.run([PSQL, "-X", "-q", "-d", database, "-c",
                        f"DROP DATABASE IF EXISTS {name}", "-c",
                        f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"],
                       check=True, capture_output=True)
        fresh.append(name)
        return name

    anchors_of = {}
    parsed = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        parsed[path] = parse_markdown(path, text)
        anchors_of[os.path.normpath(path)] = parsed[path][1]
        check_process_words(path, text)
    blocks = 0
    for path in files:
        check_links(os.path.normpath(path), parsed[path][2], anchors_of)
        for block in parsed[path][0]:
            if block.lang == "sql":
                run_block(block, database, fresh_database)
                blocks += 1
    for name in fresh:
        subprocess.run([PSQL, "-X", "-q", "-d", database, "-c",
                        f"DROP DATABASE IF EXISTS {name}"], capture_output=True)
    if catalog:
        import catalog_check
        failures.extend(catalog_check.check(PSQL, database))
    for message in failures:
        print(message, file=sys.stderr)
    print(f"docs: {len(files)} files, {blocks} sql blocks run, {len(failures)} problems")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
