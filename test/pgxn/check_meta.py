#!/usr/bin/env python3
"""Check META.json against the PGXN Meta Spec 1.0.0 and the release's
other version records.

Usage: check_meta.py TOP

Checks, in the tree at TOP: META.json is valid JSON following the rules
of the spec as its JSON schema states them (schema/v1 of
github.com/pgxn/meta): the required keys;
no key the spec does not name at any level but custom x_ ones; name and
extension names are terms; versions are semantic versions; licenses are
ones the spec lists (or names with URLs); maintainers, tags and licenses
are non-empty lists of distinct items; tags are 2-255 characters without
slashes; prereqs are phases of relationships of version ranges;
resources, bugtracker, repository and no_index have the keys they need;
paths are relative; release_status is one of three.  Then the keys this
project promises (description, prereqs with PostgreSQL 15 to 18, resources,
tags, release_status stable) are there; the release version agrees with
provides, with kpi.control's default_version (its first two numbers are
the extension's SQL version), with the top entry of debian/changelog and
with CHANGELOG.md (its newest entry, or, while debian/changelog's top
entry is UNRELEASED, its "Unreleased" section) and with the module
version in src/kpi.h; the files
META.json names exist.  Prints one line per
problem and exits 1 if there is any.
"""
import json
import os

# prereqs.runtime.requires.PostgreSQL: the majors kpi supports, 15 to 18
SUPPORTED_POSTGRESQL = ">= 15.0.0, < 19.0.0"
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
# a version range of the spec's JSON schema (schema/v1/version_range):
# clauses "[op] version" joined by commas, op one of == != >= <= > <
SEMVER_BODY = SEMVER.pattern[1:-1]
RANGE = re.compile(
    r"^(?:(?:[=!]=|[<>]=?)\s*)?(?:" + SEMVER_BODY + r"|0)"
    r"(?:,\s*(?:(?:[=!]=|[<>]=?)\s*)?" + SEMVER_BODY + r")*$")
# the keys each object of the spec may hold (custom keys start with x_ or X_)
TOP_KEYS = {"name", "version", "abstract", "maintainer", "license", "provides",
            "meta-spec", "description", "generated_by", "tags", "no_index",
            "prereqs", "release_status", "resources"}
EXTENSION_KEYS = {"file", "version", "abstract", "docfile", "docpath"}
URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")
SPEC_URLS = {"https://pgxn.org/meta/spec.txt", "http://pgxn.org/meta/spec.txt"}

problems = []


def problem(message):
    """Record one thing wrong with the release metadata."""
    problems.append(message)


def is_term(value):
    """A term: two or more characters, no slash, backslash, space or control."""
    return (isinstance(value, str) and len(value) >= 2
            and not re.search(r"[/\\\s\x00-\x1f\x7f]", value))


def is_path(value):
    """A path in the archive: a relative one of 2 or more characters, no
    "." or ".." component (the spec's path format)."""
    if not isinstance(value, str) or len(value) < 2 or value.startswith("/"):
        return False
    parts = (value[2:] if value.startswith("./") else value).split("/")
    return not any(part in (".", "..") for part in parts)


def is_nonempty_string(value):
    """A string of at least one character."""
    return isinstance(value, str) and len(value) > 0


def check_keys(where, value, allowed):
    """An object holding only the keys the spec names, or custom x_ keys."""
    for key in value:
        if key not in allowed and not re.match(r"^[xX]_.", key):
            problem(f"{where}: unknown key {key!r} (custom keys start with x_)")


def check_unique_list(where, value, item_ok, item_rule):
    """A non-empty list of distinct items that each pass item_ok."""
    if not isinstance(value, list) or not value:
        problem(f"{where} must be a non-empty list")
        return
    for item in value:
        if not item_ok(item):
            problem(f"{where}: {item!r} is not {item_rule}")
    if len({json.dumps(item, sort_keys=True) for item in value}) != len(value):
        problem(f"{where}: the list repeats an item")


def check_version_range(where, value):
    """0 (any version), a bare version (>= it) or comma-separated clauses."""
    if value == 0 and not isinstance(value, bool):
        return
    if not isinstance(value, str) or not RANGE.match(value):
        problem(f"{where}: {value!r} is not a version range")


