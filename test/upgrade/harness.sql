-- harness.sql: the upgrade check's machinery, loaded into the database of
-- the OLD version after CREATE EXTENSION kpi and the stored values of
-- values/*.sql (schema "stored").  Nothing here is a member of the
-- extension.  It
--   * checks that every type of the extension has stored values
--     (stored.<type>, column v) and the indexes its operator classes allow;
--   * derives from the catalog one call per function and aggregate of the
--     extension over the stored values (sample constants for the other
--     arguments), and keeps the calls' text, so that the very same calls
--     run again after the upgrade;
--   * runs them, recording each result or error (per row or group when the
--     whole call fails) under a phase name;
--   * probes every index of the stored tables through an index scan.
-- Its functions return what they find; upgrade/check-pair.sh compares the
-- phases.
CREATE SCHEMA upgrade_check;

-- Constants for arguments that are not stored extension types: three
-- ordinary ones per type (ord 0-2: calls rotate through them, so that each
-- argument sees different values) and an edge one (ord 3: NaN, infinity,
-- a negative duration, an empty range...), used by a fourth call where
-- every such argument takes its edge value.
CREATE TABLE upgrade_check.samples (type regtype, ord int, literal text);
INSERT INTO upgrade_check.samples VALUES
	('double precision', 0, '0.9'), ('double precision', 1, '85'), ('double precision', 2, '0.5'),
	('double precision', 3, 'NaN'),
	('integer', 0, '5'), ('integer', 1, '3'), ('integer', 2, '7'), ('integer', 3, '-1'),
	('smallint', 0, '5'), ('smallint', 1, '3'), ('smallint', 2, '1'), ('smallint', 3, '0'),
	('bigint', 0, '7'), ('bigint', 1, '1'), ('bigint', 2, '4'), ('bigint', 3, '9223372036854775807'),
	('numeric', 0, '6'), ('numeric', 1, '7.0'), ('numeric', 2, '3'), ('numeric', 3, '8.5'),
	('boolean', 0, 'true'), ('boolean', 1, 'false'), ('boolean', 2, 'true'), ('boolean', 3, 'false'),
	('interval', 0, '3 min'), ('interval', 1, '30 min'), ('interval', 2, '20 s'), ('interval', 3, '-1 s'),
	('timestamp with time zone', 0, '2026-03-28 18:30+00'),
	('timestamp with time zone', 1, '2026-03-30 09:15+02'),
	('timestamp with time zone', 2, '2026-10-25 01:30+00'),
	('timestamp with time zone', 3, 'infinity'),
	('date', 0, '2026-06-15'), ('date', 1, '2026-07-01'), ('date', 2, '2026-09-30'), ('date', 3, 'infinity'),
	('tstzrange', 0, '[2026-07-01 00:00+00,2026-08-01 00:00+00)'),
	('tstzrange', 1, '[2026-06-01 00:00+00,2026-10-01 00:00+00)'),
	('tstzrange', 2, '[2026-08-15 12:00+00,2026-09-15 12:00+00]'),
	('tstzrange', 3, 'empty'),
	('daterange', 0, '[2026-07-01,2026-08-01)'), ('daterange', 1, '[2026-06-01,2026-10-01)'),
	('daterange', 2, '[2026-08-15,2026-09-14]'), ('daterange', 3, 'empty'),
	('double precision[]', 0, '{0.5,0.9}'), ('double precision[]', 1, '{0,1}'),
	('double precision[]', 2, '{0.25}'), ('double precision[]', 3, '{NaN}');

-- The extension's member types, less their array types (which PostgreSQL
-- 17 and later record as members too; 15 does not): an array's values
-- are its element type's.
CREATE FUNCTION upgrade_check.member_types() RETURNS SETOF regtype
LANGUAGE sql STABLE AS $$
	SELECT d.objid::regtype FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	JOIN pg_type t ON t.oid = d.objid
	WHERE e.extname = 'kpi' AND d.refclassid = 'pg_extension'::regclass
	  AND d.classid = 'pg_type'::regclass AND d.deptype = 'e' AND t.typcategory <> 'A'
$$;

-- The stored table of a type: stored.<type name>.
CREATE FUNCTION upgrade_check.stored_table(t regtype) RETURNS regclass
LANGUAGE sql STABLE AS $$
	SELECT to_regclass('stored.' || quote_ident(typname)) FROM pg_type WHERE oid = t
$$;

-- What the stored values miss: a type of the extension without a table
-- stored.<type> holding non-NULL values in column v, or without a btree or
-- hash index on v where the type has a default operator class for it.
CREATE FUNCTION upgrade_check.coverage_problems() RETURNS SETOF text
LANGUAGE plpgsql STABLE AS $$
DECLARE
	t regtype;
	tab regclass;
	am text;
	n bigint;
BEGIN
	FOR t IN SELECT * FROM upgrade_check.member_types() ORDER BY 1::text LOOP
		tab := upgrade_check.stored_table(t);
		IF tab IS NULL OR NOT EXISTS (SELECT FROM pg_attribute
				WHERE attrelid = tab AND attname = 'v' AND atttypid = t) THEN
			RETURN NEXT format('type %s has no stored values: add test/upgrade/values/%s.sql creating table stored.%s (id int PRIMARY KEY, grp int NOT NULL, v %s)',
			                   t, t, t, t);
			CONTINUE;
		END IF;
		EXECUTE format('SELECT count(v) FROM %s', tab) INTO n;
		IF n < 3 THEN
			RETURN NEXT format('stored.%s holds %s non-NULL values: store at least 3', t, n);
		END IF;
		FOR am IN SELECT a.amname FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
				WHERE c.opcintype = t AND c.opcdefault AND a.amname IN ('btree', 'hash') LOOP
			IF NOT EXISTS (SELECT FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
					JOIN pg_am a ON a.oid = ic.relam
					JOIN pg_attribute at ON at.attrelid = tab AND at.attnum = i.indkey[0]
					WHERE i.indrelid = tab AND a.amname = am AND at.attname = 'v') THEN
				RETURN NEXT format('type %s has a default %s operator class but stored.%s has no %s index on v', t, am, t, am);
			END IF;
		END LOOP;
	END LOOP;
END
$$;

-- The calls: query returns (label, value) rows, filtered by
-- "AND <keycol> = <key>" in place of /*KEY*/ when run key by key.
CREATE TABLE upgrade_check.calls (
	id serial PRIMARY KEY, label text NOT NULL, source regclass,
	keycol text, query text NOT NULL);
