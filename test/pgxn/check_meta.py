#!/usr/bin/env python3
"""Check META.json against the PGXN Meta Spec 1.0.0 and the release's
other version records.

Usage: check_meta.py TOP

Checks, in the tree at TOP: META.json is valid JSON; every key the spec
requires is there with the right shape (name and extension names are
terms, versions are semantic versions, the license is one the spec knows,
prereqs are phases of relationships of version ranges, tags are short
strings without slashes, release_status is one of three); the keys this
project promises (description, prereqs with PostgreSQL >= 15, resources,
tags, release_status stable) are there; the release version agrees with
provides, with kpi.control's default_version (its first two numbers are
the extension's SQL version), with the top entry of debian/changelog and
with CHANGELOG.md; the files META.json names exist.  Prints one line per
problem and exits 1 if there is any.
"""
import json
import os
import re
import sys

# https://semver.org/ 2.0.0, the grammar's own regular expression
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)"
    r"(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")
# the license strings the spec lists
LICENSES = {
    "agpl_3", "apache_1_1", "apache_2_0", "artistic_1", "artistic_2",
    "bsd", "freebsd", "gfdl_1_2", "gfdl_1_3", "gpl_1", "gpl_2", "gpl_3",
    "lgpl_2_1", "lgpl_3_0", "mit", "mozilla_1_0", "mozilla_1_1",
    "openssl", "perl_5", "postgresql", "qpl_1_0", "ssleay", "sun", "zlib",
    "open_source", "restricted", "unrestricted", "unknown"}
PHASES = {"configure", "build", "test", "runtime", "develop"}
RELATIONSHIPS = {"requires", "recommends", "suggests", "conflicts"}
RANGE_OP = re.compile(r"^\s*(==|!=|>=|<=|>|<)?\s*(\S+)\s*$")

problems = []


def problem(message):
    problems.append(message)


def is_term(value):
    """A term: two or more characters, no slash, backslash, space or control."""
    return (isinstance(value, str) and len(value) >= 2
            and not re.search(r"[/\\\s\x00-\x1f\x7f]", value))


def check_version_range(where, value):
    """0 (any version), a bare version (>= it) or comma-separated clauses."""
    if value == 0 or value == "0":
        return
    if not isinstance(value, str):
        problem(f"{where}: version range must be a string, got {value!r}")
        return
    for clause in value.split(","):
        match = RANGE_OP.match(clause)
        if not match or not SEMVER.match(match.group(2)):
            problem(f"{where}: bad version range clause {clause!r}")


def check_spec(meta):
    """The PGXN Meta Spec 1.0.0 rules for every key present."""
    for key in ("name", "abstract", "maintainer", "license", "provides",
                "meta-spec", "version"):
        if key not in meta:
            problem(f"required key {key!r} is missing")
    if "name" in meta and not is_term(meta["name"]):
        problem(f"name {meta['name']!r} is not a term")
    if "version" in meta and not SEMVER.match(str(meta["version"])):
        problem(f"version {meta['version']!r} is not a semantic version")
    if not isinstance(meta.get("abstract"), str) or not meta.get("abstract"):
        problem("abstract must be a non-empty string")
    maintainer = meta.get("maintainer")
    maintainers = maintainer if isinstance(maintainer, list) else [maintainer]
    if not maintainers or not all(isinstance(m, str) and m for m in maintainers):
        problem(f"maintainer must be a string or a list of strings: {maintainer!r}")
    license_ = meta.get("license")
    if isinstance(license_, str):
        if license_ not in LICENSES:
            problem(f"license {license_!r} is not one the spec lists")
    elif not isinstance(license_, (list, dict)):
        problem(f"license must be a string, list or object: {license_!r}")
    spec = meta.get("meta-spec")
    if not isinstance(spec, dict) or spec.get("version") != "1.0.0":
        problem(f"meta-spec must be an object with version 1.0.0: {spec!r}")
    provides = meta.get("provides")
    if not isinstance(provides, dict) or not provides:
        problem("provides must name at least one extension")
        provides = {}
    for extension, entry in provides.items():
        if not is_term(extension):
            problem(f"provides: {extension!r} is not a term")
        if not isinstance(entry, dict):
            problem(f"provides.{extension} must be an object")
            continue
        for key in ("file", "version"):
            if key not in entry:
                problem(f"provides.{extension}.{key} is missing")
        if "version" in entry and not SEMVER.match(str(entry["version"])):
            problem(f"provides.{extension}.version is not a semantic version")
    prereqs = meta.get("prereqs", {})
    if not isinstance(prereqs, dict):
        problem("prereqs must be an object")
        prereqs = {}
    for phase, relations in prereqs.items():
        if phase not in PHASES or not isinstance(relations, dict):
            problem(f"prereqs: unknown phase or not an object: {phase!r}")
            continue
        for relation, items in relations.items():
            if relation not in RELATIONSHIPS or not isinstance(items, dict):
                problem(f"prereqs.{phase}: bad relationship {relation!r}")
                continue
            for name, value in items.items():
                check_version_range(f"prereqs.{phase}.{relation}.{name}", value)
    tags = meta.get("tags", [])
    if not isinstance(tags, list) or not all(
            isinstance(t, str) and 0 < len(t) < 256
            and not re.search(r"[/\\\x00-\x1f\x7f]", t) for t in tags):
        problem(f"tags must be strings of 1-255 characters without slashes: {tags!r}")
    status = meta.get("release_status", "stable")
    if status not in ("stable", "testing", "unstable"):
        problem(f"release_status {status!r} is not stable, testing or unstable")
    resources = meta.get("resources", {})
    if not isinstance(resources, dict):
        problem("resources must be an object")
        resources = {}
    for key, value in resources.items():
        if key == "homepage" and not str(value).startswith(("http://", "https://")):
            problem(f"resources.homepage is not a URL: {value!r}")
        if key in ("bugtracker", "repository") and not isinstance(value, dict):
            problem(f"resources.{key} must be an object")