def check_spec(meta):
    """The PGXN Meta Spec 1.0.0 rules (as its JSON schema, schema/v1 of
    github.com/pgxn/meta, states them) for every key present."""
    for key in ("name", "abstract", "maintainer", "license", "provides",
                "meta-spec", "version"):
        if key not in meta:
            problem(f"required key {key!r} is missing")
    check_keys("the top level", meta, TOP_KEYS)
    if "name" in meta and not is_term(meta["name"]):
        problem(f"name {meta['name']!r} is not a term")
    if "version" in meta and not (isinstance(meta["version"], str)
                                  and SEMVER.match(meta["version"])):
        problem(f"version {meta['version']!r} is not a semantic version")
    if "abstract" in meta and not is_nonempty_string(meta["abstract"]):
        problem("abstract must be a non-empty string")
    for key in ("description", "generated_by"):
        if key in meta and not is_nonempty_string(meta[key]):
            problem(f"{key} must be a non-empty string")
    if "maintainer" in meta:
        maintainer = meta["maintainer"]
        if isinstance(maintainer, list):
            check_unique_list("maintainer", maintainer, is_nonempty_string,
                              "a non-empty string")
        elif not is_nonempty_string(maintainer):
            problem(f"maintainer must be a string or a list of strings: {maintainer!r}")
    if "license" in meta:
        license_ = meta["license"]
        if isinstance(license_, str):
            if license_ not in LICENSES:
                problem(f"license {license_!r} is not one the spec lists")
        elif isinstance(license_, list):
            check_unique_list("license", license_, lambda l: l in LICENSES,
                              "a license the spec lists")
        elif isinstance(license_, dict) and license_:
            for name, url in license_.items():
                if not isinstance(url, str) or not URI.match(url):
                    problem(f"license {name!r}: {url!r} is not a URL")
        else:
            problem(f"license must be a license string, a list of them or an "
                    f"object of names and URLs: {license_!r}")
    if "meta-spec" in meta:
        spec = meta["meta-spec"]
        if not isinstance(spec, dict) or not re.match(r"^1\.0\.\d+$", str(spec.get("version"))):
            problem(f"meta-spec must be an object with version 1.0.x: {spec!r}")
        else:
            check_keys("meta-spec", spec, {"version", "url"})
            if "url" in spec and spec["url"] not in SPEC_URLS:
                problem(f"meta-spec.url {spec['url']!r} is not https://pgxn.org/meta/spec.txt")
    provides = meta.get("provides", {})
    if not isinstance(provides, dict) or not provides:
        problem("provides must name at least one extension")
        provides = {}
    for extension, entry in provides.items():
        where = f"provides.{extension}"
        if not is_term(extension):
            problem(f"provides: {extension!r} is not a term")
        if not isinstance(entry, dict):
            problem(f"{where} must be an object")
            continue
        check_keys(where, entry, EXTENSION_KEYS)
        for key in ("file", "version"):
            if key not in entry:
                problem(f"{where}.{key} is missing")
        if "version" in entry and not (isinstance(entry["version"], str)
                                       and SEMVER.match(entry["version"])):
            problem(f"{where}.version is not a semantic version")
        for key in ("file", "docfile"):
            if key in entry and not is_path(entry[key]):
                problem(f"{where}.{key} {entry[key]!r} is not a relative path in the archive")
        for key in ("abstract", "docpath"):
            if key in entry and not is_nonempty_string(entry[key]):
                problem(f"{where}.{key} must be a non-empty string")
    if "prereqs" in meta:
        prereqs = meta["prereqs"]
        if not isinstance(prereqs, dict) or not prereqs:
            problem("prereqs must be an object with at least one phase")
            prereqs = {}
        check_keys("prereqs", prereqs, PHASES)
        for phase, relations in prereqs.items():
            if phase not in PHASES:
                continue
            if not isinstance(relations, dict) or not relations:
                problem(f"prereqs.{phase} must be an object with at least one relationship")
                continue
            check_keys(f"prereqs.{phase}", relations, RELATIONSHIPS)
            for relation, items in relations.items():
                if relation not in RELATIONSHIPS:
                    continue
                if not isinstance(items, dict) or not items:
                    problem(f"prereqs.{phase}.{relation} must name at least one prerequisite")
                    continue
                for name, value in items.items():
                    if not is_term(name):
                        problem(f"prereqs.{phase}.{relation}: {name!r} is not a term")
                    check_version_range(f"prereqs.{phase}.{relation}.{name}", value)
    if "tags" in meta:
        check_unique_list(
            "tags", meta["tags"],
            lambda t: isinstance(t, str) and 2 <= len(t) <= 255
            and not re.search(r"[/\\\x00-\x1f\x7f]", t),
            "a tag of 2-255 characters without slashes")
    if "no_index" in meta:
        no_index = meta["no_index"]
        if not isinstance(no_index, dict) or not ({"file", "directory"} & set(no_index)):
            problem("no_index must be an object with file or directory")
        else:
            check_keys("no_index", no_index, {"file", "directory"})
            for key in ("file", "directory"):
                if key not in no_index:
                    continue
                paths = no_index[key]
                if isinstance(paths, list):
                    check_unique_list(f"no_index.{key}", paths, is_path, "a relative path")
                elif not is_path(paths):
                    problem(f"no_index.{key}: {paths!r} is not a relative path")
    status = meta.get("release_status", "stable")
    if status not in ("stable", "testing", "unstable"):
        problem(f"release_status {status!r} is not stable, testing or unstable")
    if "resources" in meta:
        check_resources(meta["resources"])