CREATE TABLE upgrade_check.skipped (label text, reason text);
CREATE TABLE upgrade_check.results (
	phase text, call_id int, output text, PRIMARY KEY (phase, call_id));

-- One call per function and aggregate of the extension (four when some
-- arguments are sample constants; aggregates per group and as a moving
-- window), plus the text and the text round trip of every stored value.
CREATE FUNCTION upgrade_check.generate_calls() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
	p record;
	t regtype;
	tab regclass;
	types regtype[];
	args text[];
	drive regclass;
	drive_type regtype;
	reason text;
	variants int;
	k int;
	i int;
	n bigint;
	lit text;
	call text;
	rows text[];
	ext_schema text := (SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'kpi');
BEGIN
	FOR t IN SELECT * FROM upgrade_check.member_types() ORDER BY 1::text LOOP
		tab := upgrade_check.stored_table(t);
		CONTINUE WHEN tab IS NULL;
		INSERT INTO upgrade_check.calls (label, source, keycol, query) VALUES
			(format('text of %s', tab), tab, 't.id',
			 format('SELECT t.id::text, t.v::text FROM %s t WHERE true /*KEY*/', tab)),
			(format('text round trip of %s', tab), tab, 't.id',
			 format('SELECT t.id::text, t.v::text::%s::text FROM %s t WHERE true /*KEY*/', t, tab));
	END LOOP;

	FOR p IN SELECT f.oid, f.oid::regprocedure::text AS label, f.prokind, f.proname,
			ARRAY(SELECT unnest(f.proargtypes::regtype[])) AS argtypes, f.provolatile, a.aggkind, a.aggmtransfn
		FROM pg_proc f
		JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = f.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'kpi'
		LEFT JOIN pg_aggregate a ON a.aggfnoid = f.oid
		ORDER BY 2 LOOP
		reason := NULL;
		IF p.provolatile = 'v' THEN
			reason := 'volatile';
		ELSIF p.prokind NOT IN ('f', 'a') THEN
			reason := 'not a function or aggregate';
		ELSIF p.prokind = 'a' AND p.aggkind <> 'n' THEN
			reason := 'ordered-set aggregate';
		END IF;
		drive := NULL;
		drive_type := NULL;
		variants := 1;
		FOR i IN 1 .. coalesce(array_length(p.argtypes, 1), 0) LOOP
			EXIT WHEN reason IS NOT NULL;
			t := p.argtypes[i];
			IF t IN (SELECT * FROM upgrade_check.member_types()) THEN
				IF upgrade_check.stored_table(t) IS NULL THEN
					reason := format('no stored %s', t);
				ELSIF drive IS NULL THEN
					drive := upgrade_check.stored_table(t);
					drive_type := t;
				END IF;
			ELSIF EXISTS (SELECT FROM upgrade_check.samples s WHERE s.type = t) THEN
				variants := 4;
			ELSE
				reason := format('argument of type %s', t);
			END IF;
		END LOOP;
		IF reason IS NULL AND p.prokind = 'a' AND drive IS NULL THEN
			-- an aggregate of raw values: over the three ordinary sample
			-- rows, and over the edge row alone
			rows := '{}';
			FOR k IN 0 .. 3 LOOP
				SELECT string_agg(format('%L::%s', s.literal, a.typ), ', ' ORDER BY a.pos) INTO lit
				FROM unnest(p.argtypes) WITH ORDINALITY a(typ, pos)
				JOIN upgrade_check.samples s ON s.type = a.typ
				 AND s.ord = CASE WHEN k = 3 THEN 3 ELSE (k + a.pos::int) % 3 END;
				rows := rows || format('(%s)', lit);
			END LOOP;
			call := format('%I.%I(%s)', ext_schema, p.proname,
			               (SELECT string_agg('r.a' || g.col, ', ' ORDER BY g.col) FROM generate_series(1, array_length(p.argtypes, 1)) g(col)));
			INSERT INTO upgrade_check.calls (label, query) VALUES
				(format('%s over sample rows', p.label),
				 format('SELECT ''-''::text, (%s)::text FROM (VALUES %s) r(%s)', call, array_to_string(rows[1:3], ', '),
				        (SELECT string_agg('a' || g.col, ', ' ORDER BY g.col) FROM generate_series(1, array_length(p.argtypes, 1)) g(col)))),
				(format('%s over the edge row', p.label),
				 format('SELECT ''-''::text, (%s)::text FROM (VALUES %s) r(%s)', call, rows[4],
				        (SELECT string_agg('a' || g.col, ', ' ORDER BY g.col) FROM generate_series(1, array_length(p.argtypes, 1)) g(col))));
			CONTINUE;
		END IF;
		IF reason IS NOT NULL THEN
			INSERT INTO upgrade_check.skipped VALUES (p.label, reason);
			CONTINUE;
		END IF;

		FOR k IN 0 .. variants - 1 LOOP
			args := '{}';
			FOR i IN 1 .. coalesce(array_length(p.argtypes, 1), 0) LOOP
				t := p.argtypes[i];
				IF t = drive_type AND NOT ('t.v' = ANY (args)) THEN
					args := args || 't.v'::text;
				ELSIF t IN (SELECT * FROM upgrade_check.member_types()) THEN
					-- another stored value: the row i places further on
					EXECUTE format('SELECT count(*) FROM %s', upgrade_check.stored_table(t)) INTO n;
					args := args || format('(SELECT u.v FROM %s u ORDER BY u.id OFFSET (t.id + %s) %% %s LIMIT 1)',
					                       upgrade_check.stored_table(t), i, n);
				ELSE
					SELECT s.literal INTO lit FROM upgrade_check.samples s
					WHERE s.type = t AND s.ord = CASE WHEN k = 3 THEN 3 ELSE (k + i) % 3 END;
					args := args || format('%L::%s', lit, t);
				END IF;
			END LOOP;
			call := format('%I.%I(%s)', ext_schema, p.proname, array_to_string(args, ', '));
			IF p.prokind = 'f' AND drive IS NULL THEN
				INSERT INTO upgrade_check.calls (label, query) VALUES
					(format('%s variant %s', p.label, k),
					 format('SELECT ''-''::text, (%s)::text', call));
			ELSIF p.prokind = 'f' THEN
				INSERT INTO upgrade_check.calls (label, source, keycol, query) VALUES
					(format('%s variant %s', p.label, k), drive, 't.id',
					 format('SELECT t.id::text, (%s)::text FROM %s t WHERE true /*KEY*/', call, drive));
			ELSE
				INSERT INTO upgrade_check.calls (label, source, keycol, query) VALUES
					(format('%s variant %s per group', p.label, k), drive, 't.grp',
					 format('SELECT t.grp::text, (%s)::text FROM %s t WHERE true /*KEY*/ GROUP BY t.grp', call, drive)),
					(format('%s variant %s over a moving frame', p.label, k), drive, 't.grp',
					 format('SELECT t.id::text, (%s OVER (PARTITION BY t.grp ORDER BY t.id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW))::text FROM %s t WHERE true /*KEY*/',
					        call, drive));
			END IF;
		END LOOP;
	END LOOP;
