#!/usr/bin/python3
"""Usage: test/upgrade/check-mutations.py PSQL STAGE [CATALOG_SQL]

Checks that the catalog listing of the upgrade check (catalog.sql) sees
every property an upgrade script can get wrong.  In a database of the
cluster in PGHOST/PGPORT, with kpi 1.0 installed from the staging directory
STAGE (read through extension_destdir), it takes the listing, then runs
each block of test/upgrade/mutations.sql in a transaction that is rolled
back, taking the listing after it.  A block passes when every "expect"
line starts a listing line that the mutation added, removed or changed
("object | property", or "object | property | value..."), or, for
"expect: (unchanged)", when the listing did not change at all.  The blocks
run in two psql sessions side by side, each in its own database, whose
listings before any mutation must be equal.  Prints one line per failure and a summary; exit
status 0 when every block passes, 1 otherwise.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DATABASE = "kpi_upgrade_mutations"
WORKERS = 2


def parse_mutations(path):
    """The blocks of mutations.sql: (name, expects, sql) each."""
    blocks = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("-- mutation: "):
            blocks.append([line[len("-- mutation: "):].strip(), [], []])
        elif not blocks:
            continue
        elif line.startswith("-- expect: "):
            blocks[-1][1].append(line[len("-- expect: "):].rstrip("\n"))
        elif line.startswith("-----") or (line.startswith("-- ") and not blocks[-1][2]):
            continue
        else:
            blocks[-1][2].append(line)
    for name, expects, sql in blocks:
        if not expects or not "".join(sql).strip():
            sys.exit(f"mutations.sql: block '{name}' needs expect lines and SQL")
    return [(name, expects, "".join(sql).strip()) for name, expects, sql in blocks]


def matches(line, expect):
    """Whether a listing line is the one an expect line names."""
    if expect.count(" | ") == 1:
        return line.startswith(expect + " | ")
    return line.startswith(expect)


def main():
    """Run every mutation block against kpi 1.0 and report the listing lines each changed."""
    psql, stage = sys.argv[1], sys.argv[2]
    catalog = sys.argv[3] if len(sys.argv) > 3 else os.path.join(HERE, "catalog.sql")
    mutations = parse_mutations(os.path.join(HERE, "mutations.sql"))
    stage_options = subprocess.run(
        [os.path.join(HERE, "..", "stage-settings.sh"), "pgoptions", stage],
        check=True, capture_output=True, text=True).stdout.strip()
    env = dict(os.environ, PGOPTIONS=f"{stage_options} -c lc_messages=C -c client_min_messages=warning")
    base = [psql, "-X", "-q", "--no-psqlrc"]
    databases = [f"{DATABASE}_{worker}" for worker in range(WORKERS)]
    started = time.monotonic()
    failures = 0
    # the owner of the extension's objects, as the listing names it
    owner = subprocess.run(base + ["-A", "-t", "-d", "postgres", "-c", "SELECT current_user"],
                           env=env, check=True, stdout=subprocess.PIPE, text=True).stdout.strip()
    mutations = [(name, [e.replace("@owner@", owner) for e in expects], sql)
                 for name, expects, sql in mutations]
    subprocess.run(base + ["-d", "postgres", "-v", "ON_ERROR_STOP=1"] +
                   [arg for db in databases for arg in ("-c", f"DROP DATABASE IF EXISTS {db}", "-c", f"CREATE DATABASE {db}")],
                   env=env, check=True)
    try:
        with tempfile.TemporaryDirectory(prefix="kpi-mutations.") as work:
            # one psql session per database, each running every WORKERS-th
            # mutation, side by side
            runs = []
            first_line = {}
            for worker, db in enumerate(databases):
                script = ["CREATE EXTENSION kpi VERSION '1.0';",
                          f"\\o {work}/base-{worker}.out", "BEGIN;", f"\\i {catalog}", "ROLLBACK;"]
                for number, (name, expects, sql) in enumerate(mutations):
                    if number % WORKERS == worker:
                        # the line of the script where the block's SQL starts
                        first_line[worker, number] = sum(part.count("\n") + 1 for part in script) + 3
                        script += [f"\\o {work}/{number}.out", "BEGIN;", sql,
                                   "\\if :ERROR", "\\qecho MUTATION FAILED: :LAST_ERROR_MESSAGE",
                                   "\\else", f"\\i {catalog}", "\\endif", "ROLLBACK;"]
                with open(f"{work}/run-{worker}.sql", "w", encoding="utf-8") as out:
                    out.write("\n".join(script) + "\n")
                runs.append(subprocess.Popen(base + ["-A", "-t", "-d", db, "-f", f"{work}/run-{worker}.sql"],
                                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            listings = []
            errors = {}
            for worker, run in enumerate(runs):
                _, stderr = run.communicate()
                # psql:FILE:LINE: ERROR: ..., the first of each block
                starts = sorted((line, number) for (w, number), line in first_line.items() if w == worker)
                for found in re.finditer(r"^psql:[^\n]*?:(\d+): ERROR:  (.*)$", stderr, re.M):
                    before = [number for line, number in starts if line <= int(found.group(1))]
                    if before:
                        errors.setdefault(before[-1], found.group(2))
                if run.returncode != 0 or not os.path.exists(f"{work}/base-{worker}.out"):
                    sys.exit(f"check-mutations: psql failed:\n{stderr[:3000]}")
                listings.append(open(f"{work}/base-{worker}.out", encoding="utf-8").read().splitlines())
                if len(listings[-1]) < 100:
                    sys.exit(f"check-mutations: the listing of kpi 1.0 has only {len(listings[-1])} lines:\n{stderr[:3000]}")
            if any(other != listings[0] for other in listings):
                print("two fresh installs of kpi 1.0 list differently (catalog.sql depends on something else than the objects)")
                failures += 1
            listing = set(listings[0])
            for number, (name, expects, sql) in enumerate(mutations):
                mutated = open(f"{work}/{number}.out", encoding="utf-8").read().splitlines()
                if mutated and mutated[0].startswith("MUTATION FAILED"):
                    print(f"mutation '{name}': its SQL failed: {errors.get(number, mutated[0])}")
                    failures += 1
                    continue
                changed = sorted(set(mutated) ^ listing)
                if expects == ["(unchanged)"]:
                    if changed:
                        print(f"mutation '{name}': the listing changed although it must not:")
                        for line in changed:
                            print(f"    {'-' if line in listing else '+'}{line}")
                        failures += 1
                    continue
                missing = [e for e in expects if not any(matches(line, e) for line in changed)]
                if missing:
                    print(f"mutation '{name}': the listing does not show it; expected a changed line for:")
                    for expect in missing:
                        print(f"    {expect}")
                    if changed:
                        print("  changed lines:")
                        for line in changed[:10]:
                            print(f"    {'-' if line in listing else '+'}{line}")
                    failures += 1
    finally:
        subprocess.run(base + ["-d", "postgres"] + [arg for db in databases for arg in ("-c", f"DROP DATABASE IF EXISTS {db}")],
                       env=env, check=False)
    kinds = sum(1 for _, e, _ in mutations if e != ["(unchanged)"])
    print(f"catalog listing against {len(mutations)} mutations of kpi 1.0 ({kinds} that must show,"
          f" {len(mutations) - kinds} that must not; {len(listing)} lines):"
          f" {len(mutations) - failures} as expected, {failures} not; {time.monotonic() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