def check_resources(resources):
    """resources: homepage, bugtracker and repository, at least one."""
    if not isinstance(resources, dict) or not (
            {"homepage", "bugtracker", "repository"} & set(resources)):
        problem("resources must be an object with homepage, bugtracker or repository")
        return
    check_keys("resources", resources, {"homepage", "bugtracker", "repository"})
    if "homepage" in resources and not (isinstance(resources["homepage"], str)
                                        and URI.match(resources["homepage"])):
        problem(f"resources.homepage is not a URL: {resources['homepage']!r}")
    tracker = resources.get("bugtracker")
    if tracker is not None:
        if not isinstance(tracker, dict) or not ({"web", "mailto"} & set(tracker)):
            problem("resources.bugtracker must be an object with web or mailto")
        else:
            check_keys("resources.bugtracker", tracker, {"web", "mailto"})
            if "web" in tracker and not (isinstance(tracker["web"], str) and URI.match(tracker["web"])):
                problem(f"resources.bugtracker.web is not a URL: {tracker['web']!r}")
            if "mailto" in tracker and not (isinstance(tracker["mailto"], str)
                                            and EMAIL.match(tracker["mailto"])):
                problem(f"resources.bugtracker.mailto is not an address: {tracker['mailto']!r}")
    repository = resources.get("repository")
    if repository is not None:
        if not isinstance(repository, dict) or not (
                {"url", "type"} <= set(repository) or "web" in repository):
            problem("resources.repository must be an object with url and type, or web")
        else:
            check_keys("resources.repository", repository, {"url", "web", "type"})
            for key in ("url", "web"):
                if key in repository and not (isinstance(repository[key], str)
                                              and URI.match(repository[key])):
                    problem(f"resources.repository.{key} is not a URL: {repository[key]!r}")
            if "type" in repository and not re.match(r"^[a-z]+$", str(repository["type"])):
                problem(f"resources.repository.type {repository['type']!r} is not a lower-case word")


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
    # the majors kpi is built for and tested on (make test-versions): 15 to
    # 18; a release must not promise one it was not tried on
    pg = meta.get("prereqs", {}).get("runtime", {}).get("requires", {}).get("PostgreSQL")
    if pg != SUPPORTED_POSTGRESQL:
        problem(f"prereqs.runtime.requires.PostgreSQL is {pg!r}, not {SUPPORTED_POSTGRESQL!r}")
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

    # the version the module states to PostgreSQL 18 (PG_MODULE_MAGIC_EXT)
    if os.path.isfile(os.path.join(top, "src", "kpi.h")):
        module = re.search(r'^#define KPI_RELEASE_VERSION "([^"]*)"',
                           read_text(top, "src", "kpi.h") or "", re.M)
        if not module or module.group(1) != release:
            problem(f"src/kpi.h KPI_RELEASE_VERSION "
                    f"{module.group(1) if module else None!r} is not release {release!r}")

    # the newest release; an "Unreleased" section may stand above it.
    # While a release is prepared (its debian/changelog entry is
    # UNRELEASED), the "Unreleased" section is its entry: it must be there,
    # and no entry may be headed with the release yet (the heading and
    # Debian's distribution change together when it is made).
    text = read_text(top, "CHANGELOG.md") or ""
    first = re.search(r"^## (?!Unreleased$)(\S+)", text, re.M)
    preparing = bool(changelog) and bool(re.match(r"^\S+ \([^)]+\) UNRELEASED;", changelog))
    if preparing:
        unreleased = re.search(r"^## Unreleased$", text, re.M)
        if not unreleased or (first and first.start() < unreleased.start()):
            problem(f"CHANGELOG.md: release {release} is being prepared "
                    f"(debian/changelog says UNRELEASED), but CHANGELOG.md "
                    f"does not begin with its '## Unreleased' section")
        elif first and first.group(1) == release:
            problem(f"CHANGELOG.md: release {release} is being prepared "
                    f"(debian/changelog says UNRELEASED), but an entry is "
                    f"already headed {release!r}")
    elif not first or first.group(1) != release:
        problem(f"CHANGELOG.md: the newest entry is "
                f"{first.group(1) if first else None!r}, not {release!r}")


def main():
    """Check the tree named on the command line; exit status 1 on any problem."""
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