END
$$;

-- One view per call of variant 0, as a user's reports would use the
-- functions: ALTER EXTENSION UPDATE must not need to drop what they use.
CREATE FUNCTION upgrade_check.create_views() RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	c record;
	n int := 0;
BEGIN
	CREATE SCHEMA reports;
	FOR c IN SELECT * FROM upgrade_check.calls WHERE label !~ ' variant [1-9]' LOOP
		EXECUTE format('CREATE VIEW reports.call_%s (label, value) AS %s', c.id, replace(c.query, '/*KEY*/', ''));
		n := n + 1;
	END LOOP;
	RETURN n;
END
$$;

-- The output of one query: its rows as "label => value" lines, or its error.
CREATE FUNCTION upgrade_check.run_query(q text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
	out text;
	state text;
	msg text;
BEGIN
	EXECUTE format('SELECT string_agg(format(''%%s => %%s'', label, coalesce(value, ''NULL'')), E''\n'' ORDER BY label COLLATE "C", value COLLATE "C") FROM (%s) q(label, value)', q)
		INTO out;
	RETURN coalesce(out, '(no rows)');
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
	RETURN format('ERROR %s: %s', state, msg);
END
$$;

-- Runs every call and records its output under the phase; a call that
-- fails as a whole runs again key by key (row or group), so that one
-- failing row does not hide the others' values.
CREATE FUNCTION upgrade_check.run_calls(phase text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	c record;
	out text;
	key text;
	parts text[];
	n int := 0;
BEGIN
	FOR c IN SELECT * FROM upgrade_check.calls WHERE query <> '-- probe_indexes' ORDER BY id LOOP
		out := upgrade_check.run_query(replace(c.query, '/*KEY*/', ''));
		IF out LIKE 'ERROR %' AND c.keycol IS NOT NULL THEN
			parts := '{}';
			FOR key IN EXECUTE format('SELECT DISTINCT %s::text FROM %s t ORDER BY 1', c.keycol, c.source) LOOP
				parts := parts || format('[%s = %s] %s', c.keycol, key,
					upgrade_check.run_query(replace(c.query, '/*KEY*/', format('AND %s = %L', c.keycol, key))));
			END LOOP;
			out := array_to_string(parts, E'\n');
		END IF;
		INSERT INTO upgrade_check.results VALUES (phase, c.id, out);
		n := n + 1;
	END LOOP;
	RETURN n;
END
$$;

-- Every index of the stored tables, probed alone (the table's other
-- indexes dropped in a subtransaction that is rolled back): for each row,
-- the rows whose indexed key is equal, found with sequential and bitmap
-- scans disabled.  The plan must use the index; the answer is recorded
-- under the phase like a call (label "index ...").
CREATE FUNCTION upgrade_check.probe_indexes(phase text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	ix record;
	other regclass;
	con name;
	msg text;
	key text;
	plan text;
	answer text;
	probe text;
	call_id int;
	n int := 0;
BEGIN
	FOR ix IN SELECT i.indexrelid::regclass AS idx, i.indrelid::regclass AS tab,
			pg_get_indexdef(i.indexrelid, 1, true) AS keyexpr, am.amname
		FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
		WHERE i.indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'stored'::regnamespace)
		  AND i.indnatts = 1 AND NOT i.indisprimary
		ORDER BY 1::text LOOP
		key := ix.keyexpr;
		probe := format('SELECT t.id::text, (SELECT string_agg(u.id::text, '' '' ORDER BY u.id) FROM %s u WHERE (%s) = t.key)
		                 FROM (SELECT id, (%s) AS key FROM %s) t', ix.tab, key, key, ix.tab);
		BEGIN
			FOR other, con IN SELECT i.indexrelid, c.conname FROM pg_index i
					LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
					WHERE i.indrelid = ix.tab AND i.indexrelid <> ix.idx AND NOT i.indisprimary LOOP
				IF con IS NULL THEN
					EXECUTE format('DROP INDEX %s', other);
				ELSE
					EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', ix.tab, con);
				END IF;
			END LOOP;
			PERFORM set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true);
			FOR plan IN EXECUTE 'EXPLAIN (COSTS OFF) ' || probe LOOP
				EXIT WHEN plan LIKE '%Index Scan using ' || (parse_ident(ix.idx::text))[array_length(parse_ident(ix.idx::text), 1)] || '%';
				plan := NULL;
			END LOOP;
			IF plan IS NULL THEN
				answer := format('ERROR no index scan of %s for %s', ix.idx, probe);
			ELSE
				answer := upgrade_check.run_query(probe);
			END IF;
			-- a btree index is also checked by amcheck: its structure, and
			-- that it holds every row's key as the functions compute it now
			IF ix.amname = 'btree' THEN
				BEGIN
					PERFORM bt_index_check(ix.idx, true);
					answer := answer || E'\namcheck: ok';
				EXCEPTION WHEN OTHERS THEN
					GET STACKED DIAGNOSTICS msg = MESSAGE_TEXT;
					answer := answer || E'\namcheck: ' || msg;
				END;
			END IF;
			RAISE EXCEPTION 'rollback' USING DETAIL = answer;
		EXCEPTION WHEN raise_exception THEN
			GET STACKED DIAGNOSTICS answer = PG_EXCEPTION_DETAIL;
		END;
		SELECT id INTO call_id FROM upgrade_check.calls WHERE label = format('index %s (%s) on %s', ix.idx, ix.amname, key);
		IF call_id IS NULL THEN
			INSERT INTO upgrade_check.calls (label, query)
			VALUES (format('index %s (%s) on %s', ix.idx, ix.amname, key), '-- probe_indexes') RETURNING id INTO call_id;
		END IF;
		INSERT INTO upgrade_check.results VALUES (phase, call_id, answer);
		n := n + 1;
	END LOOP;
	RETURN n;
END
$$;
