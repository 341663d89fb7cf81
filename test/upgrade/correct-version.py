#!/usr/bin/python3
"""Usage: test/upgrade/correct-version.py EXTENSION_DIR

Turns the extension directory of a copy of the staging directory into one
with a throwaway version 1.0.1 made the way CONTRIBUTING.md ("Changing SQL objects") says,
with the kinds of change a real version makes, each written the natural
way in both scripts: kpi--1.0.1.sql changes kpi--1.0.sql in place, and
kpi--1.0--1.0.1.sql makes the same changes with ALTER / CREATE OR REPLACE
(ALTER TYPE ... ADD VALUE for an enum label that the full script lists,
ALTER OPERATOR FAMILY ADD for a support function that the full script puts
in CREATE OPERATOR CLASS, a REVOKE and GRANT back that leave an explicit
ACL equal to the default, a new kpi.control comment said by COMMENT ON
EXTENSION).  The upgrade suite requires the catalog listing of the
updated database to equal a fresh install's: a property added to
catalog.sql that differs between two correct routes fails it.
"""
import re
import sys

ext = sys.argv[1]


def replace_once(text, old, new):
    """text with the one occurrence of old replaced."""
    assert text.count(old) == 1, old
    return text.replace(old, new)


full = open(f"{ext}/kpi--1.0.sql", encoding="utf-8").read().replace("kpi--1.0.sql", "kpi--1.0.1.sql")
upgrade = ["-- kpi--1.0--1.0.1.sql: throwaway upgrade made by test/upgrade/correct-version.py",
           "\\echo Use \"ALTER EXTENSION kpi UPDATE TO '1.0.1'\" to load this file. \\quit"]

# an enum label appended
full = replace_once(full, "CREATE TYPE @extschema@.kpi_status AS ENUM ('missed', 'at_risk', 'met');",
                    "CREATE TYPE @extschema@.kpi_status AS ENUM ('missed', 'at_risk', 'met', 'exceeded');")
upgrade.append("ALTER TYPE @extschema@.kpi_status ADD VALUE 'exceeded' AFTER 'met';")

# a btree support function: in the class of the full script, added to the
# family by the upgrade
full = replace_once(full, "\tFUNCTION 1 @extschema@.kpi_target_cmp(@extschema@.kpi_target, @extschema@.kpi_target);\n",
                    "\tFUNCTION 1 @extschema@.kpi_target_cmp(@extschema@.kpi_target, @extschema@.kpi_target),\n"
                    "\tFUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);\n")
upgrade.append("ALTER OPERATOR FAMILY @extschema@.kpi_target_ops USING btree ADD FUNCTION 4 "
               "(@extschema@.kpi_target, @extschema@.kpi_target) pg_catalog.btequalimage(pg_catalog.oid);")

# an argument name given to a function in place
goal = "CREATE FUNCTION @extschema@.kpi_goal(@extschema@.kpi_target) RETURNS pg_catalog.float8\n"
full = replace_once(full, goal, goal.replace("(@extschema@.kpi_target)", "(target @extschema@.kpi_target)"))
upgrade.append("CREATE OR REPLACE FUNCTION @extschema@.kpi_goal(target @extschema@.kpi_target) RETURNS pg_catalog.float8\n"
               "\tAS 'MODULE_PATHNAME' LANGUAGE C STRICT IMMUTABLE PARALLEL SAFE;")

# a comment changed in place
warning = re.compile(r"COMMENT ON FUNCTION @extschema@\.kpi_warning\(@extschema@\.kpi_target\) IS '(?:[^']|'')*';")
assert len(warning.findall(full)) == 1
new_comment = "COMMENT ON FUNCTION @extschema@.kpi_warning(@extschema@.kpi_target) IS 'the warning threshold of a target';"
full = warning.sub(lambda m: new_comment, full)
upgrade.append(new_comment)

# a new function with a default and a SQL body, and a new aggregate; the
# upgrade revokes and grants back (an explicit ACL equal to the default)
new_objects = """CREATE FUNCTION @extschema@.kpi_goal_scaled(target @extschema@.kpi_target, scale pg_catalog.float8 DEFAULT 100)
	RETURNS pg_catalog.float8 LANGUAGE sql STRICT IMMUTABLE PARALLEL SAFE
	RETURN @extschema@.kpi_goal(target) * scale;
COMMENT ON FUNCTION @extschema@.kpi_goal_scaled(@extschema@.kpi_target, pg_catalog.float8) IS 'the goal of a target times scale';
CREATE AGGREGATE @extschema@.kpi_worst(@extschema@.kpi_status) (
	SFUNC = @extschema@.kpi_status_worse, STYPE = @extschema@.kpi_status,
	COMBINEFUNC = @extschema@.kpi_status_worse, PARALLEL = SAFE);
COMMENT ON AGGREGATE @extschema@.kpi_worst(@extschema@.kpi_status) IS 'the worst status of the group, like min';
"""
full += "\n" + new_objects
upgrade += [new_objects.rstrip("\n"),
            "REVOKE EXECUTE ON FUNCTION @extschema@.kpi_goal_scaled(@extschema@.kpi_target, pg_catalog.float8) FROM PUBLIC;",
            "GRANT EXECUTE ON FUNCTION @extschema@.kpi_goal_scaled(@extschema@.kpi_target, pg_catalog.float8) TO PUBLIC;"]

# a new comment of the extension
control = open(f"{ext}/kpi.control", encoding="utf-8").read()
# the throwaway version becomes the default, whatever the tree's is (1.0
# is frozen, so this proof holds on every release)
assert len(re.findall(r"(?m)^default_version = '[^']*'$", control)) == 1
control = re.sub(r"(?m)^default_version = '[^']*'$", "default_version = '1.0.1'", control)
control = re.sub(r"(?m)^comment = '(.*)'$", r"comment = '\1 (1.0.1)'", control)
extension_comment = re.search(r"(?m)^comment = '(.*)'$", control).group(1)
upgrade.append("COMMENT ON EXTENSION kpi IS '%s';" % extension_comment.replace("'", "''"))

open(f"{ext}/kpi--1.0.1.sql", "w", encoding="utf-8").write(full)
open(f"{ext}/kpi--1.0--1.0.1.sql", "w", encoding="utf-8").write("\n".join(upgrade) + "\n")
open(f"{ext}/kpi.control", "w", encoding="utf-8").write(control)