def read_text(top, *path):
    """The text of a file of the tree, or None (and a problem) if missing."""
    try:
        with open(os.path.join(top, *path), encoding="utf-8") as f:
            return f.read()
    except OSError as error:
        problem(f"cannot read {os.path.join(*path)}: {error.strerror}")
        return None


def check_project(meta, top):
    """What this project promises beyond the spec, and version agreement."""
    for key in ("description", "prereqs", "resources", "tags", "release_status"):
        if key not in meta:
            problem(f"key {key!r} is missing (the release promises it)")
    if meta.get("release_status") != "stable":
        problem(f"release_status is {meta.get('release_status')!r}, not stable")
    pg = meta.get("prereqs", {}).get("runtime", {}).get("requires", {}).get("PostgreSQL")
    if pg not in ("15.0.0", ">= 15.0.0"):
        problem(f"prereqs.runtime.requires.PostgreSQL is {pg!r}, not >= 15.0.0")
    release = str(meta.get("version"))
    kpi = meta.get("provides", {}).get("kpi", {})
    if kpi.get("version") != release:
        problem(f"provides.kpi.version {kpi.get('version')!r} != version {release!r}")
    for key in ("file", "docfile"):
        if key in kpi and not os.path.isfile(os.path.join(top, kpi[key])):
            problem(f"provides.kpi.{key} {kpi[key]!r} does not exist")

    control = re.search(r"^default_version\s*=\s*'([^']*)'",
                        read_text(top, "kpi.control") or "", re.M)
    sql_version = ".".join(release.split(".")[:2])
    if not control or control.group(1) != sql_version:
        problem(f"kpi.control default_version "
                f"{control.group(1) if control else None!r} is not {sql_version!r} "
                f"(the first two numbers of release {release})")
    script = f"kpi--{sql_version}.sql"
    if kpi.get("file") != script:
        problem(f"provides.kpi.file is {kpi.get('file')!r}, not {script!r}")

    changelog = read_text(top, "debian", "changelog")
    top_entry = re.match(r"^(\S+) \(([^)]+)\) ", changelog or "")
    if changelog is None:
        pass
    elif not top_entry:
        problem("debian/changelog: the first line is not 'source (version) ...'")
    else:
        upstream = re.sub(r"^\d+:", "", top_entry.group(2)).rsplit("-", 1)[0]
        if upstream != release:
            problem(f"debian/changelog version {top_entry.group(2)!r} is not "
                    f"release {release!r} with a Debian revision")

    first = re.search(r"^## (\S+)", read_text(top, "CHANGELOG.md") or "", re.M)
    if not first or first.group(1) != release:
        problem(f"CHANGELOG.md: the newest entry is "
                f"{first.group(1) if first else None!r}, not {release!r}")


def main():
    top = sys.argv[1]
    try:
        with open(os.path.join(top, "META.json"), encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as error:
        print(f"META.json: {error}")
        return 1
    if not isinstance(meta, dict):
        print("META.json: not a JSON object")
        return 1
    check_spec(meta)
    check_project(meta, top)
    for message in problems:
        print(f"META.json: {message}")
    if not problems:
        print(f"META.json: {meta['name']} {meta['version']} follows the PGXN "
              f"Meta Spec; versions agree with kpi.control, debian/changelog "
              f"and CHANGELOG.md")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
